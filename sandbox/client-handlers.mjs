// @ts-check
// How the widget's routes are wrapped: the client secret checked, an action done once per
// Idempotency-Key, a change made only to an open session.
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError, bearerToken, readJsonBody } from './http.mjs';
import { assertOpen } from './session-commands.mjs';
import { passConfirmHold } from './test-controls.mjs';

/** @typedef {import('./sessions.mjs').SessionRecord} SessionRecord */

/** @param {string} text */
function sha256(text) {
  return createHash('sha256').update(text).digest();
}

/**
 * The secret is only ever read from the Authorization header: a query-string secret would
 * end up in logs and Referer headers, so it is not even looked at.
 * @param {import('./router.mjs').Context} ctx
 */
export function authorizeClient(ctx) {
  const record = ctx.store.require(ctx.params.id);
  const token = bearerToken(ctx.req);
  if (!token) {
    throw new HttpError(401, 'unauthorized', 'Send the client secret as `Authorization: Bearer {clientSecret}`.');
  }
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (!timingSafeEqual(sha256(token), sha256(record.session.clientSecret))) {
    throw new HttpError(401, 'unauthorized', 'The client secret does not belong to this checkout session.');
  }
  return record;
}

/**
 * Key order must not make two identical bodies look different.
 * @param {unknown} value
 * @returns {string}
 */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(/** @type {Record<string, unknown>} */ (value)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A card number in a tokenization (`card.number`) or, refused, in a confirm (`paymentMethod.card`).
 * @param {unknown} raw
 */
function carriesCardData(raw) {
  if (!raw || typeof raw !== 'object') return false;
  const body = /** @type {{ card?: unknown, paymentMethod?: { card?: unknown } }} */ (raw);
  return Boolean(body.card || (body.paymentMethod && typeof body.paymentMethod === 'object' && body.paymentMethod.card));
}

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** @typedef {'confirm' | 'payment-methods' | 'verify-otp'} KeyedEndpoint */

/** What each key stands for, for the refusal of a request without one. */
const ONE_KEY_PER = Object.freeze({
  confirm: 'confirm (one per pay attempt)',
  'payment-methods': 'card tokenization',
  'verify-otp': 'code verification (one per code submitted)',
});

/**
 * The request's Idempotency-Key, as sent.
 * @param {import('./router.mjs').Context} ctx
 * @param {KeyedEndpoint} endpoint
 */
function idempotencyKey(ctx, endpoint) {
  const key = (headerValue(ctx.req.headers['idempotency-key']) ?? '').trim();
  if (!key) {
    throw new HttpError(400, 'idempotency_key_missing', `Send an Idempotency-Key header with every ${ONE_KEY_PER[endpoint]}.`);
  }
  if (key.length > 255) throw new HttpError(400, 'idempotency_key_invalid', 'The Idempotency-Key header is longer than 255 characters.');
  return key;
}

/**
 * Routes that act once per Idempotency-Key (tokenize, confirm, verify a code): the same key with the same
 * body replays the first answer (header `Idempotent-Replayed: true`), so a double submit acts
 * once; with another body it is 400 idempotency_key_reused. A replay comes before the session's
 * state is looked at, as the provider's idempotency layer sits in front of the endpoint. Only
 * answers that `act` returns are remembered: a refusal (thrown) can be fixed and resent under the
 * same key. Only a digest of the body is kept: bodies can carry card data. Keys are scoped to
 * their endpoint, so confirm and payment-methods keys never collide.
 * @param {KeyedEndpoint} endpoint
 * @param {(ctx: import('./router.mjs').Context, record: SessionRecord, raw: unknown) => { status: number, body: unknown }} act
 *   runs on an open session (410 when expired)
 * @param {{ screen?: (raw: unknown) => void, holds?: boolean }} [options] `screen`: refusals that
 *   come before anything else, replays included; `holds`: `sandbox.holdConfirms` applies, holding a
 *   request before its key is even looked up, or once it has an answer to give
 * @returns {import('./router.mjs').Handler}
 */
export function oncePerKey(endpoint, act, { screen = () => {}, holds = false } = {}) {
  return async (ctx) => {
    const record = authorizeClient(ctx);
    const sentKey = idempotencyKey(ctx, endpoint);
    const raw = await readJsonBody(ctx.req);
    if (carriesCardData(raw)) record.cardDataRequests.push({ endpoint, origin: headerValue(ctx.req.headers.origin) });
    screen(raw);
    if (holds && !(await passConfirmHold(record, 'before_charge', sentKey))) return;
    const key = `${endpoint} ${sentKey}`;
    const fingerprint = sha256(canonicalJson(raw)).toString('hex');
    const previous = record.idempotency.get(key);
    /** @type {import('./router.mjs').JsonReply} */
    let reply;
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw new HttpError(400, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body.');
      }
      reply = { status: previous.status, body: JSON.parse(previous.body), headers: { 'Idempotent-Replayed': 'true' } };
    } else {
      assertOpen(record, { goneWhenExpired: true });
      reply = act(ctx, record, raw);
      record.idempotency.set(key, { fingerprint, status: reply.status, body: JSON.stringify(reply.body) });
    }
    if (holds && !(await passConfirmHold(record, 'after_charge', sentKey))) return;
    return reply;
  };
}

/**
 * Routes that change an open session: authorize, refuse closed sessions (410 when expired,
 * which the widget turns into its expired notice), then run the change.
 * @param {(ctx: import('./router.mjs').Context, record: SessionRecord, body: unknown) => void} change
 * @returns {import('./router.mjs').Handler}
 */
export function sessionChange(change) {
  return async (ctx) => {
    const record = authorizeClient(ctx);
    assertOpen(record, { goneWhenExpired: true });
    change(ctx, record, await readJsonBody(ctx.req));
    ctx.store.commit(record);
    return { status: 200, body: record.session };
  };
}
