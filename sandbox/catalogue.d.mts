// Types for catalogue.mjs, for TypeScript that imports it (Storybook's fixtures); keep in step
// with its JSDoc.

export interface PaymentMethodType {
  type: string;
  displayName: string;
  category: string;
  minTransactionAmount: string | null;
  maxTransactionAmount: string | null;
  requiredCustomerFields: string[];
  supportsRefund: boolean;
  supportsPartialRefund: boolean;
  supportsPartialCapture: boolean;
  paymentConfirmation: string;
}

export interface PromotionCode {
  name: string;
  percentOff: number | null;
  /** Major units of the session currency. */
  amountOffMajor: number | null;
  expired?: boolean;
}

export declare const HOME_MARKET: 'EG';
export declare const PAYMENT_METHODS: Readonly<Record<string, PaymentMethodType>>;
/** Matched case-insensitively (look up the upper-cased code). */
export declare const PROMOTION_CODES: Readonly<Record<string, PromotionCode>>;
export declare const VALU_PLANS: ReadonlyArray<{ id: string; tenorMonths: number; interestRate: number; minTotal: number }>;
export declare const TEST_OTP_CODE: '123456';
export declare const NO_WALLET_NUMBER: '+201000000000';
export type CardOutcome =
  | { outcome: 'succeed' }
  | { outcome: 'decline'; declineCode: string; message: string }
  | { outcome: 'redirect' };
export interface CardOrigin {
  funding: 'credit' | 'debit' | 'prepaid';
  /** ISO 3166-1 alpha-2 of the issuer. */
  country: string;
}
export type TestCard = CardOutcome & Partial<CardOrigin>;

export declare const DEFAULT_CARD: Readonly<CardOutcome & CardOrigin>;
export declare const TEST_CARDS: Readonly<Record<string, TestCard>>;
export declare function testCard(digits: string): CardOutcome & CardOrigin;
export declare function luhnValid(digits: string): boolean;
export declare function cardBrand(digits: string): string;
