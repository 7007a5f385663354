// Types for sessions.mjs, for TypeScript that imports it (Storybook's fixtures); keep in step
// with its JSDoc and with createSessionSchema / updateSessionSchema in schemas.mjs.
import type { Coupon, FeeConfig } from './pricing.mjs';

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
  customer?: { name?: string; email?: string; phone?: string; address?: AddressParams };
  feeConfig: FeeConfig;
  sandbox: { eventStream: boolean; failLoads: number; malformedLoad: boolean };
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

/**
 * Everything about a session, public and not. `session` is exactly what the API returns;
 * `config` holds the inputs its amounts are derived from and the test controls.
 */
export interface SessionRecord {
  session: Record<string, any>;
  config: {
    shippingAmount: number;
    taxRate: number;
    expiresAfterMinutes: number;
    feeConfig: FeeConfig;
    coupon: (Coupon & { code: string }) | null;
    presentment: { currency: string; exchangeRate: number; exchangeRateId: string } | null;
    sandbox: { eventStream: boolean; failLoads: number; malformedLoad: boolean };
  };
  loadFailuresLeft: number;
  idempotency: Map<string, { fingerprint: string; status: number; body: string }>;
  /** http.mjs EventStreams. */
  streams: Set<{ send(event: string, data: unknown): void; close(): void }>;
  timer: ReturnType<typeof setTimeout> | null;
  pendingAction: null | {
    paymentIntentId: string;
    customerDetails: Record<string, any>;
    customFieldValues: Map<string, string>;
    method: { type: string; card: { brand: string; last4: string } | null };
    returnUrl: string | null;
  };
}

export declare const MERCHANT_ID: 'mch_sandbox';
export declare function buildSession(params: CreateSessionParams, env: { origin: string }): SessionRecord;
export declare function emptyAddress(): {
  line1: null;
  line2: null;
  city: null;
  state: null;
  postalCode: null;
  country: null;
};
export declare function buildCustomFields(fields: CustomFieldParams[]): SessionCustomField[];
/** Re-derives every amount from line items, promotion, shipping, tax and fees. */
export declare function recompute(record: SessionRecord): void;
export declare function withoutUnchangedImmutables(record: SessionRecord, raw: unknown): unknown;
export declare function applyPatch(record: SessionRecord, patch: UpdateSessionParams): void;
/** Throws an HttpError (400 invalid_promotion_code) for an unknown or expired code. */
export declare function applyPromotion(record: SessionRecord, code: string): void;
export declare function removePromotion(record: SessionRecord): void;
export declare function malformed(session: Record<string, any>): Record<string, unknown>;
export declare function assertOpen(record: SessionRecord, options?: { goneWhenExpired?: boolean }): void;
