// @ts-check
// Paying a session: the rules a confirm body must meet for *this* session, and what each
// outcome (success, decline, 3-D Secure redirect) does to the session and its PaymentIntent.
// Card numbers are used to pick an outcome and then dropped: only brand and last4 persist.
import { HttpError } from './http.mjs';
import { newId } from './ids.mjs';
import { TEST_CARDS, cardBrand, luhnValid } from './catalogue.mjs';
import { currencyDecimals, withinLimits } from './pricing.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {{
 *   customerDetails: Record<string, any>,
 *   customFieldValues: Map<string, string>,
 *   method: { type: string, card: { brand: string, last4: string } | null },
 *   scripted: (typeof TEST_CARDS)[string] | undefined,
 * }} Attempt
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIVE_DIGITS = /^\d{5}$/;
/** @type {Record<string, RegExp>} */
const POSTAL_FORMATS = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
  GB: /^(GIR ?0AA|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2})$/,
  DE: FIVE_DIGITS,
  FR: FIVE_DIGITS,
  SA: FIVE_DIGITS,
  KW: FIVE_DIGITS,
  EG: FIVE_DIGITS,
};
const POSTAL_REQUIRED = new Set(['US', 'GB', 'CA', 'DE', 'FR', 'SA', 'KW']);
// These countries have no postal codes; whatever is typed is ignored rather than refused.
const NO_POSTAL = new Set(['AE', 'QA']);

/** @param {string} param @param {string} message */
const missing = (param, message) => new HttpError(400, 'parameter_missing', message, { param });
/** @param {string} param @param {string} message @param {string} [code] */
const invalid = (param, message, code = 'parameter_invalid') => new HttpError(400, code, message, { param });

