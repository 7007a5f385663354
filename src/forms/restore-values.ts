import type { Session } from '../api/schema.js';
import { COUNTRY_CODES } from '../lib/address.js';
import { callingCodes } from '../lib/phone.js';
import { addressField, BILLING, CALLING_CODE, customFieldName, initialValues, PAYMENT_METHOD, SAME_AS_BILLING, SHIPPING, type FormValues } from './checkout-values.js';
import { initialFeedback, markEdited, type FieldFeedback } from './field-feedback.js';
import { fieldRules } from './field-rules.js';
import { availableMethods } from './payment-methods.js';

/** The choices that decide which other fields a session shows (the address inputs, the shipping block). */
const CHOICES = [addressField(BILLING, 'country'), addressField(SHIPPING, 'country'), SAME_AS_BILLING, CALLING_CODE, PAYMENT_METHOD];

/** Whether the session can hold `value` at `name`: a choice it offers, or any text for a field it asks for. */
function offers(session: Session, name: string, value: string): boolean {
  switch (name) {
    case addressField(BILLING, 'country'):
      return Boolean(session.billingAddressCollection) && COUNTRY_CODES.includes(value);
    case addressField(SHIPPING, 'country'):
      return Boolean(session.shippingAddressCollection) && COUNTRY_CODES.includes(value);
    case SAME_AS_BILLING:
      return Boolean(session.billingAddressCollection && session.shippingAddressCollection) && (value === 'true' || value === '');
    case CALLING_CODE:
      return Boolean(session.phoneNumberCollection) && callingCodes.includes(value);
    case PAYMENT_METHOD:
      return availableMethods(session).some((method) => method.type === value);
  }
  const dropdown = session.customFields?.find((field) => field.type === 'DROPDOWN' && customFieldName(field.key) === name);
  return !dropdown || value === '' || (dropdown.dropdownOptions ?? []).some((option) => option.value === value);
}

/**
 * A new session's starting `values` with what the customer typed for an earlier session of the
 * same checkout laid over them (CONTRACT §6), for exactly the fields the new session asks for:
 * the choices first, since they decide which address inputs exist, then every field of
 * `fieldRules` for the result. A choice the new session does not offer (a payment method it
 * lacks, a dropdown option it no longer has) is left as the session starts it. Returns the
 * merged values and the names taken from `typed`.
 */
export function restoreValues(session: Session, values: FormValues, typed: FormValues): { values: FormValues; restored: string[] } {
  const merged = { ...values };
  const restored: string[] = [];
  const take = (name: string) => {
    const value = typed[name];
    if (value === undefined || !offers(session, name, value)) return;
    merged[name] = value;
    restored.push(name);
  };
  CHOICES.forEach(take);
  for (const { name } of fieldRules(session, merged)) if (!CHOICES.includes(name)) take(name);
  return { values: merged, restored };
}

/**
 * How the form starts a session: from what the provider knows about the customer, with what the
 * customer typed for an earlier session of this checkout kept where the new session asks for it.
 * Kept values still count as typed (so they outlive later sessions too) and, like anything
 * prefilled, say at once whether they are valid.
 */
export function startValues(session: Session, locale: string, typed: FormValues): { values: FormValues; feedback: FieldFeedback } {
  const start = initialValues(session, locale, availableMethods(session)[0]?.type ?? null);
  const { values, restored } = restoreValues(session, start, typed);
  return { values, feedback: restored.reduce(markEdited, initialFeedback(values)) };
}
