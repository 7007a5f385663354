// @ts-check
// Projects pricing.mjs's amounts onto a session: line items, totals, fees and their
// presentment-currency twins. Nothing else in the sandbox writes an amount.
import { convertAmount, priceSession } from './pricing.mjs';

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
 * Re-derives every amount from line items, promotion, shipping, tax and fees. Called after
 * anything that could move money, so no handler ever writes an amount itself.
 * @param {import('./sessions.mjs').SessionRecord} record
 */
export function recompute(record) {
  const { session, config } = record;
  const amounts = priceSession({
    lineItems: session.lineItems.map((li) => ({ unitAmount: li.price.unitAmount, quantity: li.quantity })),
    coupon: config.coupon,
    shippingAmount: config.shippingAmount,
    taxRate: config.taxRate,
    feeConfig: config.feeConfig,
  });
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
  const fc = config.feeConfig;
  session.fees =
    fc.feesPassThrough || fc.vatCollectionEnabled
      ? {
          paymentMethodType: null,
          feeAmount: amounts.amountPlatformFee,
          feePercentage: fc.feePercentage,
          vatAmount: amounts.amountCollectedVat,
          totalAmount: amounts.amountPlatformFee + amounts.amountCollectedVat,
          cardInfo: null,
        }
      : null;
}