/** @param {unknown} value */
function clean(value) {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * @param {Record<string, any> | null | undefined} address
 * @param {string} prefix dotted param of the address object
 */
function checkAddress(address, prefix) {
  const a = address ?? {};
  for (const [field, label] of /** @type {const} */ ([['line1', 'Address'], ['city', 'City'], ['country', 'Country']])) {
    if (!clean(a[field])) throw missing(`${prefix}.${field}`, `${label} is required.`);
  }
  const country = clean(a.country).toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalid(`${prefix}.country`, 'Country must be a 2-letter ISO code.');
  const postalCode = NO_POSTAL.has(country) ? '' : clean(a.postalCode);
  if (!postalCode && POSTAL_REQUIRED.has(country)) throw missing(`${prefix}.postalCode`, 'Postal code is required.');
  if (postalCode && POSTAL_FORMATS[country] && !POSTAL_FORMATS[country].test(postalCode)) {
    throw invalid(`${prefix}.postalCode`, 'Postal code is not valid for this country.');
  }
  return {
    line1: clean(a.line1),
    line2: clean(a.line2) || null,
    city: clean(a.city),
    state: clean(a.state) || null,
    postalCode: postalCode ? postalCode.toUpperCase() : null,
    country,
  };
}

/**
 * @param {string} param
 * @param {unknown} value
 * @param {boolean} required
 * @param {string} label
 */
function checkPhone(param, value, required, label = 'Phone number') {
  const phone = clean(value).replace(/[\s\-().]/g, '');
  if (!phone) {
    if (required) throw missing(param, `${label} is required.`);
    return null;
  }
  if (!/^\+\d{8,15}$/.test(phone)) throw invalid(param, `${label} must be in international format, e.g. +201001234567.`);
  return phone;
}

/**
 * @param {Record<string, any>} session
 * @param {Record<string, any>} details customerDetails of the confirm body
 */
function checkCustomer(session, details) {
  const email = clean(details.email);
  if (!email) throw missing('customerDetails.email', 'Email is required.');
  if (!EMAIL.test(email)) throw invalid('customerDetails.email', 'Email address is not valid.');
  const name = clean(details.name);
  if (session.nameCollection && !name) throw missing('customerDetails.name', 'Name is required.');
  const phone = checkPhone('customerDetails.phone', details.phone, session.phoneNumberCollection);

  let billingDetails = null;
  if (session.billingAddressCollection) {
    const bd = details.billingDetails ?? {};
    billingDetails = {
      name: clean(bd.name) || name || null,
      email: clean(bd.email) || email,
      phone: clean(bd.phone) || phone,
      address: checkAddress(bd.address, 'customerDetails.billingDetails.address'),
    };
  }
  let shipping = null;
  if (session.shippingAddressCollection) {
    const sh = details.shipping ?? {};
    const shipName = clean(sh.name);
    if (!shipName) throw missing('customerDetails.shipping.name', 'Recipient name is required.');
    shipping = {
      name: shipName,
      phone: checkPhone('customerDetails.shipping.phone', sh.phone, false) ?? phone,
      address: checkAddress(sh.address, 'customerDetails.shipping.address'),
    };
  }
  return { email, name: name || null, phone, billingDetails, shipping };
}

/**
 * @param {Record<string, any>[]} fields the session's custom fields
 * @param {{ key: string, value?: string | number | null }[]} sent
 */
function checkCustomFields(fields, sent) {
  /** @type {Map<string, string>} */
  const values = new Map();
  for (const entry of sent) {
    const param = `customFields.${entry.key}`;
    if (!fields.some((f) => f.key === entry.key)) throw invalid(param, `This session has no custom field ${entry.key}.`, 'parameter_unknown');
    if (values.has(entry.key)) throw invalid(param, 'Each custom field may be sent once.');
    values.set(entry.key, clean(entry.value));
  }
  for (const field of fields) {
    const param = `customFields.${field.key}`;
    const value = values.get(field.key) ?? '';
    if (!value) {
      if (!field.isOptional) throw missing(param, `${field.label} is required.`);
      values.delete(field.key);
      continue;
    }
    if (field.type === 'DROPDOWN') {
      if (!field.dropdownOptions.some((/** @type {{ value: string }} */ o) => o.value === value)) {
        throw invalid(param, `${field.label}: choose one of the options.`);
      }
      continue;
    }
    if (field.type === 'NUMERIC' && !/^\d+$/.test(value)) throw invalid(param, `${field.label} may contain digits only.`);
    const min = field.minCharacters ?? 0;
    const max = field.maxCharacters ?? 255;
    if (value.length < min) throw invalid(param, `${field.label} must be at least ${min} characters.`);
    if (value.length > max) throw invalid(param, `${field.label} must be at most ${max} characters.`);
  }
  return values;
}

/**
 * @param {{ number: string, expMonth: number, expYear: number, cvc: string } | null | undefined} card
 * @param {Date} now
 */
function checkCard(card, now) {
  if (!card) throw missing('paymentMethod.card', 'Card details are required.');
  const number = card.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) {
    throw invalid('paymentMethod.card.number', 'Your card number is incorrect.', 'incorrect_number');
  }
  const month = card.expMonth;
  const year = card.expYear < 100 ? 2000 + card.expYear : card.expYear;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalid('paymentMethod.card.expMonth', "Your card's expiration month is invalid.", 'invalid_expiry_month');
  }
  const thisYear = now.getUTCFullYear();
  if (year < thisYear || year > thisYear + 50) {
    throw invalid('paymentMethod.card.expYear', "Your card's expiration year is invalid.", 'invalid_expiry_year');
  }
  if (year === thisYear && month < now.getUTCMonth() + 1) {
    throw invalid('paymentMethod.card.expMonth', "Your card's expiration date is in the past.", 'invalid_expiry_month');
  }
  const brand = cardBrand(number);
  if (!(brand === 'amex' ? /^\d{4}$/ : /^\d{3}$/).test(card.cvc)) {
    throw invalid('paymentMethod.card.cvc', "Your card's security code is invalid.", 'invalid_cvc');
  }
  return { brand, last4: number.slice(-4), scripted: TEST_CARDS[number] };
}

/** @param {number} amount @param {string} currency */
function formatMoney(amount, currency) {
  const decimals = currencyDecimals(currency);
  return `${(amount / 10 ** decimals).toFixed(decimals)} ${currency}`;
}

/**
 * Checks a (schema-valid) confirm body against the session, in form order, and answers the
 * first problem with the dotted `param` the widget shows it at.
 * @param {Record<string, any>} session
 * @param {import('zod').output<typeof import('./schemas.mjs').confirmSchema>} body
 * @returns {Attempt}
 */
