// The sandbox's types, written once: the Checkout Session it answers with and the record it
// keeps about each one. The JSDoc of every sandbox module imports them from here
// (`import('./sessions.mjs').Session`), and so does TypeScript that imports the sandbox
// (Storybook's fixtures, test/support/sandbox.ts). The declarations at the bottom are
// sessions.mjs's exports. Keep the parameter types in step with createSessionSchema /
// updateSessionSchema in schemas.mjs.
import type { CardOutcome, CardOrigin, PaymentMethodType } from './catalogue.mjs';
import type { Coupon, FeeConfig } from './pricing.mjs';

/**
 * `afterCompletion` as the merchant sends it and the session returns it (the
 * `{CHECKOUT_SESSION_ID}` placeholder left in).
 */
export type AfterCompletion =
  | { type: 'hosted_confirmation'; hostedConfirmation?: { customMessage?: string | null } }
  | { type: 'redirect'; redirect: { url: string } };

export interface LineItemParams {
  price: { unitAmount: number; productName: string; description?: string; images?: string[] };
  quantity: number;
  adjustableQuantity?: { enabled: boolean; minimum?: number; maximum?: number };
}

export interface CustomFieldParams {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMERIC' | 'DROPDOWN';
  isOptional?: boolean;
  minCharacters?: number;
  maxCharacters?: number;
  dropdownOptions?: { label: string; value: string }[];
}

export interface BrandingSettingsParams {
  colorMode?: string;
  borderStyle?: string;
  spacing?: string;
  inputSize?: string;
  inputStyle?: string;
  formLayout?: string;
  fontFamily?: string;
  colors?: Record<string, string | undefined>;
}

export interface AddressParams {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
}

/** A create request after createSessionSchema: defaults filled in, currencies upper case. */
export interface CreateSessionParams {
  lineItems: LineItemParams[];
  customFields: CustomFieldParams[];
  brandingSettings?: BrandingSettingsParams;
  locale: string;
  nameCollection: boolean;
  phoneNumberCollection: boolean;
  billingAddressCollection: boolean;
  shippingAddressCollection: boolean;
  allowPromotionCodes: boolean;
  successUrl?: string;
  cancelUrl?: string;
  returnUrl?: string;
  merchantName: string;
  merchantLogo: string | null;
  metadata: Record<string, string>;
  shippingAmount: number;
  taxRate: number;
  currency: string;
  mode: 'payment';
  uiMode: 'hosted' | 'embedded';
  submitType: 'PAY' | 'BOOK' | 'DONATE' | 'ORDER' | 'SUBSCRIBE';
  /** Keys of PAYMENT_METHODS (catalogue.mjs). */
  paymentMethodTypes: string[];
  presentmentCurrency?: string;
  expiresAfterMinutes: number;
  customer?: {
    name?: string;
    email?: string;
    phone?: string;
    address?: AddressParams;
    shipping?: { name?: string; phone?: string; address?: AddressParams };
  };
  /** Absent: the merchant bears every fee and the session shows `feeConfig: null`. */
  feeConfig?: FeeConfig | null;
  afterCompletion?: AfterCompletion | null;
  sandbox: SandboxControlParams;
}

/** `sandbox` on create, as the schema passes it on (test-controls.mjs reads it). */
export interface SandboxControlParams {
  eventStream: boolean;
  /** A count answers that many loads 503; the object form picks the status and Retry-After. */
  failLoads: number | { count: number; status: number; retryAfter?: number };
  malformedLoad: boolean;
  loadIdMismatch?: boolean;
  holdConfirms?: ConfirmHoldControl;
  /** How long a one-time code stands, in seconds (default 300). */
  otpExpiresAfterSeconds?: number;
}

/** Where a held confirm waits: before anything is done, or once it has acted, its answer withheld. */
export type ConfirmHoldStage = 'before_charge' | 'after_charge';

