// @ts-check
// The browser-facing API the widget calls with the session's client secret (CONTRACT §2).
import { createHash, timingSafeEqual } from 'node:crypto';
import { EventStream, HttpError, bearerToken, readJsonBody } from './http.mjs';
import { confirmSchema, lineItemQuantitiesSchema, parseWith, promotionCodeSchema } from './schemas.mjs';
import { applyPromotion, assertOpen, malformed, recompute, removePromotion } from './sessions.mjs';
import { runAttempt, validateConfirm } from './payments.mjs';

/** @param {string} text */
function sha256(text) {
  return createHash('sha256').update(text).digest();
}

/**
 * The secret is only ever read from the Authorization header: a query-string secret would
 * end up in logs and Referer headers, so it is not even looked at.
 * @param {import('./router.mjs').Context} ctx
 */
function authorizeClient(ctx) {
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

/** @param {import('./router.mjs').Context} ctx */
function idempotencyKey(ctx) {
  const header = ctx.req.headers['idempotency-key'];
  const key = (Array.isArray(header) ? header[0] : header ?? '').trim();
  if (!key) throw new HttpError(400, 'idempotency_key_missing', 'Send an Idempotency-Key header with every confirm (one per pay attempt).');
  if (key.length > 255) throw new HttpError(400, 'idempotency_key_invalid', 'The Idempotency-Key header is longer than 255 characters.');
  return key;
}

/**
 * Routes that change an open session: authorize, refuse closed sessions (410 when expired,
 * which the widget turns into its expired notice), then run the change.
 * @param {(ctx: import('./router.mjs').Context, record: import('./sessions.mjs').SessionRecord, body: unknown) => void} change
 * @returns {import('./router.mjs').Handler}
 */
function sessionChange(change) {
  return async (ctx) => {
    const record = authorizeClient(ctx);
    assertOpen(record, { goneWhenExpired: true });
    change(ctx, record, await readJsonBody(ctx.req));
    ctx.store.commit(record);
    return { status: 200, body: record.session };
  };
}

/** @type {import('./router.mjs').Route[]} */
export const clientRoutes = [
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id/client',
    handler: (ctx) => {
      const record = authorizeClient(ctx);
      if (record.loadFailuresLeft > 0) {
        record.loadFailuresLeft -= 1;
        throw new HttpError(503, 'service_unavailable', 'Simulated outage (sandbox.failLoads).', { type: 'api_error' });
      }
      const body = record.config.sandbox.malformedLoad ? malformed(record.session) : record.session;
      return { status: 200, body };
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/confirm',
    handler: async (ctx) => {
      const record = authorizeClient(ctx);
      const key = idempotencyKey(ctx);
      const raw = await readJsonBody(ctx.req);
      // Only a digest is kept: the body carries card data.
      const fingerprint = sha256(canonicalJson(raw)).toString('hex');
      const previous = record.idempotency.get(key);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          throw new HttpError(400, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body.');
        }
        return { status: previous.status, body: JSON.parse(previous.body), headers: { 'Idempotent-Replayed': 'true' } };
      }
      assertOpen(record, { goneWhenExpired: true });
      const attempt = validateConfirm(record.session, parseWith(confirmSchema, raw));
      const reply = runAttempt(record, ctx.store, attempt, ctx.origin);
      // Like the real thing, only attempts that reached the processor are remembered; a
      // body refused by validation can be fixed and resent under the same key.
      record.idempotency.set(key, { fingerprint, status: reply.status, body: JSON.stringify(reply.body) });
      return reply;
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/promotion-code',
    handler: sessionChange((_ctx, record, raw) => {
      if (!record.session.allowPromotionCodes) {
        throw new HttpError(400, 'promotion_codes_not_allowed', 'This checkout session does not accept promotion codes.', { param: 'code' });
      }
      const { code } = parseWith(promotionCodeSchema, raw);
      if (code) applyPromotion(record, code);
      else removePromotion(record);
    }),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/line-items',
    handler: sessionChange((_ctx, record, raw) => {
      const { lineItems } = parseWith(lineItemQuantitiesSchema, raw);
      /** @type {[Record<string, any>, number][]} */
      const updates = lineItems.map(({ id, quantity }) => {
        const param = `lineItems.${id}.quantity`;
        const item = record.session.lineItems.find((/** @type {{ id: string }} */ li) => li.id === id);
        if (!item) throw new HttpError(400, 'resource_missing', `This session has no line item ${id}.`, { param: `lineItems.${id}` });
        const adj = item.adjustableQuantity;
        if (!adj?.enabled) throw new HttpError(400, 'quantity_not_adjustable', 'The quantity of this item cannot be changed.', { param });
        const min = adj.minimum ?? 1;
        const max = adj.maximum ?? 99;
        if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < min || quantity > max) {
          throw new HttpError(400, 'quantity_out_of_range', `Quantity must be a whole number from ${min} to ${max}.`, { param });
        }
        return [item, quantity];
      });
      // All or nothing: nothing changes until every entry has passed.
      for (const [item, quantity] of updates) item.quantity = quantity;
      recompute(record);
    }),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id/client/events',
    handler: (ctx) => {
      const record = authorizeClient(ctx);
      if (!record.config.sandbox.eventStream) {
        throw new HttpError(503, 'event_stream_unavailable', 'The event stream is switched off for this session (sandbox.eventStream).', {
          type: 'api_error',
        });
      }
      const stream = new EventStream(ctx.res, { onClose: () => record.streams.delete(stream) });
      ctx.store.attachStream(record, stream);
    },
  },
];
