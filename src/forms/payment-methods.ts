import type { PaymentMethodType, Session } from '../api/schema.js';

const CARD_ONLY: PaymentMethodType[] = [{ type: 'card', displayName: null }];

function fits(method: PaymentMethodType, total: number): 'too_small' | 'too_large' | null {
  if (method.minTransactionAmount != null && total < method.minTransactionAmount) return 'too_small';
  if (method.maxTransactionAmount != null && total > method.maxTransactionAmount) return 'too_large';
  return null;
}

/** Which payment methods can take this total (CONTRACT §3: min/max transaction amounts). */
export function availableMethods(session: Session): PaymentMethodType[] {
  return (session.paymentMethodTypes ?? CARD_ONLY).filter((method) => fits(method, session.amountTotal) === null);
}

/** A method the total keeps out, and the limit the customer must reach (minor units of the session currency). */
export interface UnavailableMethod {
  method: PaymentMethodType;
  reason: 'too_small' | 'too_large';
  limit: number;
}

/** The methods hidden by their limits, so the customer hears why one they expected is missing. */
export function unavailableMethods(session: Session): UnavailableMethod[] {
  return (session.paymentMethodTypes ?? []).flatMap((method): UnavailableMethod[] => {
    const reason = fits(method, session.amountTotal);
    if (!reason) return [];
    const limit = reason === 'too_small' ? method.minTransactionAmount : method.maxTransactionAmount;
    return limit == null ? [] : [{ method, reason, limit }];
  });
}

/** The method the customer chose, among those this total allows. */
export function chosenMethod(session: Session, type: string | undefined): PaymentMethodType | null {
  return availableMethods(session).find((method) => method.type === type) ?? null;
}

/**
 * Whether the form asks for the customer's name or phone: the session collects it, or the chosen
 * method needs it (`requiredCustomerFields`: valU checks the phone, a wallet is its phone number).
 */
export function collects(session: Session, methodType: string | undefined, field: 'name' | 'phone'): boolean {
  if (field === 'name' ? session.nameCollection : session.phoneNumberCollection) return true;
  return Boolean(chosenMethod(session, methodType)?.requiredCustomerFields?.includes(field));
}

export type SubmitType = NonNullable<Session['submitType']>;

/** The pay button's wording: the session's submit type (PAY when absent), localized, with the amount. */
export function payLabelKey(submitType: Session['submitType']): `pay.${SubmitType}` {
  return `pay.${submitType ?? 'PAY'}`;
}
