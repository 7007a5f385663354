// Types for payment-intents.mjs, for TypeScript that imports it (Storybook's fixtures); keep in
// step with its JSDoc.
import type { AttemptMethod, Charge, Customer, CustomerDetails, PaymentIntent, PaymentMethodObject, Session, SessionRecord } from './sessions.mjs';

export declare function newPaymentIntent(session: Session, id: string, now: string): PaymentIntent;
/** `store` is the sandbox's Store; only its intent index is touched. */
export declare function intentFor(record: SessionRecord, store: { linkIntent(paymentIntentId: string, sessionId: string): void }): PaymentIntent;
export declare function addCharge(
  pi: PaymentIntent,
  method: AttemptMethod,
  customerDetails: CustomerDetails,
  result: { succeeded: boolean; failureCode?: string; failureMessage?: string },
): Charge;
export declare function guestCustomer(customerDetails: CustomerDetails): Customer;
export declare function paymentMethodObject(method: AttemptMethod, customerDetails: CustomerDetails): PaymentMethodObject;
