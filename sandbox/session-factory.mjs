// @ts-check
// Building a Checkout Session (seed 004, camelCase) from a create request: ids, secret, line
// items, custom fields, presentment rate. Amounts come from session-pricing.mjs.
import { HttpError } from './http.mjs';
import { newId, randomToken } from './ids.mjs';
import { PAYMENT_METHODS } from './catalogue.mjs';
import { exchangeRate } from './pricing.mjs';
import { initialSelection, recompute } from './session-pricing.mjs';
import { controlsFrom } from './test-controls.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').CreateSessionParams} CreateSessionParams
 */

export const MERCHANT_ID = 'mch_sandbox';

/**
 * @param {CreateSessionParams} params
 * @param {{ origin: string }} env
 * @returns {SessionRecord}
 */
export function buildSession(params, { origin }) {
  const id = newId('cs_test');
  const now = new Date();
  const presentment = presentmentFor(params.currency, params.presentmentCurrency);
  const customer = params.customer ? prefilledCustomer(params.customer) : null;
  const sandbox = controlsFrom(params.sandbox);

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
      // Every amount is filled in by recompute() below.
      totalDetails: { amountDiscount: 0, amountShipping: 0, amountTax: 0, amountPlatformFee: 0, amountCollectedVat: 0 },
      presentmentDetails: null,
      afterCompletion: params.afterCompletion ?? null,
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
      lineItems: buildLineItems(params.lineItems, params.currency),
      customFields: buildCustomFields(params.customFields),
      discounts: [],
      allowPromotionCodes: params.allowPromotionCodes,
      nameCollection: params.nameCollection,
      billingAddressCollection: params.billingAddressCollection,
      shippingAddressCollection: params.shippingAddressCollection,
      phoneNumberCollection: params.phoneNumberCollection,
      feeConfig: params.feeConfig ? { ...params.feeConfig, source: 'session' } : null,
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
      feeConfig: params.feeConfig ?? null,
      // Settled below, once the record can price each method.
      selection: { paymentMethodType: params.paymentMethodTypes[0], card: null },
      coupon: null,
      presentment,
      sandbox,
    },
    loadFailuresLeft: sandbox.failLoads.count,
    confirmHoldsLeft: sandbox.holdConfirms?.count ?? 0,
    heldConfirms: new Set(),
    idempotency: new Map(),
    paymentMethods: new Map(),
    cardDataRequests: [],
    streams: new Set(),
    timer: null,
    pendingAction: null,
  };
  record.config.selection = initialSelection(record);
  recompute(record);
  return record;
}

/**
 * The customer the merchant named at create, as the session shows it (absent parts null).
 * @param {NonNullable<CreateSessionParams['customer']>} given
 * @returns {import('./sessions.mjs').Customer}
 */
function prefilledCustomer({ name, email, phone, address, shipping }) {
  return {
    id: newId('cus'),
    type: 'guest',
    name: name ?? null,
    email: email ?? null,
    phone: phone ?? null,
    address: address ? { ...emptyAddress(), ...address } : null,
    shipping: shipping ? { name: shipping.name ?? null, phone: shipping.phone ?? null, address: { ...emptyAddress(), ...shipping.address } } : null,
    metadata: {},
  };
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

/** @returns {import('./sessions.mjs').Address} */
export function emptyAddress() {
  return { line1: null, line2: null, city: null, state: null, postalCode: null, country: null };
}

/**
 * Amounts start at zero; recompute() fills them in.
 * @param {import('./sessions.mjs').LineItemParams[]} items
 * @param {string} currency
 * @returns {import('./sessions.mjs').LineItem[]}
 */
export function buildLineItems(items, currency) {
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
 * @param {import('./sessions.mjs').CustomFieldParams[]} fields
 * @returns {import('./sessions.mjs').SessionCustomField[]}
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
