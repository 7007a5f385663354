import type { CustomField, Session } from '../api/schema.js';
import { validateEmail, validatePostalCode } from '../lib/address.js';
import { digitsOnly, normalizeDigits } from '../lib/digits.js';
import { normalizePhone, validatePhone } from '../lib/phone.js';
import { addressSpecs } from './address-specs.js';
import {
  addressField,
  BILLING,
  CALLING_CODE,
  customFieldName,
  EMAIL,
  NAME,
  PHONE,
  SAME_AS_BILLING,
  SHIPPING,
  SHIPPING_NAME,
  type FormValues,
} from './checkout-values.js';
import { firstError, type ValidationMessage, type Validator } from './validation.js';

/**
 * One field the customer sees, named by its confirm-body path, with the rules its value must
 * pass. A field with no rules (a country select, an address's second line) is listed too: the
 * list is the form's fields in visual order, which is also the order focus and server errors use.
 */
export interface FieldRule {
  readonly name: string;
  readonly validators: readonly Validator[];
}

const required: Validator = (value) => (value.trim() ? null : { key: 'validation.required' });
const chosen: Validator = (value) => (value ? null : { key: 'validation.chooseOption' });

function addressRules(prefix: string, values: FormValues): FieldRule[] {
  const countryName = addressField(prefix, 'country');
  const country = values[countryName] ?? '';
  const parts = addressSpecs(country).map((spec): FieldRule => {
    const name = addressField(prefix, spec.part);
    // The postal rule knows its own requiredness (and the format it wants).
    if (spec.part === 'postalCode') return { name, validators: [(value) => validatePostalCode(country, value)] };
    return { name, validators: spec.required ? [required] : [] };
  });
  return [{ name: countryName, validators: [] }, ...parts];
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
  if (field.type === 'DROPDOWN') {
    const known = new Set((field.dropdownOptions ?? []).map((option) => option.value));
    const knownOption: Validator = (value) => (!value || known.has(value) ? null : { key: 'validation.optionUnknown' });
    return { name, validators: field.isOptional ? [knownOption] : [chosen, knownOption] };
  }
  const validators: Validator[] = field.isOptional ? [] : [required];
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
  return { name, validators };
}

/**
 * Every field this session asks for, in the order the customer sees them, derived from the
 * session and the current values (the billing country decides the address inputs, "same as
 * billing" hides the shipping address). Pure, so the form derives it afresh on every render.
 */
export function fieldRules(session: Session, values: FormValues): FieldRule[] {
  const rules: FieldRule[] = [{ name: EMAIL, validators: [validateEmail] }];
  if (session.nameCollection) rules.push({ name: NAME, validators: [required] });
  if (session.phoneNumberCollection) {
    rules.push(
      { name: CALLING_CODE, validators: [] },
      { name: PHONE, validators: [(value) => validatePhone(normalizePhone(values[CALLING_CODE] ?? '', value))] },
    );
  }
  if (session.billingAddressCollection) rules.push(...addressRules(BILLING, values));
  if (session.shippingAddressCollection) {
    const sameAsBilling = Boolean(session.billingAddressCollection) && values[SAME_AS_BILLING] === 'true';
    // With the billing address reused, the billing name (when collected) is the recipient too.
    if (!(sameAsBilling && session.nameCollection)) rules.push({ name: SHIPPING_NAME, validators: [required] });
    if (!sameAsBilling) rules.push(...addressRules(SHIPPING, values));
  }
  for (const field of session.customFields ?? []) rules.push(customFieldRule(field));
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