export function validateConfirm(session, body, now = new Date()) {
  const customerDetails = checkCustomer(session, body.customerDetails ?? {});
  const customFieldValues = checkCustomFields(session.customFields, body.customFields ?? []);

  const pm = body.paymentMethod;
  if (!pm) throw missing('paymentMethod.type', 'Choose a payment method.');
  const method = session.paymentMethodTypes.find((/** @type {{ type: string }} */ m) => m.type === pm.type);
  if (!method) throw invalid('paymentMethod.type', `${pm.type} is not available for this session.`);
  const limit = withinLimits(method, session.amountTotal);
  if (limit === 'too_small') {
    throw invalid('paymentMethod.type', `${method.displayName} needs a total of at least ${formatMoney(Number(method.minTransactionAmount), session.currency)}.`, 'amount_too_small');
  }
  if (limit === 'too_large') {
    throw invalid('paymentMethod.type', `${method.displayName} allows a total of at most ${formatMoney(Number(method.maxTransactionAmount), session.currency)}.`, 'amount_too_large');
  }
  if (pm.type !== 'card') return { customerDetails, customFieldValues, method: { type: pm.type, card: null }, scripted: undefined };
  const { scripted, ...card } = checkCard(pm.card, now);
  return { customerDetails, customFieldValues, method: { type: 'card', card }, scripted };
}

/**
 * The session's one PaymentIntent, created on the first attempt; each attempt adds a charge.
 * @param {SessionRecord} record
 * @param {import('./store.mjs').Store} store
 */
function intentFor(record, store) {
  const { session } = record;
  if (!session.paymentIntent) {
    const now = new Date().toISOString();
    const p = session.presentmentDetails;
    session.paymentIntent = {
      id: newId('pi'),
      object: 'payment_intent',
      checkoutSessionId: session.id,
      amount: session.amountTotal,
      amountCapturable: 0,
      amountReceived: 0,
      currency: session.currency,
      status: 'requires_payment_method',
      createdAt: now,
      updatedAt: now,
      captureMethod: 'automatic',
      confirmationMethod: 'automatic',
      description: null,
      receiptEmail: null,
      canceledAt: null,
      shipping: null,
      presentmentDetails: p
        ? { amount: p.amount, currency: p.currency, exchangeRate: p.exchangeRate, exchangeRateId: p.exchangeRateId }
        : null,
      latestCharge: null,
      charges: [],
      paymentMethod: null,
      customer: null,
      nextAction: null,
      metadata: {},
      lastPaymentError: null,
    };
    session.paymentIntentId = session.paymentIntent.id;
    store.linkIntent(session.paymentIntent.id, session.id);
  }
  const pi = session.paymentIntent;
  // The total can move between attempts (quantities, codes); each attempt charges the current one.
  pi.amount = session.amountTotal;
  pi.updatedAt = new Date().toISOString();
  return pi;
}

/**
 * @param {Record<string, any>} pi
 * @param {Attempt['method']} method
 * @param {Record<string, any>} customerDetails
 * @param {{ succeeded: boolean, failureCode?: string, failureMessage?: string }} result
 */
function addCharge(pi, method, customerDetails, result) {
  const now = new Date().toISOString();
  const charge = {
    id: newId('ch'),
    object: 'charge',
    amount: pi.amount,
    amountCaptured: result.succeeded ? pi.amount : 0,
    amountRefunded: 0,
    currency: pi.currency,
    createdAt: now,
    status: result.succeeded ? 'succeeded' : 'failed',
    paid: result.succeeded,
    refunded: false,
    captured: result.succeeded,
    capturedAt: result.succeeded ? now : null,
    failureCode: result.failureCode ?? null,
    failureMessage: result.failureMessage ?? null,
    receiptUrl: null,
    receiptEmail: customerDetails.email ?? null,
    billingDetails: customerDetails.billingDetails ?? null,
    paymentMethodDetails: { type: method.type, card: method.card },
    outcome: { type: result.succeeded ? 'authorized' : 'issuer_declined' },
    paymentIntentId: pi.id,
    presentmentDetails: pi.presentmentDetails,
  };
  pi.charges.push(charge);
  pi.latestCharge = charge;
  return charge;
}

