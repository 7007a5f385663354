// @ts-check
// The sandbox's fixed world: payment methods, valU's plans, promotion codes, test cards and test
// numbers. Kept apart from the handlers so sandbox/README.md and the tests have one place to
// agree with.

/** The sandbox's home market: cards issued elsewhere are international, wallets are Egyptian. */
export const HOME_MARKET = 'EG';

/**
 * @typedef {{
 *   type: string, displayName: string, category: string,
 *   minTransactionAmount: string | null, maxTransactionAmount: string | null,
 *   requiredCustomerFields: string[], supportsRefund: boolean, supportsPartialRefund: boolean,
 *   supportsPartialCapture: boolean, paymentConfirmation: string,
 * }} PaymentMethodType
 */

/** @param {Partial<PaymentMethodType> & Pick<PaymentMethodType, 'type' | 'displayName' | 'category'>} fields */
function method({ type, displayName, category, ...rest }) {
  // Catalogue keys first, so the JSON reads like the provider's.
  return Object.freeze({
    type,
    displayName,
    category,
    minTransactionAmount: null,
    maxTransactionAmount: null,
    requiredCustomerFields: [],
    supportsRefund: true,
    supportsPartialRefund: true,
    supportsPartialCapture: false,
    paymentConfirmation: 'immediate',
    ...rest,
  });
}

/** Limits are minor units of the session currency, as strings (the provider's format). */
export const PAYMENT_METHODS = Object.freeze(
  /** @type {Record<string, PaymentMethodType>} */ ({
    card: method({ type: 'card', displayName: 'Card', category: 'card', minTransactionAmount: '100' }),
    valu: method({
      type: 'valu',
      displayName: 'valU installments',
      category: 'bnpl',
      minTransactionAmount: '50000',
      maxTransactionAmount: '10000000',
      requiredCustomerFields: ['name', 'phone'],
      supportsPartialRefund: false,
    }),
    wallet: method({
      type: 'wallet',
      displayName: 'Mobile wallet',
      category: 'wallet',
      minTransactionAmount: '100',
      maxTransactionAmount: '3000000',
      requiredCustomerFields: ['phone'],
    }),
    fawry: method({
      type: 'fawry',
      displayName: 'Fawry reference',
      category: 'voucher',
      minTransactionAmount: '100',
      requiredCustomerFields: ['phone'],
      supportsPartialRefund: false,
      paymentConfirmation: 'delayed',
    }),
  }),
);

/**
 * valU's plans, in the order offered. `interestRate` is a whole percent of the total over the
 * whole tenor; `minTotal` (minor units) keeps a long plan off small totals.
 * @type {ReadonlyArray<{ id: string, tenorMonths: number, interestRate: number, minTotal: number }>}
 */
export const VALU_PLANS = Object.freeze([
  { id: 'valu_3', tenorMonths: 3, interestRate: 0, minTotal: 0 },
  { id: 'valu_6', tenorMonths: 6, interestRate: 7, minTotal: 0 },
  { id: 'valu_12', tenorMonths: 12, interestRate: 14, minTotal: 0 },
  { id: 'valu_24', tenorMonths: 24, interestRate: 28, minTotal: 200000 },
]);

/** The one code that verifies a valU or wallet payment; every other code is wrong. */
export const TEST_OTP_CODE = '123456';
/** A well-formed Egyptian mobile number with no wallet registered to it. */
export const NO_WALLET_NUMBER = '+201000000000';

/**
 * Promotion codes, matched case-insensitively. `amountOffMajor` is in major units of the
 * session currency so one code works in EGP, KWD and JPY alike.
 * @type {Readonly<Record<string, { name: string, percentOff: number | null, amountOffMajor: number | null, expired?: boolean }>>}
 */
export const PROMOTION_CODES = Object.freeze({
  WELCOME10: { name: '10% off', percentOff: 10, amountOffMajor: null },
  FLAT50: { name: '50 off', percentOff: null, amountOffMajor: 50 },
  EXPIRED10: { name: '10% off', percentOff: 10, amountOffMajor: null, expired: true },
});

/**
 * @typedef {{ outcome: 'succeed' } | { outcome: 'decline', declineCode: string, message: string } | { outcome: 'redirect' }} CardOutcome
 * @typedef {{ funding: 'credit' | 'debit' | 'prepaid', country: string }} CardOrigin
 * @typedef {CardOutcome & Partial<CardOrigin>} TestCard
 */

/** What a Luhn-valid number not in TEST_CARDS is: a card of the sandbox's home market that pays. */
export const DEFAULT_CARD = Object.freeze(/** @type {CardOutcome & CardOrigin} */ ({ outcome: 'succeed', funding: 'credit', country: HOME_MARKET }));

/**
 * Card numbers with a scripted outcome or origin; the rest is DEFAULT_CARD's.
 * @type {Readonly<Record<string, TestCard>>}
 */
export const TEST_CARDS = Object.freeze({
  '4000000000000002': { outcome: 'decline', declineCode: 'generic_decline', message: 'Your card was declined.' },
  '4000000000009995': { outcome: 'decline', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000002760003184': { outcome: 'redirect' },
  '4000056655665556': { outcome: 'succeed', funding: 'debit' },
  // Issued abroad: the session's market is EG, these cards' country is not.
  '4000008260000000': { outcome: 'succeed', country: 'GB' },
  '371449635398431': { outcome: 'succeed', country: 'US' },
});

/**
 * The outcome and origin of a card number (digits only).
 * @param {string} digits
 * @returns {CardOutcome & CardOrigin}
 */
export function testCard(digits) {
  return { ...DEFAULT_CARD, ...(Object.hasOwn(TEST_CARDS, digits) ? TEST_CARDS[digits] : {}) };
}

/** @param {string} digits */
export function luhnValid(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** @param {string} digits */
export function cardBrand(digits) {
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'mastercard';
  if (/^507803|^507808|^507809|^507810/.test(digits)) return 'meeza';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  if (/^35/.test(digits)) return 'jcb';
  return 'unknown';
}
