// @ts-check
// The rules a confirm body must meet for *this* session, answered as the provider's 400 with
// the dotted `param` the widget shows the problem at (the payment method's own rules are in
// method-rules.mjs). The email, postal-code, region and phone rules re-implement the widget's
// (src/lib/address.ts, src/lib/phone.ts) on purpose, as a provider would;
// test/validation/rules-parity.test.ts runs one table of cases against both, so drift is a
// failing test. No node: imports: that test loads this file in the browser.
import { HttpError } from './http.mjs';
import { checkPaymentMethod, checkWalletNumber, offeredMethod } from './method-rules.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').Session} Session
 * @typedef {import('./sessions.mjs').Attempt} Attempt
 * @typedef {import('zod').output<typeof import('./client-schemas.mjs').confirmSchema>} ConfirmBody
 * @typedef {NonNullable<NonNullable<ConfirmBody['customerDetails']>['billingDetails']>['address']} SentAddress
 */

/** RFC 5321 caps a path at 256 octets, two of them the angle brackets. */
const MAX_EMAIL_LENGTH = 254;
/** One @, no spaces, a domain of non-empty dot-separated labels: the widget's rule. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

const FIVE_DIGITS = /^\d{5}$/;
/**
 * Tested after normalizePostalCode(). `separator`: GB and CA codes carry a space before their
 * last 3 characters, Brazilian ones a dash, which customers often leave out.
 * @type {Record<string, { pattern: RegExp, required: boolean, separator?: { beforeLast: number, char: string } }>}
 */
const POSTAL_CODES = {
  US: { pattern: /^\d{5}(?:[ -]\d{4})?$/, required: true },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/, required: true, separator: { beforeLast: 3, char: ' ' } },
  GB: {
    pattern: /^(?:GIR 0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]) \d[ABD-HJLNP-UW-Z]{2})$/,
    required: true,
    separator: { beforeLast: 3, char: ' ' },
  },
  DE: { pattern: FIVE_DIGITS, required: true },
  FR: { pattern: FIVE_DIGITS, required: true },
  // Saudi National Address: 5 digits, optionally a dash and the 4-digit additional number
  // (12643-2121). Optional in SA and KW: few customers know theirs and no carrier needs it.
  SA: { pattern: /^\d{5}(?:-\d{4})?$/, required: false },
  KW: { pattern: FIVE_DIGITS, required: false },
  EG: { pattern: FIVE_DIGITS, required: false },
  BR: { pattern: /^\d{5}-\d{3}$/, required: true, separator: { beforeLast: 3, char: '-' } },
};
// These countries have no postal codes; whatever is typed is ignored rather than refused.
const NO_POSTAL = new Set(['AE', 'QA']);
// A state, province or emirate is part of the address here.
const REGION_REQUIRED = new Set(['US', 'CA', 'AE', 'BR']);

/** @param {string} param @param {string} message */
const missing = (param, message) => new HttpError(400, 'parameter_missing', message, { param });
/** @param {string} param @param {string} message @param {string} [code] */
const invalid = (param, message, code = 'parameter_invalid') => new HttpError(400, code, message, { param });

/** @param {unknown} value */
function clean(value) {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * @param {unknown} value
 * @param {string} [param]
 * @returns {string} the trimmed address
 */
export function checkEmail(value, param = 'customerDetails.email') {
  const email = clean(value);
  if (!email) throw missing(param, 'Email is required.');
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) throw invalid(param, 'Email address is not valid.');
  return email;
}

/**
 * Upper case, single spaces, no spaces around a dash, and the country's separator in its place.
 * @param {string} country
 * @param {string} value
 */
function normalizePostalCode(country, value) {
  const cleaned = value.trim().toUpperCase().replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ');
  const separator = POSTAL_CODES[country]?.separator;
  if (!separator) return cleaned;
  const compact = cleaned.replace(/[\s-]/g, '');
  const split = separator.beforeLast;
  return compact.length <= split ? compact : `${compact.slice(0, -split)}${separator.char}${compact.slice(-split)}`;
}

/**
 * @param {string} country ISO 3166-1 alpha-2, upper case
 * @param {unknown} value
 * @param {string} param
 * @returns {string | null} the normalized code, null where there is none
 */
