import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/types.js';

/**
 * A validation result is a localization key with its parameters, never a sentence:
 * the element renders it in the customer's language (the Lion model).
 */
export interface ValidationMessage {
  key: MessageKey;
  params?: MessageParams;
}

export type Validator<T = string> = (value: T) => ValidationMessage | null;

/** One message per field, so validators go most basic first: "required" before any format. */
export function firstError<T>(value: T, validators: readonly Validator<T>[]): ValidationMessage | null {
  for (const validate of validators) {
    const message = validate(value);
    if (message) return message;
  }
  return null;
}
