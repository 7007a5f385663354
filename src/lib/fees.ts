import type { Session } from '../api/schema.js';
import type { MessageKey } from '../i18n/en.js';

const METHOD_FEES: Partial<Record<string, MessageKey>> = {
  valu: 'summary.fee.valu',
  wallet: 'summary.fee.wallet',
  fawry: 'summary.fee.fawry',
};

/**
 * What a processing fee is called, by what causes it: the customer sees "International card
 * fee", not a bare "fee", when their card made the total go up. A fee the provider does not
 * tie to a method keeps the generic name.
 */
export function feeLabelKey(fees: Session['fees']): MessageKey {
  const method = fees?.paymentMethodType;
  if (method === 'card') return fees?.cardInfo?.isInternational ? 'summary.fee.internationalCard' : 'summary.fee.card';
  return (method && METHOD_FEES[method]) || 'summary.platformFee';
}

/** VAT on a passed-through fee is named as such; without fee details it is the session's VAT. */
export function vatLabelKey(fees: Session['fees']): MessageKey {
  return fees ? 'summary.feeVat' : 'summary.vat';
}
