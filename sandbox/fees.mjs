// @ts-check
// The fee schedule of a session that passes its processing fee on to the customer
// (`feeConfig.feesPassThrough`): what each payment method, and each kind of card, costs.
// Pure; pricing.mjs turns the rule into an amount and session-pricing.mjs shows it.
import { HOME_MARKET } from './catalogue.mjs';
import { minorPerMajor } from './pricing.mjs';

/**
 * @typedef {import('./sessions.mjs').Selection} Selection
 * @typedef {import('./sessions.mjs').CardInfo} CardInfo
 * @typedef {{ percent: number, fixedAmount: number, label: string }} FeeRule
 *   fixedAmount in minor units; label is how the sandbox's own messages name the fee
 */

/** The methods with a rate of their own; `fixedMajor` in major units of the session currency. */
const METHOD_FEES = Object.freeze(
  /** @type {Record<string, { percent: number, fixedMajor: number, label: string }>} */ ({
    valu: { percent: 3, fixedMajor: 0, label: 'valU fee' },
    wallet: { percent: 1.5, fixedMajor: 0, label: 'Mobile wallet fee' },
    fawry: { percent: 0, fixedMajor: 5, label: 'Fawry fee' },
  }),
);

// Card schemes charge the acquirer more for Amex and for cards issued abroad, and Meeza, the
// local scheme, settles on-us for less; the merchant's own rate is the domestic card rate.
const AMEX_EXTRA = 1;
const INTERNATIONAL_EXTRA = 2;
const ON_US_PERCENT = 1;

/** @param {number[]} parts percentages; summed without binary noise (2.1 + 1 stays 3.1) */
function percentSum(...parts) {
  return Number(parts.reduce((a, b) => a + b, 0).toPrecision(12));
}

/**
 * What the fee knows of the card: its brand from the selection, where it was issued once a
 * token says so (until then it counts as domestic).
 * @param {Selection} selection
 * @returns {CardInfo | null}
 */
export function cardInfo(selection) {
  const card = selection.paymentMethodType === 'card' ? selection.card : null;
  if (!card) return null;
  return { brand: card.brand, isOnUs: card.brand === 'meeza', isInternational: card.country !== null && card.country !== HOME_MARKET };
}

/**
 * @param {Selection} selection
 * @param {number} cardPercentage the merchant's `feeConfig.feePercentage`
 * @param {string} currency
 * @returns {FeeRule}
 */
export function feeRule(selection, cardPercentage, currency) {
  if (Object.hasOwn(METHOD_FEES, selection.paymentMethodType)) {
    const { percent, fixedMajor, label } = METHOD_FEES[selection.paymentMethodType];
    return { percent, fixedAmount: fixedMajor * minorPerMajor(currency), label };
  }
  const info = cardInfo(selection);
  const amex = info?.brand === 'amex' ? AMEX_EXTRA : 0;
  if (info?.isInternational) return { percent: percentSum(cardPercentage, INTERNATIONAL_EXTRA, amex), fixedAmount: 0, label: 'International card fee' };
  if (info?.isOnUs) return { percent: ON_US_PERCENT, fixedAmount: 0, label: 'Card fee' };
  return { percent: percentSum(cardPercentage, amex), fixedAmount: 0, label: 'Card fee' };
}