/** `sandbox.holdConfirms`: the next `count` confirms wait at `stage` until a test releases them. */
export interface ConfirmHoldControl {
  count: number;
  stage: ConfirmHoldStage;
}

/** The same controls, normalized once when the session is built. */
export interface SandboxControls {
  eventStream: boolean;
  failLoads: { count: number; status: number; retryAfter: number | null };
  malformedLoad: boolean;
  loadIdMismatch: boolean;
  holdConfirms: ConfirmHoldControl | null;
  otpExpiresAfterSeconds: number;
}

/** A PATCH after updateSessionSchema. */
export type UpdateSessionParams = Partial<
  Pick<
    CreateSessionParams,
    | 'lineItems'
    | 'customFields'
    | 'brandingSettings'
    | 'locale'
    | 'nameCollection'
    | 'phoneNumberCollection'
    | 'billingAddressCollection'
    | 'shippingAddressCollection'
    | 'allowPromotionCodes'
    | 'successUrl'
    | 'cancelUrl'
    | 'returnUrl'
    | 'merchantName'
    | 'merchantLogo'
    | 'metadata'
    | 'shippingAmount'
    | 'taxRate'
    | 'afterCompletion'
  >
>;

export interface SessionCustomField {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMERIC' | 'DROPDOWN';
  isOptional: boolean;
  hasLimits: boolean;
  limitType: 'BETWEEN' | 'AT_MOST' | 'AT_LEAST' | null;
  minCharacters: number | null;
  maxCharacters: number | null;
  dropdownOptions: { label: string; value: string }[] | null;
  text: { minimumLength: number | null; maximumLength: number | null; value: string | null } | null;
  numeric: { minimumLength: number | null; maximumLength: number | null; value: string | null } | null;
  dropdown: { options: { label: string; value: string }[] | undefined; value: string | null } | null;
}

// ---- the Checkout Session (seed 004, camelCase) ----
// `type` rather than `interface` throughout: type literals are assignable to
// `Record<string, unknown>`, which the Storybook fixtures cast sessions to.

export type Address = {
  line1: string | null;
  line2: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
};

/** An address as a confirm leaves it: checked, trimmed, the postal code normalized. */
export type ConfirmedAddress = {
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postalCode: string | null;
  country: string;
};

export type BillingDetails = { name: string | null; email: string; phone: string | null; address: ConfirmedAddress };
export type ShippingDetails = { name: string; phone: string | null; address: ConfirmedAddress };

/** What the customer confirmed, checked against the session (confirm-rules.mjs). */
export type CustomerDetails = {
  email: string;
  name: string | null;
  phone: string | null;
  billingDetails: BillingDetails | null;
  shipping: ShippingDetails | null;
};

/** A customer's shipping: as confirmed, or as the merchant prefilled it (then possibly partial). */
export type CustomerShipping = { name: string | null; phone: string | null; address: Address };

export type Customer = {
  id: string;
  type: 'guest';
  name: string | null;
  email: string | null;
  phone: string | null;
  address: Address | null;
  shipping: CustomerShipping | null;
  metadata: Record<string, string>;
};

export type LineItem = {
  id: string;
  object: 'item';
  quantity: number;
  price: { id: string; unitAmount: number; currency: string; product: { name: string; description: string | null; images: string[] } };
  adjustableQuantity: { enabled: boolean; minimum: number | null; maximum: number | null } | null;
  amountSubtotal: number;
  amountDiscount: number;
  amountTax: number;
  amountTotal: number;
  currency: string;
  description: string;
  presentmentDetails: { currency: string; amountSubtotal: number; amountTotal: number } | null;
};

export type TotalDetails = {
  amountDiscount: number;
  amountShipping: number;
  amountTax: number;
  amountPlatformFee: number;
  amountCollectedVat: number;
};

export type PresentmentRate = { currency: string; exchangeRate: number; exchangeRateId: string };

export type PresentmentDetails = PresentmentRate &
  TotalDetails & {
    amount: number;
    amountSubtotal: number;
    amountTotal: number;
  };

