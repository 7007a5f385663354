import type { ConfirmBody } from '../api/session-changes.js';
import type { Address, CustomField, InstallmentPlan, Session } from '../api/schema.js';
import type { MessageKey } from '../i18n/en.js';
import { COUNTRY_CODES, countryRules, normalizePostalCode, type AddressPart } from '../lib/address.js';
import { digitsOnly } from '../lib/digits.js';
import { callingCodes, normalizePhone } from '../lib/phone.js';
import { availableMethods, collects } from './payment-methods.js';

/**
 * What the customer typed, keyed by confirm-body path, so a provider 400 naming a `param` finds
 * its field by name (see `fieldForParam` in field-rules.ts).
 */
export type FormValues = Record<string, string>;

export const EMAIL = 'customerDetails.email';
export const NAME = 'customerDetails.name';
export const PHONE = 'customerDetails.phone';
export const CALLING_CODE = 'customerDetails.phoneCallingCode';
export const BILLING = 'customerDetails.billingDetails.address';
export const SHIPPING = 'customerDetails.shipping.address';
export const SHIPPING_NAME = 'customerDetails.shipping.name';
export const SAME_AS_BILLING = 'shippingSameAsBilling';
export const PAYMENT_METHOD = 'paymentMethod.type';
export const INSTALLMENT_PLAN = 'paymentMethod.valu.planId';
export const customFieldName = (key: string) => `customFields.${key}`;
export const addressField = (prefix: string, part: AddressPart | 'country') => `${prefix}.${part}`;

/** The labels of the contact fields, shared by the form's sections and the error summary. */
export const FIELD_LABELS = {
  [EMAIL]: 'field.email',
  [NAME]: 'field.name',
  [CALLING_CODE]: 'field.callingCode',
  [PHONE]: 'field.phone',
  [SHIPPING_NAME]: 'field.recipient',
} as const satisfies Record<string, MessageKey>;

const CURRENCY_COUNTRY: Record<string, string> = {
  EGP: 'EG', SAR: 'SA', AED: 'AE', KWD: 'KW', QAR: 'QA', BHD: 'BH', OMR: 'OM', JOD: 'JO', MAD: 'MA',
  USD: 'US', GBP: 'GB', CAD: 'CA', INR: 'IN', PKR: 'PK', BDT: 'BD', TRY: 'TR', AUD: 'AU', CHF: 'CH', SEK: 'SE',
};

/**
 * Where the customer probably is: the locale's own region (ar-EG), else the currency's home,
 * else the US. A bare language is no hint: `en` would otherwise maximize to the US for an EGP shop.
 */
export function defaultCountry(session: Session, locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  for (const candidate of [region, CURRENCY_COUNTRY[session.currency.toUpperCase()]]) {
    if (candidate && COUNTRY_CODES.includes(candidate)) return candidate;
  }
  return 'US';
}

/** "+201001234567" → ["+20", "1001234567"], by the longest known calling code. */
export function splitPhone(e164: string): [string, string] | null {
  const match = [...callingCodes].sort((a, b) => b.length - a.length).find((code) => e164.startsWith(code));
  return match ? [match, e164.slice(match.length)] : null;
}

function prefillAddress(values: FormValues, prefix: string, address: Address | null | undefined): void {
  if (!address) return;
  for (const part of ADDRESS_PARTS) {
    const value = address[part];
    if (value) values[addressField(prefix, part)] = part === 'country' ? value.toUpperCase() : value;
  }
}

const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'postalCode', 'country'] as const;

function sameAddress(a: Address | null | undefined, b: Address): boolean {
  return ADDRESS_PARTS.every((part) => (a?.[part] ?? '').trim().toUpperCase() === (b[part] ?? '').trim().toUpperCase());
}

/**
 * The value the session already holds for `field` (seed 004: under the field's type, `{ value }`),
 * if any; a dropdown's only while it is still one of the options.
 */
function storedValue(field: CustomField): string {
  const holder = field.type === 'DROPDOWN' ? field.dropdown : field.type === 'NUMERIC' ? field.numeric : field.text;
  const value = holder?.value ?? '';
  if (field.type !== 'DROPDOWN' || (field.dropdownOptions ?? []).some((option) => option.value === value)) return value;
  return '';
}

/**
 * Starting values: what the provider already knows about the customer (`customerDetails`
 * first, then `customer`) and the custom fields' stored values, sensible countries, and the
 * first payment method.
 */
