// @ts-check
// The resources a payment leaves on its session: the one PaymentIntent, a charge per attempt,
// the guest Customer and the PaymentMethod of a success. Factories only; payments.mjs decides
// when each is made.
import { newId } from './ids.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').PaymentIntent} PaymentIntent
 * @typedef {import('./sessions.mjs').CustomerDetails} CustomerDetails
 * @typedef {import('./sessions.mjs').AttemptMethod} AttemptMethod
 */

/**
 * A session's PaymentIntent as the provider first shapes it, every field present and nothing paid
 * yet. Pure, so Storybook's fixtures build theirs with it too.
 * @param {import('./sessions.mjs').Session} session
 * @param {string} id
 * @param {string} now ISO time of creation
 * @returns {PaymentIntent}
 */
export function newPaymentIntent(session, id, now) {
  const p = session.presentmentDetails;
  return {
    id,
    object: 'payment_intent',
    checkoutSessionId: session.id,
    amount: session.amountTotal,
    amountCapturable: 0,
    amountReceived: 0,
    currency: session.currency,
    status: 'requires_payment_method',
    createdAt: now,
    updatedAt: now,
    captureMethod: 'automatic',
    confirmationMethod: 'automatic',
    description: null,
    receiptEmail: null,
    canceledAt: null,
    shipping: null,
    presentmentDetails: p
      ? { amount: p.amount, currency: p.currency, exchangeRate: p.exchangeRate, exchangeRateId: p.exchangeRateId }
      : null,
    latestCharge: null,
    charges: [],
    paymentMethod: null,
    customer: null,
    nextAction: null,
    installmentPlan: null,
    metadata: {},
    lastPaymentError: null,
  };
}

/**
 * The session's one PaymentIntent, created on the first attempt; each attempt adds a charge.
 * @param {SessionRecord} record
 * @param {import('./store.mjs').Store} store
 * @returns {PaymentIntent}
 */
export function intentFor(record, store) {
  const { session } = record;
  if (!session.paymentIntent) {
    session.paymentIntent = newPaymentIntent(session, newId('pi'), new Date().toISOString());
    session.paymentIntentId = session.paymentIntent.id;
    store.linkIntent(session.paymentIntent.id, session.id);
  }
  const pi = session.paymentIntent;
  // The total can move between attempts (quantities, codes); each attempt charges the current one.
  pi.amount = session.amountTotal;
  pi.updatedAt = new Date().toISOString();
  return pi;
}

/**
 * @param {PaymentIntent} pi
 * @param {AttemptMethod} method
 * @param {CustomerDetails} customerDetails
 * @param {{ succeeded: boolean, failureCode?: string, failureMessage?: string }} result
 */
export function addCharge(pi, method, customerDetails, result) {
  const now = new Date().toISOString();
  /** @type {import('./sessions.mjs').Charge} */
  const charge = {
    id: newId('ch'),
    object: 'charge',
    amount: pi.amount,
    amountCaptured: result.succeeded ? pi.amount : 0,
    amountRefunded: 0,
    currency: pi.currency,
    createdAt: now,
    status: result.succeeded ? 'succeeded' : 'failed',
    paid: result.succeeded,
    refunded: false,
    captured: result.succeeded,
    capturedAt: result.succeeded ? now : null,
    failureCode: result.failureCode ?? null,
    failureMessage: result.failureMessage ?? null,
    receiptUrl: null,
    receiptEmail: customerDetails.email ?? null,
    billingDetails: customerDetails.billingDetails ?? null,
    // A charge keeps what a receipt shows of the card, nothing more.
    paymentMethodDetails: { type: method.type, card: method.card ? { brand: method.card.brand, last4: method.card.last4 } : null },
    outcome: { type: result.succeeded ? 'authorized' : 'issuer_declined' },
    paymentIntentId: pi.id,
    presentmentDetails: pi.presentmentDetails,
  };
  pi.charges.push(charge);
  pi.latestCharge = charge;
  return charge;
}

/**
 * customerCreation 'always': a completed guest checkout leaves a Customer behind.
 * @param {CustomerDetails} customerDetails
 * @returns {import('./sessions.mjs').Customer}
 */
export function guestCustomer(customerDetails) {
  return {
    id: newId('cus'),
    type: 'guest',
    name: customerDetails.name,
    email: customerDetails.email,
    phone: customerDetails.phone,
    address: customerDetails.billingDetails?.address ?? null,
    shipping: customerDetails.shipping,
    metadata: {},
  };
}

/**
 * The PaymentMethod a successful intent points at: the card's token, or a fresh id for the
 * methods that have none.
 * @param {AttemptMethod} method
 * @param {CustomerDetails} customerDetails
 * @returns {import('./sessions.mjs').PaymentMethodObject}
 */
export function paymentMethodObject(method, customerDetails) {
  return {
    id: method.paymentMethodId ?? newId('pm'),
    object: 'payment_method',
    type: method.type,
    card: method.card,
    billingDetails: customerDetails.billingDetails,
    createdAt: new Date().toISOString(),
  };
}
