import type { CustomField, Session } from '../api/schema.js';
import type { MessageKey } from '../i18n/en.js';
import { validateEmail, validatePostalCode } from '../lib/address.js';
import { digitsOnly, normalizeDigits } from '../lib/digits.js';
import { normalizePhone, validatePhone } from '../lib/phone.js';
import { addressSpecs, type AddressPartSpec } from './address-specs.js';
import {
  addressField,
  BILLING,
  CALLING_CODE,
  customFieldName,
  EMAIL,
  FIELD_LABELS,
  INSTALLMENT_PLAN,
  NAME,
  PAYMENT_METHOD,
  PHONE,
  SAME_AS_BILLING,
  SHIPPING,
  SHIPPING_NAME,
  type FormValues,
} from './checkout-values.js';
import { serverErrorMessage } from './field-feedback.js';
import { collects } from './payment-methods.js';
import { firstError, type ValidationMessage, type Validator } from './validation.js';

/** What a field is called, as its label shows it: a catalog key, or the merchant's own words. */
export type FieldLabel = { key: MessageKey } | { text: string };

/**
 * One field the customer sees, named by its confirm-body path, with the rules its value must
 * pass. A field with no rules (a country select, an address's second line) is listed too: the
 * list is the form's fields in visual order, which is also the order focus, server errors and
 * the error summary use.
 */
export interface FieldRule {
  readonly name: string;
  readonly label: FieldLabel;
  readonly validators: readonly Validator[];
}

/** An empty field says which field it is ("Enter your city or town."), not just that one is missing. */
const required =
  (key: MessageKey, params?: ValidationMessage['params']): Validator =>
  (value) =>
    value.trim() ? null : params ? { key, params } : { key };

/**
 * A shared rule (email, phone, postal code) judges emptiness its own way; its generic "missing"
 * verdict becomes this field's own words.
 */
const missingAs =
  (key: MessageKey, validate: Validator): Validator =>
  (value) => {
    const error = validate(value);
    return error?.key === 'validation.required' ? { key } : error;
  };

const ADDRESS_MISSING: Partial<Record<AddressPartSpec['part'], MessageKey>> = {
  line1: 'validation.line1Required',
  city: 'validation.cityRequired',
  state: 'validation.regionRequired',
};

function addressRules(prefix: string, values: FormValues): FieldRule[] {
  const countryName = addressField(prefix, 'country');
  const country = values[countryName] ?? '';
  const parts = addressSpecs(country).map((spec): FieldRule => {
    const name = addressField(prefix, spec.part);
    const label = { key: spec.label };
    // The postal rule knows its own requiredness (and the format it wants).
    if (spec.part === 'postalCode') {
      return { name, label, validators: [missingAs('validation.postalCodeRequired', (value) => validatePostalCode(country, value))] };
    }
    return { name, label, validators: spec.required ? [required(ADDRESS_MISSING[spec.part] ?? 'validation.required')] : [] };
  });
  return [{ name: countryName, label: { key: 'field.country' }, validators: [] }, ...parts];
}

/**
 * How long a custom field's value is, as the provider counts it: the trimmed text, or for a
 * NUMERIC field its digits (typed in any script). The character counter shows the same figure.
 */
export function fieldLength(field: CustomField, value: string): number {
  return field.type === 'NUMERIC' ? digitsOnly(value).length : value.trim().length;
}

function customFieldRule(field: CustomField): FieldRule {
  const name = customFieldName(field.key);
  const label = { text: field.label };
  const params = { label: field.label };
  if (field.type === 'DROPDOWN') {
    const known = new Set((field.dropdownOptions ?? []).map((option) => option.value));
    const knownOption: Validator = (value) => (!value || known.has(value) ? null : { key: 'validation.optionUnknown' });
    return { name, label, validators: field.isOptional ? [knownOption] : [required('validation.optionRequired', params), knownOption] };
  }
  const validators: Validator[] = field.isOptional ? [] : [required('validation.fieldRequired', params)];
  if (field.type === 'NUMERIC') {
    validators.push((value) => (/^\d*$/.test(normalizeDigits(value).trim()) ? null : { key: 'validation.digitsOnly' }));
  }
  const min = field.minCharacters;
  if (min) {
    // An empty optional field is fine; emptiness of a required one is `required`'s message.
    validators.push((value) => {
      const length = fieldLength(field, value);
      return length === 0 || length >= min ? null : { key: 'validation.minLength', params: { count: min } };
    });
  }
  const max = field.maxCharacters;
  if (max) validators.push((value) => (fieldLength(field, value) <= max ? null : { key: 'validation.maxLength', params: { count: max } }));
  return { name, label, validators };
}

