// @ts-check
// Projects pricing.mjs's amounts onto a session: line items, totals, fees and their
// presentment-currency twins. Nothing else in the sandbox writes an amount.
import { cardInfo, feeRule } from './fees.mjs';
import { convertAmount, priceSession, withinLimits } from './pricing.mjs';

/** @typedef {import('./sessions.mjs').SessionRecord} SessionRecord */

/**
 * Each part converted on its own, and the presentment total as their sum, so the rows a
 * customer sees in the presentment currency add up exactly (converting the total separately
 * can differ by a minor unit). `amountShipping` extends the seed's object, which has none.
 * @param {import('./pricing.mjs').SessionAmounts} amounts
 * @param {(amount: number) => number} convert
 * @param {import('./sessions.mjs').PresentmentRate} p
 * @returns {import('./sessions.mjs').PresentmentDetails}
 */
function presentmentTotals(amounts, convert, p) {
  const parts = {
    amountSubtotal: convert(amounts.amountSubtotal),
    amountDiscount: convert(amounts.amountDiscount),
    amountShipping: convert(amounts.amountShipping),
    amountTax: convert(amounts.amountTax),
    amountPlatformFee: convert(amounts.amountPlatformFee),
    amountCollectedVat: convert(amounts.amountCollectedVat),
  };
  const total =
    parts.amountSubtotal - parts.amountDiscount + parts.amountShipping + parts.amountTax + parts.amountPlatformFee + parts.amountCollectedVat;
  return { amount: total, currency: p.currency, exchangeRate: p.exchangeRate, exchangeRateId: p.exchangeRateId, amountTotal: total, ...parts };
}

/**
 * The session's amounts as they would be with `selection`, and the fee rule behind them (null
 * when the merchant bears the fee). VAT is collected on the fee only: goods tax is `taxRate`.
 * @param {SessionRecord} record
 * @param {import('./sessions.mjs').Selection} selection
 */
export function priceWith(record, selection) {
  const { session, config } = record;
  const fc = config.feeConfig;
  const rule = fc?.feesPassThrough ? feeRule(selection, fc.feePercentage, session.currency) : null;
  const amounts = priceSession({
    lineItems: session.lineItems.map((li) => ({ unitAmount: li.price.unitAmount, quantity: li.quantity })),
    coupon: config.coupon,
    shippingAmount: config.shippingAmount,
    taxRate: config.taxRate,
    fee: rule,
    vatRate: fc?.vatCollectionEnabled ? fc.vatCollectionRate : 0,
  });
  return { amounts, rule };
}

/**
 * What a new session is paying with: the first of its methods whose limits admit the total that
 * method itself makes (its fee included), else the first; no card brand known yet.
 * @param {SessionRecord} record
 * @returns {import('./sessions.mjs').Selection}
 */
export function initialSelection(record) {
  const choices = record.session.paymentMethodTypes.map((method) => ({ method, selection: { paymentMethodType: method.type, card: null } }));
  const fits = choices.find(({ method, selection }) => withinLimits(method, priceWith(record, selection).amounts.amountTotal) === null);
  return (fits ?? choices[0]).selection;
}

/**
 * Re-derives every amount from line items, promotion, shipping, tax and the fee of the current
 * selection. Called after anything that could move money, so no handler ever writes an amount.
 * @param {SessionRecord} record
 */
export function recompute(record) {
  const { session, config } = record;
  const { amounts, rule } = priceWith(record, config.selection);
  const p = config.presentment;
  const convert = (/** @type {number} */ amount) => (p ? convertAmount(amount, session.currency, p.currency, p.exchangeRate) : 0);

  session.lineItems.forEach((li, i) => {
    Object.assign(li, amounts.lines[i]);
    li.presentmentDetails = p
      ? { currency: p.currency, amountSubtotal: convert(li.amountSubtotal), amountTotal: convert(li.amountTotal) }
      : null;
  });
  session.amountSubtotal = amounts.amountSubtotal;
  session.amountTotal = amounts.amountTotal;
  session.totalDetails = {
    amountDiscount: amounts.amountDiscount,
    amountShipping: amounts.amountShipping,
    amountTax: amounts.amountTax,
    amountPlatformFee: amounts.amountPlatformFee,
    amountCollectedVat: amounts.amountCollectedVat,
  };
  session.presentmentDetails = p ? presentmentTotals(amounts, convert, p) : null;
  session.fees = rule
    ? {
        paymentMethodType: config.selection.paymentMethodType,
        feeAmount: amounts.amountPlatformFee,
        feePercentage: rule.percent,
        fixedAmount: rule.fixedAmount,
        vatAmount: amounts.amountCollectedVat,
        totalAmount: amounts.amountPlatformFee + amounts.amountCollectedVat,
        cardInfo: cardInfo(config.selection),
      }
    : null;
}
