// @ts-check
// The Checkout Session object (seed 004, camelCase): building it from a create request,
// applying a PATCH, and keeping every amount in it derived from pricing.mjs.
import { HttpError } from './http.mjs';
import { newId, randomToken } from './ids.mjs';
import { PAYMENT_METHODS, PROMOTION_CODES } from './catalogue.mjs';
import { IMMUTABLE_FIELDS } from './schemas.mjs';
import { convertAmount, exchangeRate, minorPerMajor, priceSession } from './pricing.mjs';

export const MERCHANT_ID = 'mch_sandbox';

/**
 * Everything about a session, public and not. `session` is exactly what the API returns;
 * `config` holds the inputs its amounts are derived from and the test controls.
 * @typedef {{
 *   session: Record<string, any>,
 *   config: {
 *     shippingAmount: number, taxRate: number, expiresAfterMinutes: number,
 *     feeConfig: import('./pricing.mjs').FeeConfig,
 *     coupon: (import('./pricing.mjs').Coupon & { code: string }) | null,
 *     presentment: { currency: string, exchangeRate: number, exchangeRateId: string } | null,
 *     sandbox: { eventStream: boolean, failLoads: number, malformedLoad: boolean },
 *   },
 *   loadFailuresLeft: number,
 *   idempotency: Map<string, { fingerprint: string, status: number, body: string }>,
 *   streams: Set<import('./http.mjs').EventStream>,
 *   timer: NodeJS.Timeout | null,
 *   pendingAction: null | { paymentIntentId: string, customerDetails: Record<string, any>, customFieldValues: Map<string, string>, method: { type: string, card: { brand: string, last4: string } | null }, returnUrl: string | null },
 * }} SessionRecord
 */

/**
 * @param {import('zod').output<typeof import('./schemas.mjs').createSessionSchema>} params
 * @param {{ origin: string }} env
 * @returns {SessionRecord}
 */
export function buildSession(params, { origin }) {
  const id = newId('cs_test');
  const now = new Date();
  const presentment = presentmentFor(params.currency, params.presentmentCurrency);
  const customer = params.customer
    ? {
        id: newId('cus'),
        type: 'guest',
        name: params.customer.name ?? null,
        email: params.customer.email ?? null,
        phone: params.customer.phone ?? null,
        address: params.customer.address ? { ...emptyAddress(), ...params.customer.address } : null,
        shipping: null,
        metadata: {},
      }
    : null;

  /** @type {SessionRecord} */
  const record = {
    session: {
      id,
      object: 'checkout.session',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      mode: params.mode,
      uiMode: params.uiMode,
      submitType: params.submitType,
      customerCreation: 'always',
      status: 'open',
      paymentStatus: 'unpaid',
      currency: params.currency,
      amountSubtotal: 0,
      amountTotal: 0,
      totalDetails: null,
      presentmentDetails: null,
      afterCompletion: null,
      successUrl: params.successUrl ?? null,
      cancelUrl: params.cancelUrl ?? null,
      returnUrl: params.returnUrl ?? null,
      url: params.uiMode === 'hosted' ? `${origin}/pay/${id}` : null,
      clientSecret: `${id}_secret_${randomToken()}`,
      expiresAt: new Date(now.getTime() + params.expiresAfterMinutes * 60_000).toISOString(),
      customerId: customer?.id ?? null,
      customer,
      customerDetails: null,
      paymentIntentId: null,
      paymentIntent: null,
      lineItems: [],
      customFields: buildCustomFields(params.customFields),
      discounts: [],
      allowPromotionCodes: params.allowPromotionCodes,
      nameCollection: params.nameCollection,
      billingAddressCollection: params.billingAddressCollection,
      shippingAddressCollection: params.shippingAddressCollection,
      phoneNumberCollection: params.phoneNumberCollection,
      feeConfig: { ...params.feeConfig, source: 'session' },
      brandingSettings: params.brandingSettings ?? null,
      locale: params.locale,
      paymentMethodTypes: params.paymentMethodTypes.map((t) => ({ ...PAYMENT_METHODS[t] })),
      paymentMethodConfigurationId: null,
      fees: null,
      customerUpdate: null,
      metadata: params.metadata,
      merchantId: MERCHANT_ID,
      merchantName: params.merchantName,
      merchantLogo: params.merchantLogo,
      paymentLinkId: null,
      livemode: false,
    },
    config: {
      shippingAmount: params.shippingAmount,
      taxRate: params.taxRate,
      expiresAfterMinutes: params.expiresAfterMinutes,
      feeConfig: params.feeConfig,
      coupon: null,
      presentment,
      sandbox: params.sandbox,
    },
    loadFailuresLeft: params.sandbox.failLoads,
    idempotency: new Map(),
    streams: new Set(),
    timer: null,
    pendingAction: null,
  };
  record.session.lineItems = buildLineItems(params.lineItems, params.currency);
  recompute(record);
  return record;
}