export type Discount = {
  id: string;
  object: 'discount';
  coupon: {
    id: string;
    name: string;
    percentOff: number | null;
    amountOff: number | null;
    currency: string | null;
    appliesToProductIds: string[];
    metadata: Record<string, string>;
  };
  promotionCodeId: string;
  promotionCodeCode: string;
  checkoutSessionId: string;
  customerId: string | null;
  start: string;
  end: string | null;
};

/** What the fee knows of the card paying: the brand once chosen, the rest once a token says. */
export type CardInfo = { brand: string; isOnUs: boolean; isInternational: boolean };

/** The fee of the current selection (fees.mjs), on a session that passes fees through. */
export type Fees = {
  paymentMethodType: string;
  feeAmount: number;
  /** The percentage applied, e.g. 4.5 for an international card at a 2.5 % merchant rate. */
  feePercentage: number;
  /** Minor units added after the percentage (Fawry's 5 major units). */
  fixedAmount: number;
  /** The VAT collected on the fee. */
  vatAmount: number;
  totalAmount: number;
  cardInfo: CardInfo | null;
};

/**
 * What the customer is paying with, which the fee follows: the method, and for a card its brand
 * (from the selection endpoint or a token) and issuing country (from a token only).
 */
export type Selection = {
  paymentMethodType: string;
  card: { brand: string; country: string | null } | null;
};

export type InstallmentPlan = {
  id: string;
  tenorMonths: number;
  interestRate: number;
  monthlyAmount: number;
  totalAmount: number;
  feeAmount: number;
  currency: string;
};

/** A card as the provider describes it: never the number, never the CVC. */
export type CardDetails = CardOrigin & { brand: string; last4: string; expMonth: number; expYear: number };

/** The answer of POST …/client/payment-methods (CONTRACT §5). */
export type TokenizedCard = { id: string; type: 'card'; card: CardDetails };

/** What a charge keeps of the card. */
export type ChargeCard = { brand: string; last4: string };

export type Charge = {
  id: string;
  object: 'charge';
  amount: number;
  amountCaptured: number;
  amountRefunded: number;
  currency: string;
  createdAt: string;
  status: 'succeeded' | 'failed';
  paid: boolean;
  refunded: boolean;
  captured: boolean;
  capturedAt: string | null;
  failureCode: string | null;
  failureMessage: string | null;
  receiptUrl: null;
  receiptEmail: string | null;
  billingDetails: BillingDetails | null;
  paymentMethodDetails: { type: string; card: ChargeCard | null };
  outcome: { type: 'authorized' | 'issuer_declined' };
  paymentIntentId: string;
  presentmentDetails: PaymentIntent['presentmentDetails'];
};

export type PaymentMethodObject = {
  id: string;
  object: 'payment_method';
  type: string;
  card: CardDetails | null;
  billingDetails: BillingDetails | null;
  createdAt: string;
};

/** The one-time code a valU or wallet payment waits on. */
export type VerifyOtp = {
  channel: 'sms' | 'wallet';
  phoneHint: string;
  codeLength: number;
  attemptsRemaining: number;
  expiresAt: string;
};

/** The Fawry reference the customer pays at an outlet. */
export type DisplayVoucher = { provider: 'fawry'; reference: string; amount: number; currency: string; expiresAt: string };

/**
 * One holder per type, as on the wire; the others are declared absent so that a test can read
 * `nextAction.verifyOtp?.…` without narrowing on `type` first.
 */
export type NextAction =
  | { type: 'redirect_to_url'; redirectToUrl: { url: string; returnUrl: string | null }; verifyOtp?: undefined; displayVoucher?: undefined }
  | { type: 'verify_otp'; verifyOtp: VerifyOtp; redirectToUrl?: undefined; displayVoucher?: undefined }
  | { type: 'display_voucher'; displayVoucher: DisplayVoucher; redirectToUrl?: undefined; verifyOtp?: undefined };

