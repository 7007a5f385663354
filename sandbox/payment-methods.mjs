// @ts-check
// Card payment methods (CONTRACT §5): the card frame sends the number here once, and gets back
// a token that a confirm pays with. The number and CVC are checked and dropped: a token keeps
// brand, last4, expiry, funding, country and the test outcome the number stands for.
import { HttpError } from './http.mjs';
import { newId } from './ids.mjs';
import { cardBrand, luhnValid, testCard } from './catalogue.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').StoredCard} StoredCard
 * @typedef {import('zod').output<typeof import('./client-schemas.mjs').paymentMethodSchema>['card']} CardInput
 */

/** How far ahead an expiry date may be, as card networks issue them. */
const MAX_YEARS_AHEAD = 50;

/** @param {string} param @param {string} message @param {string} code */
const invalid = (param, message, code) => new HttpError(400, code, message, { param });

/**
 * The card rules, in the order the frame shows its inputs. Params name the frame's inputs:
 * `card.number`, `card.expMonth` / `card.expYear` (both the expiry input), `card.cvc`.
 * @param {CardInput} card
 * @param {Date} now
 * @returns {{ digits: string, brand: string, expMonth: number, expYear: number }}
 */
export function checkCard(card, now) {
  const digits = card.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) {
    throw invalid('card.number', 'Your card number is incorrect.', 'incorrect_number');
  }
  const expMonth = card.expMonth;
  const expYear = card.expYear < 100 ? 2000 + card.expYear : card.expYear;
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) {
    throw invalid('card.expMonth', "Your card's expiration month is invalid.", 'invalid_expiry_month');
  }
  const thisYear = now.getUTCFullYear();
  if (expYear < thisYear || expYear > thisYear + MAX_YEARS_AHEAD) {
    throw invalid('card.expYear', "Your card's expiration year is invalid.", 'invalid_expiry_year');
  }
  if (expYear === thisYear && expMonth < now.getUTCMonth() + 1) {
    throw invalid('card.expMonth', "Your card's expiration date is in the past.", 'invalid_expiry_month');
  }
  const brand = cardBrand(digits);
  if (!(brand === 'amex' ? /^\d{4}$/ : /^\d{3}$/).test(card.cvc)) {
    throw invalid('card.cvc', "Your card's security code is invalid.", 'invalid_cvc');
  }
  return { digits, brand, expMonth, expYear };
}

/**
 * Mints a single-use token for this session.
 * @param {SessionRecord} record
 * @param {CardInput} card
 * @param {Date} [now]
 * @returns {StoredCard}
 */
export function createCardToken(record, card, now = new Date()) {
  const { digits, brand, expMonth, expYear } = checkCard(card, now);
  const { funding, country, ...outcome } = testCard(digits);
  /** @type {StoredCard} */
  const stored = {
    id: newId('pm'),
    card: { brand, last4: digits.slice(-4), expMonth, expYear, funding, country },
    outcome,
    used: false,
  };
  record.paymentMethods.set(stored.id, stored);
  return stored;
}

/**
 * The token as the API shows it.
 * @param {StoredCard} stored
 * @returns {import('./sessions.mjs').TokenizedCard}
 */
export function tokenizedCard(stored) {
  return { id: stored.id, type: 'card', card: { ...stored.card } };
}

/**
 * Marks the attempt's token used; called once the attempt reaches the processor, so a body
 * refused by validation leaves the token usable.
 * @param {SessionRecord} record
 * @param {string | null} paymentMethodId
 */
export function consumeCardToken(record, paymentMethodId) {
  const stored = paymentMethodId === null ? undefined : record.paymentMethods.get(paymentMethodId);
  if (stored) stored.used = true;
}
