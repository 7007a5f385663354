// @ts-check
// Money, and nothing else: pure functions over integers in minor units. The widget never
// computes a total; everything it shows comes from here.

const THREE_DECIMALS = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND']);
const ZERO_DECIMALS = new Set(['JPY']);

/** @param {string} currency ISO 4217, upper case */
export function currencyDecimals(currency) {
  if (ZERO_DECIMALS.has(currency)) return 0;
  if (THREE_DECIMALS.has(currency)) return 3;
  return 2;
}

/** @param {string} currency */
export function minorPerMajor(currency) {
  return 10 ** currencyDecimals(currency);
}

/**
 * "2000.00 EGP", or with `grouped` "2,000.00 EGP": plain and locale-free, for the sandbox's own
 * messages and pages.
 * @param {number} amount minor units
 * @param {string} currency
 * @param {{ grouped?: boolean }} [options]
 */
export function formatMoney(amount, currency, { grouped = false } = {}) {
  const decimals = currencyDecimals(currency);
  const [whole, fraction] = (amount / 10 ** decimals).toFixed(decimals).split('.');
  const shown = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${fraction === undefined ? shown : `${shown}.${fraction}`} ${currency}`;
}

/**
 * Units of each currency per 1 USD. Fixed so that tests and screenshots are reproducible;
 * they are plausible, not live.
 */
export const SANDBOX_RATES = Object.freeze({
  USD: 1,
  EGP: 50.6,
  EUR: 0.92,
  GBP: 0.79,
  SAR: 3.75,
  AED: 3.6725,
  KWD: 0.3075,
  QAR: 3.64,
  BHD: 0.376,
  OMR: 0.3845,
  JOD: 0.709,
  JPY: 151.5,
});

/**
 * Half-up rounding that ignores binary noise such as 1.005 * 100 = 100.49999999999999.
 * Amounts are never negative here, so "up" and "away from zero" agree.
 * @param {number} value
 */
export function roundAmount(value) {
  return Math.round(Number(value.toPrecision(12)));
}

/**
 * Splits an integer total over weights so that the parts are integers that sum to it
 * exactly (largest remainder; ties go to the earlier entry, so results are stable).
 * @param {number} total
 * @param {number[]} weights
 * @returns {number[]}
 */
export function allocate(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(Number(x.toPrecision(12))));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0 && k < order.length; k += 1, rest -= 1) parts[order[k].i] += 1;
  return parts;
}

/**
 * @typedef {{ percentOff: number | null, amountOff: number | null }} Coupon  amountOff in minor units
 * @typedef {{ feesPassThrough: boolean, feePercentage: number, vatCollectionEnabled: boolean, vatCollectionRate: number }} FeeConfig
 * @typedef {{ percent: number, fixedAmount: number }} Fee  fixedAmount in minor units
 * @typedef {{ amountSubtotal: number, amountDiscount: number, amountTax: number, amountTotal: number }} LineAmounts
 * @typedef {{
 *   lines: LineAmounts[],
 *   amountSubtotal: number, amountDiscount: number, amountShipping: number, amountTax: number,
 *   amountPlatformFee: number, amountCollectedVat: number, amountTotal: number,
 * }} SessionAmounts
 */

/**
 * @param {Coupon | null} coupon
 * @param {number} subtotal
 */
export function discountFor(coupon, subtotal) {
  if (!coupon) return 0;
  if (coupon.percentOff != null) return roundAmount((subtotal * coupon.percentOff) / 100);
  return Math.min(coupon.amountOff ?? 0, subtotal);
}

/**
 * `fee` is what the customer's payment method costs (fees.mjs), null when the merchant bears it;
 * `vatRate` is the VAT collected on that fee.
 * @param {{
 *   lineItems: { unitAmount: number, quantity: number }[],
 *   coupon: Coupon | null, shippingAmount: number, taxRate: number, fee: Fee | null, vatRate: number,
 * }} input
 * @returns {SessionAmounts}
 */
export function priceSession({ lineItems, coupon, shippingAmount, taxRate, fee, vatRate }) {
  const subtotals = lineItems.map((li) => li.unitAmount * li.quantity);
  const amountSubtotal = subtotals.reduce((a, b) => a + b, 0);
  // The discount is rounded once for the whole session and then spread, so line discounts
  // always add up to the headline discount.
  const amountDiscount = discountFor(coupon, amountSubtotal);
  const lineDiscounts = allocate(amountDiscount, subtotals);
  const discounted = amountSubtotal - amountDiscount;
  const amountTax = roundAmount((discounted * taxRate) / 100);
  const lineTaxes = allocate(
    amountTax,
    subtotals.map((s, i) => s - lineDiscounts[i]),
  );
  const amountShipping = shippingAmount;
  // The processor charges on everything it moves, so the fee's base is the whole amount before it.
  const feeBase = discounted + amountShipping + amountTax;
  const amountPlatformFee = fee ? roundAmount((feeBase * fee.percent) / 100) + fee.fixedAmount : 0;
  const amountCollectedVat = roundAmount((amountPlatformFee * vatRate) / 100);
  return {
    lines: subtotals.map((amountSubtotal, i) => ({
      amountSubtotal,
      amountDiscount: lineDiscounts[i],
      amountTax: lineTaxes[i],
      amountTotal: amountSubtotal - lineDiscounts[i] + lineTaxes[i],
    })),
    amountSubtotal,
    amountDiscount,
    amountShipping,
    amountTax,
    amountPlatformFee,
    amountCollectedVat,
    amountTotal: feeBase + amountPlatformFee + amountCollectedVat,
  };
}

/**
 * A valU plan for `total`: what is owed with the interest (half-up, whole percents), paid in
 * monthly instalments rounded up, the last one smaller, so an interest-free plan costs exactly
 * the total and `feeAmount` is the interest alone.
 * @param {{ id: string, tenorMonths: number, interestRate: number }} plan
 * @param {number} total minor units
 * @param {string} currency
 */
export function installmentPlan({ id, tenorMonths, interestRate }, total, currency) {
  const totalAmount = roundAmount((total * (100 + interestRate)) / 100);
  const monthlyAmount = Math.ceil(totalAmount / tenorMonths);
  return { id, tenorMonths, interestRate, monthlyAmount, totalAmount, feeAmount: totalAmount - total, currency };
}

/**
 * Units of `currency` per 1 unit of `presentment`, to 6 significant digits; null when the
 * sandbox has no rate for either side.
 * @param {string} currency
 * @param {string} presentment
 */
export function exchangeRate(currency, presentment) {
  const rates = /** @type {Record<string, number>} */ (SANDBOX_RATES);
  if (!(currency in rates) || !(presentment in rates)) return null;
  return Number((rates[currency] / rates[presentment]).toPrecision(6));
}

/**
 * Converts with the published (rounded) rate, so anyone holding the session can redo the sum.
 * @param {number} amount minor units of `currency`
 * @param {string} currency
 * @param {string} presentment
 * @param {number} rate from exchangeRate()
 */
export function convertAmount(amount, currency, presentment, rate) {
  return roundAmount(((amount / minorPerMajor(currency)) / rate) * minorPerMajor(presentment));
}

/**
 * Whether a payment method's limits (minor-unit strings, null for none) admit the total.
 * @param {{ minTransactionAmount: string | null, maxTransactionAmount: string | null }} method
 * @param {number} total
 */
export function withinLimits(method, total) {
  if (method.minTransactionAmount != null && total < Number(method.minTransactionAmount)) return 'too_small';
  if (method.maxTransactionAmount != null && total > Number(method.maxTransactionAmount)) return 'too_large';
  return null;
}
