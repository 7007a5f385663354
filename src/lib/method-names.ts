import type { PaymentMethodType } from '../api/schema.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translator } from '../i18n/translator.js';

/**
 * The methods the widget knows are named in the customer's language. The provider's
 * `displayName` has no language of its own (the session says nothing of one, and the sandbox's
 * is English whatever the locale), so it names only the methods the catalogs do not.
 */
const METHOD_NAMES: Partial<Record<string, MessageKey>> = {
  card: 'method.card',
  valu: 'method.valu',
  wallet: 'method.wallet',
  fawry: 'method.fawry',
};

/** A payment method's name for the customer: the catalog's, else the provider's, else its type. */
export function methodName(i18n: Translator, method: Pick<PaymentMethodType, 'type' | 'displayName'>): string {
  const key = METHOD_NAMES[method.type];
  return key ? i18n.t(key) : (method.displayName ?? method.type);
}
