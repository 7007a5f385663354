// @ts-check
// How a malformed request is answered: the provider's 400, naming the field at fault.
import { HttpError } from './http.mjs';

/**
 * Parses or throws the provider's 400, naming the dotted path of the first problem. Unknown
 * keys win over everything else: a misspelt `lineItem` should be reported as such, not as
 * a missing `lineItems`.
 * @template {import('zod').ZodType} S
 * @param {S} schema
 * @param {unknown} input
 * @returns {import('zod').output<S>}
 */
export function parseWith(schema, input) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (issue.code === 'unrecognized_keys') {
    const param = dotted([...issue.path, issue.keys[0]]);
    throw new HttpError(400, 'parameter_unknown', `Received unknown parameter: ${param}.`, { param });
  }
  const param = dotted(issue.path) || undefined;
  const custom = issue.code === 'custom' ? /** @type {{ code?: string } | undefined} */ (issue.params)?.code : undefined;
  if (custom === 'parameter_missing' || (!custom && valueAt(input, issue.path) === undefined)) {
    throw new HttpError(400, 'parameter_missing', `Missing required parameter: ${param ?? 'body'}.`, { param });
  }
  const where = param ? `Invalid ${param}: ` : 'Invalid request body: ';
  throw new HttpError(400, custom ?? 'parameter_invalid', where + lowerFirst(issue.message), { param });
}

/** @param {PropertyKey[]} path */
export function dotted(path) {
  return path.map(String).join('.');
}

/** @param {unknown} root @param {PropertyKey[]} path */
function valueAt(root, path) {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = /** @type {Record<PropertyKey, unknown>} */ (value)[key];
  }
  return value;
}

/** @param {string} text */
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