/**
 * @param {string} currency
 * @param {string | undefined} presentmentCurrency
 */
function presentmentFor(currency, presentmentCurrency) {
  if (!presentmentCurrency || presentmentCurrency === currency) return null;
  const rate = exchangeRate(currency, presentmentCurrency);
  if (rate === null) {
    throw new HttpError(400, 'currency_not_supported', `The sandbox has no exchange rate between ${currency} and ${presentmentCurrency}.`, {
      param: 'presentmentCurrency',
    });
  }
  return { currency: presentmentCurrency, exchangeRate: rate, exchangeRateId: newId('exr') };
}

export function emptyAddress() {
  return { line1: null, line2: null, city: null, state: null, postalCode: null, country: null };
}

/**
 * @param {{ price: { unitAmount: number, productName: string, description?: string, images?: string[] }, quantity: number, adjustableQuantity?: { enabled: boolean, minimum?: number, maximum?: number } }[]} items
 * @param {string} currency
 */
function buildLineItems(items, currency) {
  return items.map((item) => ({
    id: newId('li'),
    object: 'item',
    quantity: item.quantity,
    price: {
      id: newId('price'),
      unitAmount: item.price.unitAmount,
      currency,
      product: {
        name: item.price.productName,
        description: item.price.description ?? null,
        images: item.price.images ?? [],
      },
    },
    adjustableQuantity: item.adjustableQuantity
      ? {
          enabled: item.adjustableQuantity.enabled,
          minimum: item.adjustableQuantity.minimum ?? null,
          maximum: item.adjustableQuantity.maximum ?? null,
        }
      : null,
    amountSubtotal: 0,
    amountDiscount: 0,
    amountTax: 0,
    amountTotal: 0,
    currency,
    description: item.price.productName,
    presentmentDetails: null,
  }));
}

/**
 * The session's `customFields` from the create or PATCH parameters (limits spelled both ways,
 * and a value holder for the field's type).
 * @param {{ key: string, label: string, type: 'TEXT' | 'NUMERIC' | 'DROPDOWN', isOptional?: boolean, minCharacters?: number, maxCharacters?: number, dropdownOptions?: { label: string, value: string }[] }[]} fields
 */
export function buildCustomFields(fields) {
  return fields.map((field) => {
    const min = field.minCharacters ?? null;
    const max = field.maxCharacters ?? null;
    const limits = { minimumLength: min, maximumLength: max, value: null };
    return {
      key: field.key,
      label: field.label,
      type: field.type,
      isOptional: field.isOptional ?? false,
      hasLimits: min !== null || max !== null,
      limitType: min !== null && max !== null ? 'BETWEEN' : max !== null ? 'AT_MOST' : min !== null ? 'AT_LEAST' : null,
      minCharacters: min,
      maxCharacters: max,
      dropdownOptions: field.dropdownOptions ?? null,
      text: field.type === 'TEXT' ? limits : null,
      numeric: field.type === 'NUMERIC' ? { ...limits } : null,
      dropdown: field.type === 'DROPDOWN' ? { options: field.dropdownOptions, value: null } : null,
    };
  });
}

/**
 * Each part converted on its own, and the presentment total as their sum, so the rows a
 * customer sees in the presentment currency add up exactly (converting the total separately
 * can differ by a minor unit). `amountShipping` extends the seed's object, which has none.
 * @param {ReturnType<typeof priceSession>} amounts
 * @param {(amount: number) => number} convert
 * @param {{ currency: string, exchangeRate: number, exchangeRateId: string }} p
 */
