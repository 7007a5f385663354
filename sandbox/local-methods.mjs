// @ts-check
// What follows a valU, wallet or Fawry confirm: the one-time code the customer types (verify,
// resend, cancel), the Fawry reference the customer pays at an outlet, and the rule that a code
// or a reference only ever pays the amount and method it was issued for. The confirm that starts
// each is in payments.mjs.
import { HttpError } from './http.mjs';
import { TEST_OTP_CODE } from './catalogue.mjs';
import { completePayment, failPayment, otpExpiry } from './payments.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./store.mjs').Store} Store
 * @typedef {{ status: number, body: unknown }} Reply
 */

/** @param {SessionRecord} record */
function waitingCode(record) {
  const pending = record.pendingAction;
  if (pending?.kind !== 'verify_otp') {
    throw new HttpError(400, 'no_pending_verification', 'No payment is waiting for a one-time code; press pay to get one.');
  }
  return pending;
}

/**
 * Ends a waiting code or voucher with nothing charged: the customer presses pay again for a new
 * one. A 3-D Secure challenge is left alone; its page tells the customer what became of it.
 * @param {SessionRecord} record
 */
export function endWaitingStep(record) {
  const kind = record.pendingAction?.kind;
  const pi = record.session.paymentIntent;
  if ((kind !== 'verify_otp' && kind !== 'display_voucher') || !pi) return;
  record.pendingAction = null;
  Object.assign(pi, { status: 'requires_payment_method', nextAction: null, lastPaymentError: null, updatedAt: new Date().toISOString() });
}

/**
 * A code or voucher stands for the amount and method it was issued for; once a change moves the
 * total or the selected method, it could only pay the wrong amount, so it is void.
 * @param {SessionRecord} record
 */
export function endStaleStep(record) {
  const { pendingAction: pending, session, config } = record;
  if (!pending || !session.paymentIntent) return;
  if (session.paymentIntent.amount !== session.amountTotal || config.selection.paymentMethodType !== pending.method.type) {
    endWaitingStep(record);
  }
}

/**
 * A wrong, late or exhausted code is answered 400, and remembered under its Idempotency-Key like
 * a decline: it used one of the attempt's tries, and a retry of a lost answer must not use another.
 * @param {SessionRecord} record
 * @param {Store} store
 * @param {string} code
 * @returns {Reply}
 */
export function verifyCode(record, store, code) {
  const pending = waitingCode(record);
  const { verifyOtp } = pending;
  /** @param {string} failure @param {string} message */
  const endAttempt = (failure, message) => {
    failPayment(record, store, pending.method, pending.customerDetails, { code: failure, declineCode: null, message });
    return { status: 400, body: new HttpError(400, failure, message).toBody() };
  };
  if (Date.now() >= Date.parse(verifyOtp.expiresAt)) return endAttempt('otp_expired', 'This code has expired. Press pay to get a new one.');
  if (code === TEST_OTP_CODE) {
    completePayment(record, store, pending);
    return { status: 200, body: record.session };
  }
  verifyOtp.attemptsRemaining -= 1;
  if (verifyOtp.attemptsRemaining === 0) return endAttempt('otp_attempts_exceeded', 'That code was wrong too many times. Press pay to get a new one.');
  store.commit(record);
  const wrong = new HttpError(400, 'otp_incorrect', 'That code is not right.', { param: 'code', extra: { attemptsRemaining: verifyOtp.attemptsRemaining } });
  return { status: 400, body: wrong.toBody() };
}

/**
 * A new code, with a new lifetime; the tries left stay as they were.
 * @param {SessionRecord} record
 */
export function resendCode(record) {
  waitingCode(record).verifyOtp.expiresAt = otpExpiry(record);
}

/** @param {SessionRecord} record */
export function cancelVerification(record) {
  waitingCode(record);
  endWaitingStep(record);
}

/**
 * The customer paid the Fawry reference at an outlet (the merchant's sandbox control).
 * @param {SessionRecord} record
 * @param {Store} store
 */
export function payVoucher(record, store) {
  if (record.session.status === 'expired') throw new HttpError(410, 'session_expired', 'This checkout session has expired.');
  const pending = record.pendingAction;
  if (pending?.kind !== 'display_voucher') throw new HttpError(400, 'no_pending_voucher', 'This checkout session has no Fawry reference waiting to be paid.');
  completePayment(record, store, pending);
}
