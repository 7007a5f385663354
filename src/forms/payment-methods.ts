import type { PaymentMethodType, Session } from '../api/schema.js';

/** Which payment methods can take this total (CONTRACT §3: min/max transaction amounts). */
export function availableMethods(session: Session): PaymentMethodType[] {
  const total = session.amountTotal;
  return (session.paymentMethodTypes ?? [{ type: 'card', displayName: null }]).filter(
    (method) =>
      (method.minTransactionAmount == null || total >= method.minTransactionAmount) &&
      (method.maxTransactionAmount == null || total <= method.maxTransactionAmount),
  );
}

export type SubmitType = NonNullable<Session['submitType']>;

/** The pay button's wording: the session's submit type (PAY when absent), localized, with the amount. */
export function payLabelKey(submitType: Session['submitType']): `pay.${SubmitType}` {
  return `pay.${submitType ?? 'PAY'}`;
}