/**
 * @param {SessionRecord} record
 * @param {import('./store.mjs').Store} store
 * @param {Pick<Attempt, 'customerDetails' | 'customFieldValues' | 'method'>} attempt
 */
export function completePayment(record, store, { customerDetails, customFieldValues, method }) {
  const { session } = record;
  const pi = intentFor(record, store);
  addCharge(pi, method, customerDetails, { succeeded: true });
  if (!session.customer) {
    // customerCreation 'always': a completed guest checkout leaves a Customer behind.
    session.customer = {
      id: newId('cus'),
      type: 'guest',
      name: customerDetails.name,
      email: customerDetails.email,
      phone: customerDetails.phone,
      address: customerDetails.billingDetails?.address ?? null,
      shipping: customerDetails.shipping,
      metadata: {},
    };
    session.customerId = session.customer.id;
  }
  Object.assign(pi, {
    status: 'succeeded',
    amountReceived: pi.amount,
    receiptEmail: customerDetails.email,
    shipping: customerDetails.shipping,
    nextAction: null,
    lastPaymentError: null,
    customer: { id: session.customerId, name: customerDetails.name, email: customerDetails.email, phone: customerDetails.phone },
    paymentMethod: {
      id: newId('pm'),
      object: 'payment_method',
      type: method.type,
      card: method.card,
      billingDetails: customerDetails.billingDetails,
      createdAt: new Date().toISOString(),
    },
  });
  for (const field of session.customFields) {
    const value = customFieldValues.get(field.key) ?? null;
    const holder = field.text ?? field.numeric ?? field.dropdown;
    if (holder) holder.value = value;
  }
  session.customerDetails = customerDetails;
  session.status = 'complete';
  session.paymentStatus = 'paid';
  record.pendingAction = null;
  store.commit(record);
}

/**
 * @param {SessionRecord} record
 * @param {import('./store.mjs').Store} store
 * @param {Attempt['method']} method
 * @param {Record<string, any>} customerDetails
 * @param {{ code: string, declineCode: string | null, message: string }} failure
 */
export function failPayment(record, store, method, customerDetails, failure) {
  const pi = intentFor(record, store);
  const charge = addCharge(pi, method, customerDetails, {
    succeeded: false,
    failureCode: failure.declineCode ?? failure.code,
    failureMessage: failure.message,
  });
  Object.assign(pi, {
    status: 'requires_payment_method',
    nextAction: null,
    lastPaymentError: {
      type: 'card_error',
      code: failure.code,
      declineCode: failure.declineCode,
      message: failure.message,
      chargeId: charge.id,
      paymentMethodType: method.type,
    },
  });
  record.pendingAction = null;
  store.commit(record);
  return charge;
}

/**
 * Runs a validated attempt and answers as the confirm endpoint does.
 * @param {SessionRecord} record
 * @param {import('./store.mjs').Store} store
 * @param {Attempt} attempt
 * @param {string} origin
 * @returns {{ status: number, body: unknown }}
 */
export function runAttempt(record, store, attempt, origin) {
  const { session } = record;
  const scripted = attempt.scripted;
  if (scripted?.outcome === 'decline') {
    const failure = { code: 'card_declined', declineCode: scripted.declineCode, message: scripted.message };
    const charge = failPayment(record, store, attempt.method, attempt.customerDetails, failure);
    return {
      status: 402,
      body: { error: { type: 'card_error', ...failure, chargeId: charge.id, paymentIntentId: session.paymentIntentId } },
    };
  }
  if (scripted?.outcome === 'redirect') {
    const pi = intentFor(record, store);
    const target = session.returnUrl ?? session.successUrl;
    const returnUrl = target ? target.replaceAll('{CHECKOUT_SESSION_ID}', session.id) : null;
    Object.assign(pi, {
      status: 'requires_action',
      nextAction: {
        type: 'redirect_to_url',
        redirectToUrl: { url: `${origin}/v1/sandbox/authenticate/${pi.id}`, returnUrl },
      },
    });
    record.pendingAction = {
      paymentIntentId: pi.id,
      customerDetails: attempt.customerDetails,
      customFieldValues: attempt.customFieldValues,
      method: attempt.method,
      returnUrl,
    };
    store.commit(record);
    return { status: 200, body: session };
  }
  completePayment(record, store, attempt);
  return { status: 200, body: session };
}
