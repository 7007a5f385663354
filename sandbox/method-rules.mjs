// @ts-check
// What a confirm's payment method must meet for *this* session, and what the processor will do
// with it: the method's limits, a card's token, valU's plan, a wallet's number. The customer and
// form rules are confirm-rules.mjs's. No node: imports, like confirm-rules.mjs (the browser
// loads both).
import { HttpError } from './http.mjs';
import { NO_WALLET_NUMBER, VALU_PLANS } from './catalogue.mjs';
import { formatMoney, installmentPlan, withinLimits } from './pricing.mjs';
import { priceWith } from './session-pricing.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').Session} Session
 * @typedef {import('./sessions.mjs').Attempt} Attempt
 * @typedef {import('./catalogue.mjs').PaymentMethodType} PaymentMethodType
 * @typedef {import('zod').output<typeof import('./client-schemas.mjs').confirmSchema>['paymentMethod']} SentMethod
 */

/** @param {string} param @param {string} message @param {string} [code] */
const invalid = (param, message, code = 'parameter_invalid') => new HttpError(400, code, message, { param });

/** Egyptian mobile numbers: 010 (Vodafone), 011 (Etisalat), 012 (Orange), 015 (WE). */
const EGYPTIAN_MOBILE = /^\+201[0125]\d{8}$/;

/**
 * The session's method of that type, if it offers one.
 * @param {Session} session
 * @param {string | undefined} type
 * @returns {PaymentMethodType | undefined}
 */
export function offeredMethod(session, type) {
  return session.paymentMethodTypes.find((m) => m.type === type);
}

/**
 * The refusal for a total outside the method's limits, or null.
 * @param {PaymentMethodType} method
 * @param {number} total
 * @param {string} currency
 * @param {string} param
 */
export function limitRefusal(method, total, currency, param) {
  const limit = withinLimits(method, total);
  if (limit === 'too_small') {
    return invalid(param, `${method.displayName} needs a total of at least ${formatMoney(Number(method.minTransactionAmount), currency)}.`, 'amount_too_small');
  }
  if (limit === 'too_large') {
    return invalid(param, `${method.displayName} allows a total of at most ${formatMoney(Number(method.maxTransactionAmount), currency)}.`, 'amount_too_large');
  }
  return null;
}

/**
 * @param {number} total minor units, valU's fee included
 * @param {string} currency
 */
function plansFor(total, currency) {
  return VALU_PLANS.filter((plan) => total >= plan.minTotal).map((plan) => installmentPlan(plan, total, currency));
}

/**
 * valU's plans for the total the session has with valU chosen, whatever is chosen now.
 * @param {SessionRecord} record
 */
export function valuPlans(record) {
  const { session } = record;
  const method = offeredMethod(session, 'valu');
  if (!method) throw new HttpError(400, 'payment_method_unavailable', 'valU installments is not offered for this checkout session.');
  const total = priceWith(record, { paymentMethodType: 'valu', card: null }).amounts.amountTotal;
  const refusal = limitRefusal(method, total, session.currency, 'paymentMethodType');
  if (refusal) throw new HttpError(400, 'payment_method_unavailable', refusal.message);
  return plansFor(total, session.currency);
}

/**
 * A wallet lives on an Egyptian mobile number; `phone` is already checked and in E.164.
 * @param {string | null} phone
 */
export function checkWalletNumber(phone) {
  if (phone !== null && !EGYPTIAN_MOBILE.test(phone)) {
    throw invalid('customerDetails.phone', 'Mobile wallets need an Egyptian mobile number (010, 011, 012 or 015).', 'invalid_wallet_number');
  }
}

/**
 * A card pays by the token the card frame minted for this session, once.
 * @param {SessionRecord} record
 * @param {string | undefined} id
 */
function checkCardToken(record, id) {
  if (!id) throw invalid('paymentMethod.id', 'Pay by card with the id of a payment method created by the card frame.', 'parameter_missing');
  const stored = record.paymentMethods.get(id);
  // A token of another session is as unknown here as a made-up one: saying more would leak it.
  if (!stored) throw invalid('paymentMethod.id', 'No such payment method for this checkout session.', 'payment_method_invalid');
  if (stored.used) throw invalid('paymentMethod.id', 'This payment method was already used; enter the card again.', 'payment_method_invalid');
  return stored;
}

/**
 * The plan the customer chose, among those the session's (valU) total has.
 * @param {Session} session
 * @param {string | null | undefined} planId
 */
function checkPlan(session, planId) {
  const param = 'paymentMethod.valu.planId';
  if (!planId) throw invalid(param, 'Choose a valU installment plan.', 'parameter_missing');
  const plan = plansFor(session.amountTotal, session.currency).find((p) => p.id === planId);
  if (!plan) throw invalid(param, `valU has no plan ${planId} for this total.`);
  return plan;
}

/**
 * @param {SessionRecord} record
 * @param {SentMethod} pm
 * @param {import('./sessions.mjs').CustomerDetails} customerDetails as checked
 * @returns {Pick<Attempt, 'method' | 'outcome'>}
 */
export function checkPaymentMethod(record, pm, customerDetails) {
  const { session } = record;
  if (!pm) throw invalid('paymentMethod.type', 'Choose a payment method.', 'parameter_missing');
  const method = offeredMethod(session, pm.type);
  if (!method) throw invalid('paymentMethod.type', `${pm.type} is not available for this session.`);
  const refusal = limitRefusal(method, session.amountTotal, session.currency, 'paymentMethod.type');
  if (refusal) throw refusal;
  if (pm.type !== 'card' && pm.id !== undefined) throw invalid('paymentMethod.id', `${pm.type} takes no payment method id.`, 'parameter_unknown');
  if (pm.type !== 'valu' && pm.valu !== undefined) throw invalid('paymentMethod.valu', `${pm.type} takes no valu object.`, 'parameter_unknown');
  const paying = { type: pm.type, paymentMethodId: null, card: null, installmentPlan: null };
  if (pm.type === 'card') {
    const stored = checkCardToken(record, pm.id);
    return { method: { ...paying, paymentMethodId: stored.id, card: stored.card }, outcome: stored.outcome };
  }
  if (pm.type === 'valu') {
    return { method: { ...paying, installmentPlan: checkPlan(session, pm.valu?.planId) }, outcome: { outcome: 'verify_otp', channel: 'sms' } };
  }
  if (pm.type === 'wallet') {
    const outcome = customerDetails.phone === NO_WALLET_NUMBER
      ? { outcome: /** @type {const} */ ('decline'), code: 'payment_declined', declineCode: 'wallet_not_found', message: 'No mobile wallet is registered to this number.' }
      : { outcome: /** @type {const} */ ('verify_otp'), channel: /** @type {const} */ ('wallet') };
    return { method: paying, outcome };
  }
  // Fawry: a reference the customer pays at an outlet.
  return { method: paying, outcome: { outcome: 'display_voucher' } };
}
