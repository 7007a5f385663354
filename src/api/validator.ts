/**
 * Just enough of a JSON validator for the provider's session (issue 13: zod/mini was ~6 KB gzip of
 * what every checkout downloads, for the dozen combinators used here). A schema is a function that
 * returns the parsed value or throws `Invalid`, naming every path that did not match. Objects keep
 * only the keys their shape names, so nothing unexpected (`__proto__` included) reaches the widget.
 */

export type Path = readonly (string | number)[];
export type Schema<T> = (input: unknown, path: Path) => T;
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A key whose schema is optional may be absent from the output, as it may from the input. */
export type OptionalSchema<T> = Schema<T | undefined> & { readonly optional: true };

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

export class Invalid extends Error {
  constructor(readonly paths: Path[]) {
    super(`invalid at ${paths.map((path) => path.join('.') || '(root)').join(', ')}`);
  }
}

function fail(path: Path): never {
  throw new Invalid([path]);
}

/** Runs one part of a larger parse, adding its failures to `failed` so every one is reported. */
function attempt<T>(failed: Path[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    failed.push(...error.paths);
    return undefined;
  }
}

const primitive =
  <T>(accepts: (input: unknown) => input is T): Schema<T> =>
  (input, path) =>
    accepts(input) ? input : fail(path);

export const str = primitive((input): input is string => typeof input === 'string');
export const bool = primitive((input): input is boolean => typeof input === 'boolean');
export const num = primitive((input): input is number => typeof input === 'number' && Number.isFinite(input));
export const int = primitive((input): input is number => Number.isSafeInteger(input));

export function refine<T>(schema: Schema<T>, accepts: (value: T) => boolean): Schema<T> {
  return (input, path) => {
    const value = schema(input, path);
    return accepts(value) ? value : fail(path);
  };
}

export const matching = (pattern: RegExp) => refine(str, (value) => pattern.test(value));

export function map<T, U>(schema: Schema<T>, transform: (value: T) => U): Schema<U> {
  return (input, path) => transform(schema(input, path));
}

export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (input, path) => (input === null ? null : schema(input, path));
}

export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  return Object.assign((input: unknown, path: Path) => (input === undefined ? undefined : schema(input, path)), { optional: true as const });
}

/** Absent reads as `value`; null or a mistyped value still fails. */
export function withDefault<T>(schema: Schema<T>, value: T): Schema<T> {
  return (input, path) => (input === undefined ? value : schema(input, path));
}

/** The first schema that accepts the input decides; the union fails as a whole. */
export function union<A, B>(first: Schema<A>, second: Schema<B>): Schema<A | B> {
  return (input, path) => {
    const failed: Path[] = [];
    const parsed = attempt(failed, () => ({ value: first(input, path) })) ?? attempt(failed, () => ({ value: second(input, path) }));
    return parsed ? parsed.value : fail(path);
  };
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return (input, path) => {
    if (!Array.isArray(input)) fail(path);
    const failed: Path[] = [];
    const output = input.map((value, index) => attempt(failed, () => item(value, [...path, index])) as T);
    if (failed.length) throw new Invalid(failed);
    return output;
  };
}

export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> & { readonly shape: S } {
  const parse = (input: unknown, path: Path): ObjectOf<S> => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) fail(path);
    const failed: Path[] = [];
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = attempt(failed, () => shape[key]((input as Record<string, unknown>)[key], [...path, key]));
      if (value !== undefined) output[key] = value;
    }
    if (failed.length) throw new Invalid(failed);
    return output as ObjectOf<S>;
  };
  return Object.assign(parse, { shape });
}

/** The parsed value, or every path that failed. */
export function safeParse<T>(schema: Schema<T>, input: unknown): { ok: true; value: T } | { ok: false; paths: Path[] } {
  const failed: Path[] = [];
  const parsed = attempt(failed, () => ({ value: schema(input, []) }));
  return parsed ? { ok: true, value: parsed.value } : { ok: false, paths: failed };
}
