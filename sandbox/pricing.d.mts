// Types for pricing.mjs, for TypeScript that imports it (Storybook's fixtures); keep in step
// with its JSDoc.

/** amountOff in minor units. */
export interface Coupon {
  percentOff: number | null;
  amountOff: number | null;
}

export interface FeeConfig {
  feesPassThrough: boolean;
  feePercentage: number;
  vatCollectionEnabled: boolean;
  vatCollectionRate: number;
}

/** What a payment method costs the customer; fixedAmount in minor units. */
export interface Fee {
  percent: number;
  fixedAmount: number;
}

export interface LineAmounts {
  amountSubtotal: number;
  amountDiscount: number;
  amountTax: number;
  amountTotal: number;
}

export interface SessionAmounts {
  lines: LineAmounts[];
  amountSubtotal: number;
  amountDiscount: number;
  amountShipping: number;
  amountTax: number;
  amountPlatformFee: number;
  amountCollectedVat: number;
  amountTotal: number;
}

/** @param currency ISO 4217, upper case */
export declare function currencyDecimals(currency: string): number;
export declare function minorPerMajor(currency: string): number;
/** "2000.00 EGP", or with `grouped` "2,000.00 EGP": plain and locale-free. */
export declare function formatMoney(amount: number, currency: string, options?: { grouped?: boolean }): string;

/** Units of each currency per 1 USD. */
export declare const SANDBOX_RATES: Readonly<{
  USD: number;
  EGP: number;
  EUR: number;
  GBP: number;
  SAR: number;
  AED: number;
  KWD: number;
  QAR: number;
  BHD: number;
  OMR: number;
  JOD: number;
  JPY: number;
}>;

export declare function roundAmount(value: number): number;
export declare function allocate(total: number, weights: number[]): number[];
export declare function discountFor(coupon: Coupon | null, subtotal: number): number;
export declare function priceSession(input: {
  lineItems: { unitAmount: number; quantity: number }[];
  coupon: Coupon | null;
  shippingAmount: number;
  taxRate: number;
  fee: Fee | null;
  vatRate: number;
}): SessionAmounts;
export declare function installmentPlan(
  plan: { id: string; tenorMonths: number; interestRate: number },
  total: number,
  currency: string,
): { id: string; tenorMonths: number; interestRate: number; monthlyAmount: number; totalAmount: number; feeAmount: number; currency: string };
/** Units of `currency` per 1 unit of `presentment`; null when either has no rate. */
export declare function exchangeRate(currency: string, presentment: string): number | null;
export declare function convertAmount(amount: number, currency: string, presentment: string, rate: number): number;
export declare function withinLimits(
  method: { minTransactionAmount: string | null; maxTransactionAmount: string | null },
  total: number,
): 'too_small' | 'too_large' | null;
