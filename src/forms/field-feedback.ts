import type { FormValues } from './checkout-values.js';
import type { ValidationMessage } from './validation.js';

/**
 * What the customer has done with one field (Lion's interaction states). `touched`: left it at
 * least once; `dirty`: changed its value; `prefilled`: it already held a value when the form
 * opened; `submitted`: it was there when the customer pressed pay. `server` is the provider's
 * refusal of the value, until the customer edits it.
 */
export interface FieldInteraction {
  readonly touched: boolean;
  readonly dirty: boolean;
  readonly prefilled: boolean;
  readonly submitted: boolean;
  readonly server: ValidationMessage | null;
}

/** Every field's interaction state by field name; replaced, never mutated, so Lit sees each change. */
export type FieldFeedback = ReadonlyMap<string, FieldInteraction>;

const PRISTINE: FieldInteraction = { touched: false, dirty: false, prefilled: false, submitted: false, server: null };

function interactionOf(feedback: FieldFeedback, name: string): FieldInteraction {
  return feedback.get(name) ?? PRISTINE;
}

function update(feedback: FieldFeedback, names: Iterable<string>, change: (current: FieldInteraction) => FieldInteraction): FieldFeedback {
  const next = new Map(feedback);
  for (const name of names) next.set(name, change(interactionOf(feedback, name)));
  return next;
}

/** The form as it opens: a field that already holds a value says at once whether it is valid. */
export function initialFeedback(values: FormValues): FieldFeedback {
  const feedback = new Map<string, FieldInteraction>();
  for (const [name, value] of Object.entries(values)) if (value) feedback.set(name, { ...PRISTINE, prefilled: true });
  return feedback;
}

/** The customer changed the value; a provider refusal of the old value no longer applies. */
export function markEdited(feedback: FieldFeedback, name: string): FieldFeedback {
  return update(feedback, [name], (current) => ({ ...current, dirty: true, server: null }));
}

/** The customer left the field. */
export function markTouched(feedback: FieldFeedback, name: string): FieldFeedback {
  const current = interactionOf(feedback, name);
  return current.touched ? feedback : update(feedback, [name], () => ({ ...current, touched: true }));
}

/**
 * The customer pressed pay: every field then on screen shows its state. The provider's earlier
 * refusals are dropped, since this attempt asks the provider again.
 */
export function markSubmitted(feedback: FieldFeedback, names: Iterable<string>): FieldFeedback {
  const cleared = update(feedback, feedback.keys(), (current) => ({ ...current, server: null }));
  return update(cleared, names, (current) => ({ ...current, submitted: true }));
}

export function withServerError(feedback: FieldFeedback, name: string, message: ValidationMessage): FieldFeedback {
  return update(feedback, [name], (current) => ({ ...current, server: message }));
}

/** Lion's feedback condition: not while the customer first types, but once they leave, come prefilled, or press pay. */
export function showsFeedback(interaction: FieldInteraction): boolean {
  return (interaction.touched && interaction.dirty) || interaction.prefilled || interaction.submitted;
}

/** The message the field shows: the provider's refusal always, its own rule's only under the feedback condition. */
export function visibleError(feedback: FieldFeedback, name: string, clientError: ValidationMessage | null): ValidationMessage | null {
  const interaction = interactionOf(feedback, name);
  return interaction.server ?? (clientError && showsFeedback(interaction) ? clientError : null);
}

/** The fields the customer changed, whose values a new session of the same checkout should keep. */
export function editedFields(feedback: FieldFeedback): string[] {
  return [...feedback].filter(([, interaction]) => interaction.dirty).map(([name]) => name);
}

/** Provider error codes whose meaning can be said in the customer's language; others read "please check". */
const SERVER_CODE_MESSAGES: Readonly<Record<string, ValidationMessage>> = {
  parameter_missing: { key: 'validation.required' },
  email_invalid: { key: 'validation.email' },
  invalid_promotion_code: { key: 'promo.invalid' },
  // The merchant turned promotion codes off after the page loaded the session.
  promotion_codes_not_allowed: { key: 'promo.notAccepted' },
  quantity_out_of_range: { key: 'validation.quantityRejected' },
};

/** The field message for a provider 400's `code`. */
export function serverErrorMessage(code: string | null | undefined): ValidationMessage {
  return SERVER_CODE_MESSAGES[code ?? ''] ?? { key: 'validation.rejected' };
}
