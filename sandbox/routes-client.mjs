// @ts-check
// The browser-facing API the widget calls with the session's client secret (CONTRACT §2). The
// routes that follow a valU, wallet or Fawry confirm are in routes-local-methods.mjs.
import { EventStream, HttpError } from './http.mjs';
import { authorizeClient, oncePerKey, sessionChange } from './client-handlers.mjs';
import { confirmSchema, lineItemQuantitiesSchema, paymentMethodSchema, promotionCodeSchema, selectionSchema } from './client-schemas.mjs';
import { parseWith } from './parse.mjs';
import { applyPromotion, removePromotion } from './session-commands.mjs';
import { recompute } from './session-pricing.mjs';
import { failLoadIfScheduled, loadBody } from './test-controls.mjs';
import { refuseRawCardData, validateConfirm } from './confirm-rules.mjs';
import { createCardToken, tokenizedCard } from './payment-methods.mjs';
import { runAttempt } from './payments.mjs';
import { applySelection, settleForConfirm } from './selection.mjs';

/** @type {import('./router.mjs').Route[]} */
export const clientRoutes = [
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id/client',
    handler: (ctx) => {
      const record = authorizeClient(ctx);
      failLoadIfScheduled(record);
      return { status: 200, body: loadBody(record) };
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/payment-methods',
    handler: oncePerKey('payment-methods', (_ctx, record, raw) => {
      const { card } = parseWith(paymentMethodSchema, raw);
      return { status: 200, body: tokenizedCard(createCardToken(record, card)) };
    }),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/confirm',
    handler: oncePerKey(
      'confirm',
      // Like the real thing, only attempts that reached the processor (200, 402) return here to
      // be remembered; a body refused by validation (or by a changed total) throws.
      (ctx, record, raw) => {
        const body = parseWith(confirmSchema, raw);
        settleForConfirm(record, ctx.store, body);
        return runAttempt(record, ctx.store, validateConfirm(record, body), ctx.origin);
      },
      { screen: refuseRawCardData, holds: true },
    ),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/selection',
    handler: sessionChange((_ctx, record, raw) => applySelection(record, parseWith(selectionSchema, raw))),
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
      /** @type {[import('./sessions.mjs').LineItem, number][]} */
      const updates = lineItems.map(({ id, quantity }) => {
        const param = `lineItems.${id}.quantity`;
        const item = record.session.lineItems.find((li) => li.id === id);
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