function presentmentTotals(amounts, convert, p) {
  const parts = {
    amountSubtotal: convert(amounts.amountSubtotal),
    amountDiscount: convert(amounts.amountDiscount),
    amountShipping: convert(amounts.amountShipping),
    amountTax: convert(amounts.amountTax),
    amountPlatformFee: convert(amounts.amountPlatformFee),
    amountCollectedVat: convert(amounts.amountCollectedVat),
  };
  const total =
    parts.amountSubtotal - parts.amountDiscount + parts.amountShipping + parts.amountTax + parts.amountPlatformFee + parts.amountCollectedVat;
  return { amount: total, currency: p.currency, exchangeRate: p.exchangeRate, exchangeRateId: p.exchangeRateId, amountTotal: total, ...parts };
}

/**
 * Re-derives every amount from line items, promotion, shipping, tax and fees. Called after
 * anything that could move money, so no handler ever writes an amount itself.
 * @param {SessionRecord} record
 */
export function recompute(record) {
  const { session, config } = record;
  const amounts = priceSession({
    lineItems: session.lineItems.map((/** @type {any} */ li) => ({ unitAmount: li.price.unitAmount, quantity: li.quantity })),
    coupon: config.coupon,
    shippingAmount: config.shippingAmount,
    taxRate: config.taxRate,
    feeConfig: config.feeConfig,
  });
  const p = config.presentment;
  const convert = (/** @type {number} */ amount) => (p ? convertAmount(amount, session.currency, p.currency, p.exchangeRate) : 0);

  session.lineItems.forEach((/** @type {any} */ li, /** @type {number} */ i) => {
    Object.assign(li, amounts.lines[i]);
    li.presentmentDetails = p
      ? { currency: p.currency, amountSubtotal: convert(li.amountSubtotal), amountTotal: convert(li.amountTotal) }
      : null;
  });
  session.amountSubtotal = amounts.amountSubtotal;
  session.amountTotal = amounts.amountTotal;
  session.totalDetails = {
    amountDiscount: amounts.amountDiscount,
    amountShipping: amounts.amountShipping,
    amountTax: amounts.amountTax,
    amountPlatformFee: amounts.amountPlatformFee,
    amountCollectedVat: amounts.amountCollectedVat,
  };
  session.presentmentDetails = p ? presentmentTotals(amounts, convert, p) : null;
  const fc = config.feeConfig;
  session.fees =
    fc.feesPassThrough || fc.vatCollectionEnabled
      ? {
          paymentMethodType: null,
          feeAmount: amounts.amountPlatformFee,
          feePercentage: fc.feePercentage,
          vatAmount: amounts.amountCollectedVat,
          totalAmount: amounts.amountPlatformFee + amounts.amountCollectedVat,
          cardInfo: null,
        }
      : null;
}

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
  const rest = { ...raw };
  for (const field of IMMUTABLE_FIELDS) {
    if (!Object.hasOwn(rest, field)) continue;
    const sent = /** @type {Record<string, unknown>} */ (rest)[field];
    const same = typeof sent === 'string' && field === 'currency' ? sent.toUpperCase() === current[field] : sent === current[field];
    if (!same) {
      throw new HttpError(400, 'parameter_immutable', `${field} cannot be changed after the session is created.`, { param: field });
    }
    delete (/** @type {Record<string, unknown>} */ (rest))[field];
  }
  return rest;
}

/**
 * Merchant PATCH, after withoutUnchangedImmutables() and the schema.
 * @param {SessionRecord} record
 * @param {import('zod').output<typeof import('./schemas.mjs').updateSessionSchema>} patch
 */
export function applyPatch(record, patch) {
  const { session, config } = record;
  const copied = /** @type {const} */ ([
    'brandingSettings', 'locale', 'nameCollection', 'phoneNumberCollection', 'billingAddressCollection',
    'shippingAddressCollection', 'allowPromotionCodes', 'successUrl', 'cancelUrl', 'returnUrl',
    'merchantName', 'merchantLogo',
  ]);
  for (const key of copied) if (patch[key] !== undefined) session[key] = patch[key];
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
 * What a client load returns for `sandbox.malformedLoad`: a body the widget's schema must
 * refuse (required `currency` gone, `amountTotal` of the wrong type).
 * @param {Record<string, any>} session
 */
export function malformed(session) {
  /** @type {Record<string, unknown>} */
  const body = { ...session, amountTotal: String(session.amountTotal) };
  delete body.currency;
  return body;
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