export type PaymentError = {
  type: 'card_error';
  code: string;
  declineCode: string | null;
  message: string;
  chargeId: string;
  paymentMethodType: string;
};

export type PaymentIntent = {
  id: string;
  object: 'payment_intent';
  checkoutSessionId: string;
  amount: number;
  amountCapturable: number;
  amountReceived: number;
  currency: string;
  status: 'requires_payment_method' | 'requires_action' | 'processing' | 'succeeded';
  createdAt: string;
  updatedAt: string;
  captureMethod: 'automatic';
  confirmationMethod: 'automatic';
  description: null;
  receiptEmail: string | null;
  canceledAt: null;
  shipping: ShippingDetails | null;
  presentmentDetails: (PresentmentRate & { amount: number }) | null;
  latestCharge: Charge | null;
  charges: Charge[];
  paymentMethod: PaymentMethodObject | null;
  customer: { id: string | null; name: string | null; email: string; phone: string | null } | null;
  nextAction: NextAction | null;
  /** The valU plan of the latest attempt; null for other methods. */
  installmentPlan: InstallmentPlan | null;
  metadata: Record<string, string>;
  lastPaymentError: PaymentError | null;
};

export type SessionStatus = 'open' | 'complete' | 'expired';

/** The Checkout Session exactly as the API returns it. */
export type Session = {
  id: string;
  object: 'checkout.session';
  createdAt: string;
  updatedAt: string;
  mode: 'payment';
  uiMode: 'hosted' | 'embedded';
  submitType: CreateSessionParams['submitType'];
  customerCreation: 'always';
  status: SessionStatus;
  paymentStatus: 'unpaid' | 'paid';
  currency: string;
  amountSubtotal: number;
  amountTotal: number;
  totalDetails: TotalDetails;
  presentmentDetails: PresentmentDetails | null;
  afterCompletion: AfterCompletion | null;
  successUrl: string | null;
  cancelUrl: string | null;
  returnUrl: string | null;
  url: string | null;
  clientSecret: string;
  expiresAt: string;
  customerId: string | null;
  customer: Customer | null;
  customerDetails: CustomerDetails | null;
  paymentIntentId: string | null;
  paymentIntent: PaymentIntent | null;
  lineItems: LineItem[];
  customFields: SessionCustomField[];
  discounts: Discount[];
  allowPromotionCodes: boolean;
  nameCollection: boolean;
  billingAddressCollection: boolean;
  shippingAddressCollection: boolean;
  phoneNumberCollection: boolean;
  feeConfig: (FeeConfig & { source: 'session' }) | null;
  brandingSettings: BrandingSettingsParams | null;
  locale: string;
  paymentMethodTypes: PaymentMethodType[];
  paymentMethodConfigurationId: null;
  fees: Fees | null;
  customerUpdate: null;
  metadata: Record<string, string>;
  merchantId: string;
  merchantName: string;
  merchantLogo: string | null;
  paymentLinkId: null;
  livemode: false;
};

// ---- what the sandbox keeps beside the session ----

/** A card payment method minted by the card frame; lives in its session's record only. */
export interface StoredCard {
  id: string;
  card: CardDetails;
  /** What paying with it does (catalogue.mjs TEST_CARDS). */
  outcome: CardOutcome;
  /** Set once an attempt with it reached the processor (200 or 402). */
  used: boolean;
}

/** How an attempt pays: the method type, for a card its token and what the charge shows, for valU the plan. */
export interface AttemptMethod {
  type: string;
  /** The card token; null for other methods. */
  paymentMethodId: string | null;
  card: CardDetails | null;
  installmentPlan: InstallmentPlan | null;
}

/**
 * What the processor does with an attempt: a test card's outcome, a wallet's decline (with its
 * own `code`), a one-time code to verify (valU, wallet) or a voucher to pay (Fawry).
 */
