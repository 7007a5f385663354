// @ts-check
// The merchant's server-side API (secret key): create, retrieve, update, expire; and the
// sandbox's controls that act as the outside world would (paying a Fawry reference).
import { HttpError, bearerToken, readJsonBody } from './http.mjs';
import { parseWith } from './parse.mjs';
import { createSessionSchema, updateSessionSchema } from './schemas.mjs';
import { buildSession } from './session-factory.mjs';
import { applyPatch, assertOpen, withoutUnchangedImmutables } from './session-commands.mjs';
import { endHeldConfirms } from './test-controls.mjs';
import { payVoucher } from './local-methods.mjs';

/**
 * Any `sk_test_` key is accepted: the sandbox has one merchant, and tests may run with
 * whatever key their environment hands them.
 * @param {import('./router.mjs').Handler} handler
 * @returns {import('./router.mjs').Handler}
 */
function withSecretKey(handler) {
  return (ctx) => {
    const token = bearerToken(ctx.req);
    if (!token || !/^sk_test_\S+$/.test(token)) {
      throw new HttpError(401, 'unauthorized', 'Send a test secret key as `Authorization: Bearer sk_test_...`.');
    }
    return handler(ctx);
  };
}

/** @type {import('./router.mjs').Route[]} */
export const merchantRoutes = [
  {
    method: 'POST',
    path: '/v1/checkout/sessions',
    handler: withSecretKey(async (ctx) => {
      const params = parseWith(createSessionSchema, await readJsonBody(ctx.req));
      const record = buildSession(params, ctx);
      ctx.store.add(record);
      return { status: 200, body: record.session };
    }),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id',
    handler: withSecretKey((ctx) => ({ status: 200, body: ctx.store.require(ctx.params.id).session })),
  },
  {
    method: 'PATCH',
    path: '/v1/checkout/sessions/:id',
    handler: withSecretKey(async (ctx) => {
      const record = ctx.store.require(ctx.params.id);
      const raw = await readJsonBody(ctx.req);
      assertOpen(record);
      const patch = parseWith(updateSessionSchema, withoutUnchangedImmutables(record, raw));
      applyPatch(record, patch);
      ctx.store.commit(record);
      return { status: 200, body: record.session };
    }),
  },
  {
    // Test control: the origins card data arrived from, so a test can prove only the card frame sent it.
    method: 'GET',
    path: '/v1/sandbox/sessions/:id/card-data-requests',
    handler: withSecretKey((ctx) => ({ status: 200, body: { data: ctx.store.require(ctx.params.id).cardDataRequests } })),
  },
  {
    // Test control: the confirms `sandbox.holdConfirms` is holding, so a test knows one arrived.
    method: 'GET',
    path: '/v1/sandbox/sessions/:id/held-confirms',
    handler: withSecretKey((ctx) => {
      const held = [...ctx.store.require(ctx.params.id).heldConfirms];
      return { status: 200, body: { data: held.map(({ stage, idempotencyKey }) => ({ stage, idempotencyKey })) } };
    }),
  },
  {
    // Test control: lets every held confirm go on; each answers its client if it is still there.
    method: 'POST',
    path: '/v1/sandbox/sessions/:id/held-confirms/release',
    handler: withSecretKey(async (ctx) => {
      const record = ctx.store.require(ctx.params.id);
      await readJsonBody(ctx.req);
      return { status: 200, body: { released: endHeldConfirms(record, true) } };
    }),
  },
  {
    // Test control: the customer paid the Fawry reference at an outlet.
    method: 'POST',
    path: '/v1/sandbox/sessions/:id/voucher/pay',
    handler: withSecretKey(async (ctx) => {
      const record = ctx.store.require(ctx.params.id);
      await readJsonBody(ctx.req);
      payVoucher(record, ctx.store);
      return { status: 200, body: record.session };
    }),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/expire',
    handler: withSecretKey(async (ctx) => {
      const record = ctx.store.require(ctx.params.id);
      await readJsonBody(ctx.req);
      assertOpen(record);
      ctx.store.expire(record);
      return { status: 200, body: record.session };
    }),
  },
];
