import type { ConfirmBody } from '../api/client.js';
import type { Address, CustomField, Session } from '../api/schema.js';
import type { MessageKey } from '../i18n/en.js';
import { COUNTRY_CODES, countryRules, normalizePostalCode, type AddressPart } from '../lib/address.js';
import { digitsOnly } from '../lib/digits.js';
import { callingCodes, normalizePhone } from '../lib/phone.js';

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
  for (const part of ['line1', 'line2', 'city', 'state', 'postalCode', 'country'] as const) {
    const value = address[part];
    if (value) values[addressField(prefix, part)] = part === 'country' ? value.toUpperCase() : value;
  }
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
  const values: FormValues = {
    [EMAIL]: details?.email ?? customer?.email ?? '',
    [NAME]: details?.name ?? customer?.name ?? '',
    [CALLING_CODE]: '',
    [PHONE]: '',
    [addressField(BILLING, 'country')]: country,
    [addressField(SHIPPING, 'country')]: country,
    [SHIPPING_NAME]: details?.shipping?.name ?? customer?.shipping?.name ?? '',
    [SAME_AS_BILLING]: session.billingAddressCollection ? 'true' : '',
    [PAYMENT_METHOD]: firstMethod ?? '',
  };
  prefillAddress(values, BILLING, details?.billingDetails?.address ?? customer?.address);
  prefillAddress(values, SHIPPING, details?.shipping?.address ?? customer?.shipping?.address);
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
 * The confirm body (CONTRACT §2) with only the parts the session asks for. Digits typed in any
 * supported script arrive as Latin digits. The payment method is `{ type }` only: card data
 * never passes through the page, and the root adds the id the card frame minted.
 */
export function buildConfirmBody(session: Session, values: FormValues): ConfirmBody {
  const name = (values[NAME] ?? '').trim();
  const customerDetails: Record<string, unknown> = { email: (values[EMAIL] ?? '').trim() };
  if (session.nameCollection) customerDetails.name = name;
  if (session.phoneNumberCollection) customerDetails.phone = e164Phone(values);
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
  const body: ConfirmBody = { customerDetails, paymentMethod: { type: values[PAYMENT_METHOD] ?? '' } };
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