/** Egyptian mobile wallets (Vodafone Cash, Orange, Etisalat, WE Pay) live on 010, 011, 012 and 015 numbers. */
const EGYPTIAN_MOBILE = /^\+201[0125]\d{8}$/;

/**
 * Every field this session asks for, in the order the customer sees them, derived from the
 * session and the current values (the billing country decides the address inputs, "same as
 * billing" hides the shipping address). Pure, so the form derives it afresh on every render.
 */
export function fieldRules(session: Session, values: FormValues): FieldRule[] {
  const rule = (name: keyof typeof FIELD_LABELS, validators: Validator[]): FieldRule => ({ name, label: { key: FIELD_LABELS[name] }, validators });
  const rules: FieldRule[] = [rule(EMAIL, [missingAs('validation.emailRequired', validateEmail)])];
  const method = values[PAYMENT_METHOD];
  if (collects(session, method, 'name')) rules.push(rule(NAME, [required('validation.nameRequired')]));
  if (collects(session, method, 'phone')) {
    const e164 = (value: string) => normalizePhone(values[CALLING_CODE] ?? '', value);
    const phone: Validator = (value) => validatePhone(e164(value));
    const validators = [missingAs('validation.phoneRequired', phone)];
    if (method === 'wallet') validators.push((value) => (EGYPTIAN_MOBILE.test(e164(value)) ? null : { key: 'validation.walletPhone' }));
    rules.push(rule(CALLING_CODE, []), { name: PHONE, label: { key: method === 'wallet' ? 'field.walletPhone' : FIELD_LABELS[PHONE] }, validators });
  }
  if (session.billingAddressCollection) rules.push(...addressRules(BILLING, values));
  if (session.shippingAddressCollection) {
    const sameAsBilling = Boolean(session.billingAddressCollection) && values[SAME_AS_BILLING] === 'true';
    // With the billing address reused, the billing name (when collected) is the recipient too.
    if (!(sameAsBilling && session.nameCollection)) rules.push(rule(SHIPPING_NAME, [required('validation.recipientRequired')]));
    if (!sameAsBilling) rules.push(...addressRules(SHIPPING, values));
  }
  for (const field of session.customFields ?? []) rules.push(customFieldRule(field));
  if (method === 'valu') rules.push({ name: INSTALLMENT_PLAN, label: { key: 'payment.plansHeading' }, validators: [required('validation.planRequired')] });
  return rules;
}

/** Each failing field's first message, in rule order; valid fields are absent. */
export function validateFields(rules: readonly FieldRule[], values: FormValues): Map<string, ValidationMessage> {
  const errors = new Map<string, ValidationMessage>();
  for (const rule of rules) {
    const error = firstError(values[rule.name] ?? '', rule.validators);
    if (error) errors.set(rule.name, error);
  }
  return errors;
}

/**
 * The message for a provider 400 at `rule`'s field: a value it says is missing reads as the
 * field itself says it ("Enter your email address."), any other code as `serverErrorMessage`.
 */
export function serverFieldError(rule: FieldRule, code: string | null | undefined): ValidationMessage {
  return (code === 'parameter_missing' ? firstError('', rule.validators) : null) ?? serverErrorMessage(code);
}

/**
 * Provider params that name what the customer typed into another visible field: the billing
 * name is the name field, and a shipping address "same as billing" is the billing address.
 */
function aliases(param: string): string[] {
  const billingName = 'customerDetails.billingDetails.name';
  const shippingAddress = `${SHIPPING}.`;
  if (param === billingName || param === SHIPPING_NAME) return [NAME];
  if (param === 'customerDetails.shipping.phone') return [PHONE];
  if (param === SHIPPING || param.startsWith(shippingAddress)) return [BILLING + param.slice(SHIPPING.length)];
  return [];
}

/**
 * The visible field a provider 400's `param` points at, or null when the form has none.
 * `param` may name the field, a part of it (`customFields.note.value`) or a group of fields
 * (`customerDetails.billingDetails.address`: its first input).
 */
export function fieldForParam(param: string, rules: readonly FieldRule[]): string | null {
  for (const candidate of [param, ...aliases(param)]) {
    const match =
      rules.find((rule) => rule.name === candidate) ??
      rules.find((rule) => candidate.startsWith(`${rule.name}.`)) ??
      rules.find((rule) => rule.name.startsWith(`${candidate}.`));
    if (match) return match.name;
  }
  return null;
}

/**
 * Where a provider 400 naming `param` shows, and what it says there; null when the form shows
 * no such field, so the caller shows the error elsewhere.
 */
export function serverErrorAt(param: string, code: string | null | undefined, rules: readonly FieldRule[]): { name: string; message: ValidationMessage } | null {
  const name = fieldForParam(param, rules);
  const rule = rules.find((candidate) => candidate.name === name);
  return rule ? { name: rule.name, message: serverFieldError(rule, code) } : null;
}
