// @ts-check
// What each outcome of a validated attempt (success, decline, 3-D Secure redirect) does to the
// session and its PaymentIntent. The rules an attempt must pass first are in confirm-rules.mjs.
import { addCharge, guestCustomer, intentFor, paymentMethodObject } from './payment-intents.mjs';
import { consumeCardToken } from './payment-methods.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').Attempt} Attempt
 * @typedef {import('./store.mjs').Store} Store
 */

/**
 * @param {SessionRecord} record
 * @param {Store} store
 * @param {Omit<Attempt, 'outcome'>} attempt
 */
export function completePayment(record, store, { customerDetails, method }) {
  const { session } = record;
  const pi = intentFor(record, store);
  addCharge(pi, method, customerDetails, { succeeded: true });
  if (!session.customer) {
    session.customer = guestCustomer(customerDetails);
    session.customerId = session.customer.id;
  }
  Object.assign(pi, {
    status: 'succeeded',
    amountReceived: pi.amount,
    receiptEmail: customerDetails.email,
    shipping: customerDetails.shipping,
    nextAction: null,
    lastPaymentError: null,
    customer: { id: session.customerId, name: customerDetails.name, email: customerDetails.email, phone: customerDetails.phone },
    paymentMethod: paymentMethodObject(method, customerDetails),
  });
  session.status = 'complete';
  session.paymentStatus = 'paid';
  record.pendingAction = null;
  store.commit(record);
}

/**
 * @param {SessionRecord} record
 * @param {Store} store
 * @param {Attempt['method']} method
 * @param {Attempt['customerDetails']} customerDetails
 * @param {{ code: string, declineCode: string | null, message: string }} failure
 */
export function failPayment(record, store, method, customerDetails, failure) {
  const pi = intentFor(record, store);
  const charge = addCharge(pi, method, customerDetails, {
    succeeded: false,
    failureCode: failure.declineCode ?? failure.code,
    failureMessage: failure.message,
  });
  Object.assign(pi, {
    status: 'requires_payment_method',
    nextAction: null,
    lastPaymentError: {
      type: 'card_error',
      code: failure.code,
      declineCode: failure.declineCode,
      message: failure.message,
      chargeId: charge.id,
      paymentMethodType: method.type,
    },
  });
  record.pendingAction = null;
  store.commit(record);
  return charge;
}

/**
 * The session keeps what the customer submitted with every attempt that passed validation,
 * whatever its outcome, as providers do: a customer back from a refused 3-D Secure, or reloading
 * after a decline, finds the form as they filled it. Custom field values go in the seed's holders
 * (`text.value`, `numeric.value`, `dropdown.value`); a field left empty is cleared.
 * @param {import('./sessions.mjs').Session} session
 * @param {Pick<Attempt, 'customerDetails' | 'customFieldValues'>} attempt
 */
function keepSubmitted(session, { customerDetails, customFieldValues }) {
  session.customerDetails = customerDetails;
  for (const field of session.customFields) {
    const holder = field.text ?? field.numeric ?? field.dropdown;
    if (holder) holder.value = customFieldValues.get(field.key) ?? null;
  }
}

/**
 * Runs a validated attempt and answers as the confirm endpoint does. Reaching here is
 * reaching the processor: the card's token is spent whatever the outcome.
 * @param {SessionRecord} record
 * @param {Store} store
 * @param {Attempt} attempt
 * @param {string} origin
 * @returns {{ status: number, body: unknown }}
 */
export function runAttempt(record, store, attempt, origin) {
  const { session } = record;
  const { outcome, ...paid } = attempt;
  consumeCardToken(record, attempt.method.paymentMethodId);
  keepSubmitted(session, attempt);
  if (outcome.outcome === 'decline') {
    const failure = { code: 'card_declined', declineCode: outcome.declineCode, message: outcome.message };
    const charge = failPayment(record, store, attempt.method, attempt.customerDetails, failure);
    return {
      status: 402,
      body: { error: { type: 'card_error', ...failure, chargeId: charge.id, paymentIntentId: session.paymentIntentId } },
    };
  }
  if (outcome.outcome === 'redirect') {
    const pi = intentFor(record, store);
    const target = session.returnUrl ?? session.successUrl;
    const returnUrl = target ? target.replaceAll('{CHECKOUT_SESSION_ID}', session.id) : null;
    Object.assign(pi, {
      status: 'requires_action',
      nextAction: {
        type: 'redirect_to_url',
        redirectToUrl: { url: `${origin}/v1/sandbox/authenticate/${pi.id}`, returnUrl },
      },
    });
    record.pendingAction = { ...paid, paymentIntentId: pi.id, returnUrl };
    store.commit(record);
    return { status: 200, body: session };
  }
  completePayment(record, store, paid);
  return { status: 200, body: session };
}
