import type { MessageKey } from '../i18n/en.js';
import type { FieldLabel, FieldRule } from './field-rules.js';
import type { ValidationMessage } from './validation.js';

/** The card entry as the summary (and the form's DOM id) names it: the payment method's card. */
export const CARD_ENTRY = 'paymentMethod.card';

/** One problem the error summary lists, and the field its link leads to. */
export interface SummaryEntry {
  /** A field rule's name, or CARD_ENTRY. */
  name: string;
  message: ValidationMessage;
  /** Said before a message that does not name its field; null when the message does. */
  label: FieldLabel | null;
}

/**
 * Messages that do not say which field they are about ("Use digits only."). Every other one
 * does ("Enter your email address.", "Fill in “Order reference”."), and reads alone, as the
 * GOV.UK error summary has it: the same words as at the field.
 */
const UNNAMED: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'validation.required',
  'validation.minLength',
  'validation.maxLength',
  'validation.digitsOnly',
  'validation.optionUnknown',
  'validation.rejected',
]);

const entry = (name: string, label: FieldLabel, message: ValidationMessage): SummaryEntry => ({
  name,
  message,
  label: UNNAMED.has(message.key) ? label : null,
});

/**
 * What the error summary lists: every field showing an error, in the order the customer sees
 * them, then the card entry (the form's last field) when its frame reports one. The card's frame
 * names only its first error; the next one appears here once that one is fixed.
 */
export function summaryEntries(
  rules: readonly FieldRule[],
  errorFor: (name: string) => ValidationMessage | null,
  cardError: ValidationMessage | null,
): SummaryEntry[] {
  const entries = rules.flatMap((rule) => {
    const message = errorFor(rule.name);
    return message ? [entry(rule.name, rule.label, message)] : [];
  });
  if (cardError) entries.push(entry(CARD_ENTRY, { key: 'card.frameTitle' }, cardError));
  return entries;
}