export type AttemptOutcome =
  | CardOutcome
  | { outcome: 'decline'; code: string; declineCode: string; message: string }
  | { outcome: 'verify_otp'; channel: VerifyOtp['channel'] }
  | { outcome: 'display_voucher' };

/** A confirm body that passed confirm-rules.mjs, ready for the processor. */
export interface Attempt {
  customerDetails: CustomerDetails;
  customFieldValues: Map<string, string>;
  method: AttemptMethod;
  outcome: AttemptOutcome;
}

/** An answer remembered under an Idempotency-Key: a digest of the body, never the body. */
export interface IdempotentAnswer {
  fingerprint: string;
  status: number;
  body: string;
}

/** A confirm held by `sandbox.holdConfirms`; `end(true)` lets it go on, `end(false)` drops it. */
export interface HeldConfirm {
  stage: ConfirmHoldStage;
  idempotencyKey: string;
  end(released: boolean): void;
}

type PendingAttempt = Omit<Attempt, 'outcome'> & { paymentIntentId: string };

/**
 * An attempt waiting on the customer: a 3-D Secure challenge on the authenticate page, a
 * one-time code (its `verifyOtp` is the very object the PaymentIntent's nextAction shows), or a
 * Fawry reference to be paid at an outlet.
 */
export type PendingAction =
  | (PendingAttempt & { kind: 'redirect'; returnUrl: string | null })
  | (PendingAttempt & { kind: 'verify_otp'; verifyOtp: VerifyOtp })
  | (PendingAttempt & { kind: 'display_voucher' });

/**
 * Everything about a session, public and not. `session` is exactly what the API returns;
 * `config` holds the inputs its amounts are derived from and the test controls.
 */
/** What a session's changes are pushed on: http.mjs's EventStream, or Storybook's fixture provider's. */
export interface SessionStream {
  send(event: string, data: unknown): void;
  close(): void;
}

export interface SessionRecord {
  session: Session;
  config: {
    shippingAmount: number;
    taxRate: number;
    expiresAfterMinutes: number;
    feeConfig: FeeConfig | null;
    selection: Selection;
    coupon: (Coupon & { code: string }) | null;
    presentment: PresentmentRate | null;
    sandbox: SandboxControls;
  };
  loadFailuresLeft: number;
  /** How many of the next confirms `sandbox.holdConfirms` still holds. */
  confirmHoldsLeft: number;
  /** Confirms waiting for a test to release them (test-controls.mjs). */
  heldConfirms: Set<HeldConfirm>;
  /** Keyed by `{endpoint} {Idempotency-Key}`: confirm and payment-methods keys never collide. */
  idempotency: Map<string, IdempotentAnswer>;
  /** Card tokens of this session by id; cleared once the session is final. */
  paymentMethods: Map<string, StoredCard>;
  /** Where each request that carried card data came from (never the data): the SAQ A audit. */
  cardDataRequests: { endpoint: string; origin: string | null }[];
  streams: Set<SessionStream>;
  timer: ReturnType<typeof setTimeout> | null;
  pendingAction: PendingAction | null;
}

// ---- sessions.mjs ----

export declare const MERCHANT_ID: 'mch_sandbox';
export declare function buildSession(params: CreateSessionParams, env: { origin: string }): SessionRecord;
export declare function emptyAddress(): Address;
export declare function buildCustomFields(fields: CustomFieldParams[]): SessionCustomField[];
/** Re-derives every amount from line items, promotion, shipping, tax and fees. */
export declare function recompute(record: SessionRecord): void;
export declare function withoutUnchangedImmutables(record: SessionRecord, raw: unknown): unknown;
export declare function applyPatch(record: SessionRecord, patch: UpdateSessionParams): void;
/** Throws an HttpError (400 invalid_promotion_code) for an unknown or expired code. */
export declare function applyPromotion(record: SessionRecord, code: string): void;
export declare function removePromotion(record: SessionRecord): void;
export declare function assertOpen(record: SessionRecord, options?: { goneWhenExpired?: boolean }): void;