export function initialValues(session: Session, locale: string, firstMethod: string | null): FormValues {
  const country = defaultCountry(session, locale);
  const details = session.customerDetails;
  const customer = session.customer;
  const billing = details?.billingDetails?.address ?? customer?.address;
  const shipping = details?.shipping?.address ?? customer?.shipping?.address;
  const values: FormValues = {
    [EMAIL]: details?.email ?? customer?.email ?? '',
    [NAME]: details?.name ?? customer?.name ?? '',
    [CALLING_CODE]: '',
    [PHONE]: '',
    [addressField(BILLING, 'country')]: country,
    [addressField(SHIPPING, 'country')]: country,
    [SHIPPING_NAME]: details?.shipping?.name ?? customer?.shipping?.name ?? '',
    // A shipping address the provider knows apart from the billing one is shown as it is.
    [SAME_AS_BILLING]: session.billingAddressCollection && (!shipping?.line1 || sameAddress(billing, shipping)) ? 'true' : '',
    [PAYMENT_METHOD]: firstMethod ?? '',
  };
  prefillAddress(values, BILLING, billing);
  prefillAddress(values, SHIPPING, shipping);
  const phone = details?.phone ?? customer?.phone;
  const split = phone ? splitPhone(phone.replace(/[^\d+]/g, '')) : null;
  values[CALLING_CODE] = split?.[0] ?? defaultCallingCode(values[addressField(BILLING, 'country')]);
  values[PHONE] = split?.[1] ?? (phone && !split ? phone : '');
  for (const field of session.customFields ?? []) {
    const stored = storedValue(field);
    if (stored) values[customFieldName(field.key)] = stored;
  }
  return values;
}

export function defaultCallingCode(country: string): string {
  return countryRules(country).callingCode || callingCodes[0];
}

/**
 * The values once the customer set `name`. A new billing country brings its calling code along,
 * unless the customer has a phone number or chose a code of their own.
 */
export function withEditedValue(values: FormValues, name: string, value: string, callingCodeChosen: boolean): FormValues {
  const updates: FormValues = { [name]: value };
  if (name === addressField(BILLING, 'country') && !values[PHONE] && !callingCodeChosen) updates[CALLING_CODE] = defaultCallingCode(value);
  return { ...values, ...updates };
}

export function e164Phone(values: FormValues): string {
  return normalizePhone(values[CALLING_CODE] ?? '', values[PHONE] ?? '');
}

function addressFrom(values: FormValues, prefix: string) {
  const country = values[addressField(prefix, 'country')] ?? '';
  const read = (part: AddressPart) => (values[addressField(prefix, part)] ?? '').trim();
  return {
    line1: read('line1'),
    line2: read('line2'),
    city: read('city'),
    state: read('state'),
    postalCode: normalizePostalCode(country, read('postalCode')),
    country,
  };
}

/**
 * The confirm body (CONTRACT §2) with only the parts the session and the chosen method ask for,
 * and the total the customer was shown (`expectedAmountTotal`). Digits typed in any
 * supported script arrive as Latin digits. The payment method is `{ type }` only: card data
 * never passes through the page, and the root adds the id the card frame minted.
 */
export function buildConfirmBody(session: Session, values: FormValues): ConfirmBody {
  const name = (values[NAME] ?? '').trim();
  const method = values[PAYMENT_METHOD] ?? '';
  const customerDetails: Record<string, unknown> = { email: (values[EMAIL] ?? '').trim() };
  if (collects(session, method, 'name')) customerDetails.name = name;
  if (collects(session, method, 'phone')) customerDetails.phone = e164Phone(values);
  if (session.billingAddressCollection) {
    customerDetails.billingDetails = { name, address: addressFrom(values, BILLING) };
  }
  if (session.shippingAddressCollection) {
    const sameAsBilling = session.billingAddressCollection && values[SAME_AS_BILLING] === 'true';
    customerDetails.shipping = {
      name: (values[SHIPPING_NAME] ?? '').trim() || (sameAsBilling ? name : ''),
      address: addressFrom(values, sameAsBilling ? BILLING : SHIPPING),
    };
  }
  const paymentMethod: ConfirmBody['paymentMethod'] = method === 'valu' ? { type: method, valu: { planId: values[INSTALLMENT_PLAN] ?? '' } } : { type: method };
  const body: ConfirmBody = { customerDetails, paymentMethod, expectedAmountTotal: session.amountTotal };
  const fields = session.customFields ?? [];
  if (fields.length) {
    body.customFields = fields
      .map((field) => {
        const raw = (values[customFieldName(field.key)] ?? '').trim();
        return { key: field.key, value: field.type === 'NUMERIC' ? digitsOnly(raw) : raw };
      })
      .filter((entry) => entry.value !== '');
  }
  return body;
}

/**
 * The values with a choice the session no longer offers undone: a method the new total does
 * not allow gives way to the first that it does, and a plan the provider no longer lists (the
 * total moved) is unchosen. The same object when nothing changes, so a render does not loop.
 */
export function keepOfferedChoices(session: Session, values: FormValues, plans: readonly InstallmentPlan[] | null): FormValues {
  const methods = availableMethods(session);
  const updates: FormValues = {};
  if (methods.length && !methods.some((method) => method.type === values[PAYMENT_METHOD])) updates[PAYMENT_METHOD] = methods[0].type;
  const plan = values[INSTALLMENT_PLAN];
  if (plans && plan && !plans.some((offered) => offered.id === plan)) updates[INSTALLMENT_PLAN] = '';
  return Object.keys(updates).length ? { ...values, ...updates } : values;
}
