// @ts-check
// What each outcome of a validated attempt (success, decline, 3-D Secure redirect, a one-time
// code to verify, a voucher to pay) does to the session and its PaymentIntent. The rules an
// attempt must pass first are in confirm-rules.mjs and method-rules.mjs; what follows a code or a
// voucher is in local-methods.mjs.
import { randomDigits } from './ids.mjs';
import { addCharge, guestCustomer, intentFor, paymentMethodObject } from './payment-intents.mjs';
import { consumeCardToken } from './payment-methods.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').Attempt} Attempt
 * @typedef {import('./store.mjs').Store} Store
 */

/** How many wrong codes end an attempt, and the digits each code has. */
const OTP_ATTEMPTS = 3;
const OTP_LENGTH = 6;

/**
 * A code stands `sandbox.otpExpiresAfterSeconds` (5 minutes unless a test shortens it), never
 * past its session.
 * @param {SessionRecord} record
 */
export function otpExpiry(record) {
  const until = Date.now() + record.config.sandbox.otpExpiresAfterSeconds * 1000;
  return new Date(Math.min(until, Date.parse(record.session.expiresAt))).toISOString();
}

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
 * The attempt now waits on the customer, as `pending` says; the PaymentIntent shows what for.
 * @param {SessionRecord} record
 * @param {Store} store
 * @param {import('./sessions.mjs').PaymentIntent} pi
 * @param {import('./sessions.mjs').PendingAction} pending
 * @param {Partial<import('./sessions.mjs').PaymentIntent>} shown
 */
function awaitCustomer(record, store, pi, pending, shown) {
  Object.assign(pi, { status: 'requires_action', ...shown });
  record.pendingAction = pending;
  store.commit(record);
  return { status: 200, body: record.session };
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
  const pi = intentFor(record, store);
  pi.installmentPlan = attempt.method.installmentPlan;
  if (outcome.outcome === 'decline') {
    const failure = { code: 'code' in outcome ? outcome.code : 'card_declined', declineCode: outcome.declineCode, message: outcome.message };
    const charge = failPayment(record, store, attempt.method, attempt.customerDetails, failure);
    return {
      status: 402,
      body: { error: { type: 'card_error', ...failure, chargeId: charge.id, paymentIntentId: session.paymentIntentId } },
    };
  }
  const waiting = { ...paid, paymentIntentId: pi.id };
  if (outcome.outcome === 'redirect') {
    const target = session.returnUrl ?? session.successUrl;
    const returnUrl = target ? target.replaceAll('{CHECKOUT_SESSION_ID}', session.id) : null;
    return awaitCustomer(record, store, pi, { ...waiting, kind: 'redirect', returnUrl }, {
      nextAction: { type: 'redirect_to_url', redirectToUrl: { url: `${origin}/v1/sandbox/authenticate/${pi.id}`, returnUrl } },
    });
  }
  // A code or a voucher is a fresh start: the step shows the customer no earlier decline.
  if (outcome.outcome === 'verify_otp') {
    const verifyOtp = {
      channel: outcome.channel,
      phoneHint: `•••• ${(attempt.customerDetails.phone ?? '').slice(-4)}`,
      codeLength: OTP_LENGTH,
      attemptsRemaining: OTP_ATTEMPTS,
      expiresAt: otpExpiry(record),
    };
    return awaitCustomer(record, store, pi, { ...waiting, kind: 'verify_otp', verifyOtp }, {
      nextAction: { type: 'verify_otp', verifyOtp },
      lastPaymentError: null,
    });
  }
  if (outcome.outcome === 'display_voucher') {
    const displayVoucher = {
      provider: /** @type {const} */ ('fawry'),
      reference: randomDigits(9),
      amount: session.amountTotal,
      currency: session.currency,
      expiresAt: session.expiresAt,
    };
    return awaitCustomer(record, store, pi, { ...waiting, kind: 'display_voucher' }, {
      nextAction: { type: 'display_voucher', displayVoucher },
      lastPaymentError: null,
    });
  }
  completePayment(record, store, paid);
  return { status: 200, body: session };
}