export function checkPostalCode(country, value, param) {
  if (NO_POSTAL.has(country)) return null;
  const rule = POSTAL_CODES[country];
  const code = rule ? normalizePostalCode(country, clean(value)) : clean(value).toUpperCase();
  if (!code) {
    if (rule?.required) throw missing(param, 'Postal code is required.');
    return null;
  }
  if (rule && !rule.pattern.test(code)) throw invalid(param, 'Postal code is not valid for this country.');
  return code;
}

/**
 * @param {string} country ISO 3166-1 alpha-2, upper case
 * @param {unknown} value
 * @param {string} param
 */
export function checkRegion(country, value, param) {
  const region = clean(value);
  if (!region && REGION_REQUIRED.has(country)) throw missing(param, 'State, province or emirate is required.');
  return region || null;
}

/**
 * @param {SentAddress} address
 * @param {string} prefix dotted param of the address object
 * @returns {import('./sessions.mjs').ConfirmedAddress}
 */
function checkAddress(address, prefix) {
  const a = address ?? {};
  for (const [field, label] of /** @type {const} */ ([['line1', 'Address'], ['city', 'City'], ['country', 'Country']])) {
    if (!clean(a[field])) throw missing(`${prefix}.${field}`, `${label} is required.`);
  }
  const country = clean(a.country).toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalid(`${prefix}.country`, 'Country must be a 2-letter ISO code.');
  return {
    line1: clean(a.line1),
    line2: clean(a.line2) || null,
    city: clean(a.city),
    state: checkRegion(country, a.state, `${prefix}.state`),
    postalCode: checkPostalCode(country, a.postalCode, `${prefix}.postalCode`),
    country,
  };
}

/**
 * @param {string} param
 * @param {unknown} value
 * @param {boolean} required
 * @param {string} [label]
 * @returns {string | null} E.164
 */
export function checkPhone(param, value, required, label = 'Phone number') {
  const phone = clean(value).replace(/[\s\-().]/g, '');
  if (!phone) {
    if (required) throw missing(param, `${label} is required.`);
    return null;
  }
  // E.164 allows at most 15 digits; no supported country has a complete number under 8.
  if (!/^\+\d{8,15}$/.test(phone)) throw invalid(param, `${label} must be in international format, e.g. +201001234567.`);
  return phone;
}

/**
 * A method's `requiredCustomerFields` are required whether or not the session collects them.
 * @param {Session} session
 * @param {NonNullable<ConfirmBody['customerDetails']>} details
 * @param {import('./catalogue.mjs').PaymentMethodType | undefined} method the one the confirm pays with
 * @returns {import('./sessions.mjs').CustomerDetails}
 */
function checkCustomer(session, details, method) {
  const needs = method?.requiredCustomerFields ?? [];
  const email = checkEmail(details.email);
  const name = clean(details.name);
  if ((session.nameCollection || needs.includes('name')) && !name) throw missing('customerDetails.name', 'Name is required.');
  const phone = checkPhone('customerDetails.phone', details.phone, session.phoneNumberCollection || needs.includes('phone'));
  if (method?.type === 'wallet') checkWalletNumber(phone);

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
 * @param {Session['customFields']} fields the session's custom fields
 * @param {NonNullable<ConfirmBody['customFields']>} sent
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
      if (!(field.dropdownOptions ?? []).some((o) => o.value === value)) {
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
 * Card data travels only from the card frame to the payment-methods endpoint (CONTRACT §5);
 * a confirm carrying any is refused before anything else looks at it, and never remembered.
 * @param {unknown} raw the confirm body as sent
 */
export function refuseRawCardData(raw) {
  const pm = raw && typeof raw === 'object' ? /** @type {{ paymentMethod?: unknown }} */ (raw).paymentMethod : undefined;
  if (pm && typeof pm === 'object' && Object.hasOwn(pm, 'card')) {
    throw invalid('paymentMethod.card', 'Card details are not accepted here: the card frame turns them into a payment method id.', 'raw_card_data_not_allowed');
  }
}

/**
 * Checks a (schema-valid) confirm body against the session, in form order, and answers the
 * first problem with the dotted `param` the widget shows it at.
 * @param {SessionRecord} record
 * @param {ConfirmBody} body
 * @returns {Attempt}
 */
export function validateConfirm(record, body) {
  const method = offeredMethod(record.session, body.paymentMethod?.type);
  const customerDetails = checkCustomer(record.session, body.customerDetails ?? {}, method);
  const customFieldValues = checkCustomFields(record.session.customFields, body.customFields ?? []);
  return { customerDetails, customFieldValues, ...checkPaymentMethod(record, body.paymentMethod, customerDetails) };
}
