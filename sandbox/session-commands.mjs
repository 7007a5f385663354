// @ts-check
// What may change a session after it is built: the merchant's PATCH, promotion codes, and the
// guard that only open sessions change at all.
import { HttpError } from './http.mjs';
import { newId } from './ids.mjs';
import { PROMOTION_CODES } from './catalogue.mjs';
import { IMMUTABLE_FIELDS } from './schemas.mjs';
import { minorPerMajor } from './pricing.mjs';
import { buildCustomFields, buildLineItems } from './session-factory.mjs';
import { recompute } from './session-pricing.mjs';

/** @typedef {import('./sessions.mjs').SessionRecord} SessionRecord */

/**
 * Immutable fields are refused only when they would change, so a merchant that echoes back
 * the object it created does not trip over them. Returns the body without them, ready for
 * the strict PATCH schema.
 * @param {SessionRecord} record
 * @param {unknown} raw the PATCH body as sent
 * @returns {unknown}
 */
export function withoutUnchangedImmutables(record, raw) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const { session, config } = record;
  /** @type {Record<string, unknown>} */
  const current = {
    mode: session.mode,
    uiMode: session.uiMode,
    submitType: session.submitType,
    currency: session.currency,
    expiresAfterMinutes: config.expiresAfterMinutes,
  };
  /** @type {Record<string, unknown>} */
  const rest = { ...raw };
  for (const field of IMMUTABLE_FIELDS) {
    if (!Object.hasOwn(rest, field)) continue;
    const sent = rest[field];
    const same = typeof sent === 'string' && field === 'currency' ? sent.toUpperCase() === current[field] : sent === current[field];
    if (!same) {
      throw new HttpError(400, 'parameter_immutable', `${field} cannot be changed after the session is created.`, { param: field });
    }
    delete rest[field];
  }
  return rest;
}

/**
 * Merchant PATCH, after withoutUnchangedImmutables() and the schema.
 * @param {SessionRecord} record
 * @param {import('./sessions.mjs').UpdateSessionParams} patch
 */
export function applyPatch(record, patch) {
  const { session, config } = record;
  const copied = /** @type {const} */ ([
    'brandingSettings', 'locale', 'nameCollection', 'phoneNumberCollection', 'billingAddressCollection',
    'shippingAddressCollection', 'allowPromotionCodes', 'successUrl', 'cancelUrl', 'returnUrl',
    'merchantName', 'merchantLogo', 'afterCompletion',
  ]);
  // The session spells these fields as the parameters do.
  Object.assign(session, Object.fromEntries(copied.filter((key) => patch[key] !== undefined).map((key) => [key, patch[key]])));
  if (patch.customFields) session.customFields = buildCustomFields(patch.customFields);
  if (patch.lineItems) session.lineItems = buildLineItems(patch.lineItems, session.currency);
  if (patch.shippingAmount !== undefined) config.shippingAmount = patch.shippingAmount;
  if (patch.taxRate !== undefined) config.taxRate = patch.taxRate;
  if (patch.metadata) {
    // Stripe's convention: keys merge, and an empty string removes one.
    const merged = { ...session.metadata, ...patch.metadata };
    for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];
    session.metadata = merged;
  }
  if (patch.allowPromotionCodes === false) removePromotion(record);
  recompute(record);
}

/**
 * @param {SessionRecord} record
 * @param {string} code as typed by the customer
 */
export function applyPromotion(record, code) {
  const normalized = code.trim().toUpperCase();
  const promo = Object.hasOwn(PROMOTION_CODES, normalized) ? PROMOTION_CODES[normalized] : undefined;
  if (!promo) throw new HttpError(400, 'invalid_promotion_code', 'This promotion code is not valid.', { param: 'code' });
  if (promo.expired) throw new HttpError(400, 'invalid_promotion_code', 'This promotion code has expired.', { param: 'code' });
  const { session } = record;
  const amountOff = promo.amountOffMajor === null ? null : promo.amountOffMajor * minorPerMajor(session.currency);
  const name = promo.percentOff !== null ? promo.name : `${promo.amountOffMajor} ${session.currency} off`;
  record.config.coupon = { code: normalized, percentOff: promo.percentOff, amountOff };
  session.discounts = [
    {
      id: newId('di'),
      object: 'discount',
      coupon: {
        id: `coupon_${normalized.toLowerCase()}`,
        name,
        percentOff: promo.percentOff,
        amountOff,
        currency: amountOff === null ? null : session.currency,
        appliesToProductIds: [],
        metadata: {},
      },
      promotionCodeId: `promo_${normalized.toLowerCase()}`,
      promotionCodeCode: normalized,
      checkoutSessionId: session.id,
      customerId: session.customerId,
      start: new Date().toISOString(),
      end: null,
    },
  ];
  recompute(record);
}

/** @param {SessionRecord} record */
export function removePromotion(record) {
  record.config.coupon = null;
  record.session.discounts = [];
  recompute(record);
}

/**
 * Merchants may only change an open session; the widget additionally hears 410 for an
 * expired one, which is what its expired notice keys on.
 * @param {SessionRecord} record
 * @param {{ goneWhenExpired?: boolean }} [options]
 */
export function assertOpen(record, { goneWhenExpired = false } = {}) {
  const { status } = record.session;
  if (status === 'open') return;
  if (status === 'expired' && goneWhenExpired) {
    throw new HttpError(410, 'session_expired', 'This checkout session has expired.');
  }
  throw new HttpError(400, 'session_not_open', `This checkout session is ${status}; only open sessions can be changed.`);
}
