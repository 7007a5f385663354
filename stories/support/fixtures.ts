/**
 * Fixture Checkout Sessions for Storybook: the sandbox's own answers (camelCase, seed 004:
 * every field present, `null` for what does not exist yet).
 *
 * A story describes a session as a `SessionSpec` (the inputs a merchant would send when
 * creating it) and `buildSession` hands it to the sandbox's session builder
 * (sandbox/sessions.mjs, which prices with sandbox/pricing.mjs and takes payment methods and
 * promotion codes from sandbox/catalogue.mjs): amounts are never typed by hand, so totals,
 * taxes, discounts and presentment conversions always add up, and they are the server's.
 * Only what the sandbox mints at random (ids, secrets, timestamps) is pinned to the fixture's
 * context, and the states the sandbox reaches through its routes (complete, expired) are set
 * directly. The fixture provider keeps the spec and rebuilds the session after a promotion
 * code or a quantity change, so ids must come out the same every time.
 *
 * Builders at the bottom return specs for the variants designers need; they compose:
 * `withBranding(withCurrency(baseSpec(), 'KWD'), BRANDS.souq)`.
 */

import {
  applyPromotion,
  buildSession as buildSandboxSession,
  recompute,
  type CreateSessionParams,
  type Address,
  type CustomFieldParams,
  type AfterCompletion,
  type PaymentIntent,
  type Session,
  type SessionRecord,
} from '../../sandbox/sessions.mjs';
import { newPaymentIntent } from '../../sandbox/payment-intents.mjs';
import type { ColorToken } from '../../src/theme/palettes.js';

export type SessionStatus = 'open' | 'complete' | 'expired';
export type SubmitType = 'PAY' | 'BOOK' | 'DONATE' | 'ORDER' | 'SUBSCRIBE';
export type PaymentMethodKey = 'card' | 'valu' | 'wallet' | 'fawry';

export interface ItemSpec {
  name: string;
  /** Minor units of the session currency. */
  unitAmount: number;
  quantity?: number;
  description?: string | null;
  images?: string[];
  /** `true` for the sandbox's default range 1..99. */
  adjustable?: boolean | { minimum?: number; maximum?: number };
}

/** A custom field as the merchant sends it (the sandbox's create parameter). */
export type CustomFieldSpec = CustomFieldParams;

export interface BrandingSpec {
  colorMode?: string | null;
  borderStyle?: string | null;
  spacing?: string | null;
  inputSize?: string | null;
  inputStyle?: string | null;
  formLayout?: string | null;
  fontFamily?: string | null;
  colors?: Partial<Record<ColorToken, string | null>> | null;
}

export interface SessionSpec {
  status?: SessionStatus;
  uiMode?: 'embedded' | 'hosted';
  submitType?: SubmitType;
  /** ISO 4217. */
  currency: string;
  /** Shown to the customer instead of `currency`, converted at the sandbox's fixed rates. */
  presentmentCurrency?: string | null;
  items: ItemSpec[];
  /** Minor units. */
  shippingAmount?: number;
  /** Percent. */
  taxRate?: number;
  feeConfig?: { feesPassThrough: boolean; feePercentage: number; vatCollectionEnabled: boolean; vatCollectionRate: number };
  /** An applied promotion code (WELCOME10, FLAT50). */
  promotionCode?: string | null;
  /** Absolute expiry; wins over `expiresInMs`. */
  expiresAt?: string;
  /** Expiry relative to when the session is built (default 24 h). */
  expiresInMs?: number;
  locale?: string | null;
  brandingSettings?: BrandingSpec | null;
  customFields?: CustomFieldSpec[];
  nameCollection?: boolean;
  phoneNumberCollection?: boolean;
  billingAddressCollection?: boolean;
  shippingAddressCollection?: boolean;
  allowPromotionCodes?: boolean;
  paymentMethodTypes?: PaymentMethodKey[];
  merchantName?: string | null;
  merchantLogo?: string | null;
  successUrl?: string | null;
  cancelUrl?: string | null;
  returnUrl?: string | null;
  customer?: {
    name?: string | null;
    email?: string | null;
    phone?: string | null;
    address?: Partial<Address> | null;
    shipping?: { name?: string; phone?: string; address?: Partial<Address> } | null;
  } | null;
  /** What follows the payment: the merchant's message, or a redirect (`{CHECKOUT_SESSION_ID}` left in, as sent). */
  afterCompletion?: AfterCompletion | null;
  metadata?: Record<string, string>;
  /** Set by the provider once a payment went through. */
  paymentIntentId?: string | null;
}

/** The session as the provider returns it. Loosely typed: stories may send anything. */
export type FixtureSession = Record<string, unknown> & {
  id: string;
  object: 'checkout.session';
  status: SessionStatus;
  uiMode: string;
  currency: string;
  amountSubtotal: number;
  amountTotal: number;
  lineItems: Record<string, unknown>[];
  expiresAt: string;
};

/**
 * A logo served by Storybook itself (`stories/assets` at `/fixture-assets/`, see
 * `.storybook/main.ts` staticDirs), as an absolute http(s) URL: the widget accepts no other
 * scheme. From the origin's root, like the fixture API, so the story tests (whose page is not
 * Storybook's iframe.html) get the same URL. Opened from `file://`, the widget drops it, which
 * is the graceful path too.
 */
export function assetUrl(file: string): string {
  return new URL(`/fixture-assets/${file}`, location.href).href;
}

/** A logo URL that does not exist (404 from Storybook itself): the widget must cope with a broken image. */
export const MISSING_LOGO_URL = assetUrl('missing-logo.png');

// ---------------------------------------------------------------------------------------------
// Building the session object.

export interface BuildContext {
  id: string;
  clientSecret: string;
  /** When the session was created; expiry is relative to it. */
  createdAt: number;
  origin: string;
}

const DAY_MS = 24 * 60 * 60_000;
const NO_FEES = { feesPassThrough: false, feePercentage: 0, vatCollectionEnabled: false, vatCollectionRate: 0 };

/**
 * The create request a merchant would send for `spec`, as the sandbox's schema hands it on
 * (defaults filled in, currencies upper case). Not validated: stories may send what the
 * schema would refuse (a `null` merchant name or locale), to show how the widget copes.
 */
export function createParams(spec: SessionSpec): CreateSessionParams {
  return {
    lineItems: spec.items.map((item) => ({
      price: {
        unitAmount: item.unitAmount,
        productName: item.name,
        description: item.description ?? undefined,
        images: item.images,
      },
      quantity: item.quantity ?? 1,
      adjustableQuantity:
        item.adjustable === true
          ? { enabled: true }
          : item.adjustable
            ? { enabled: true, minimum: item.adjustable.minimum, maximum: item.adjustable.maximum }
            : undefined,
    })),
    customFields: spec.customFields ?? [],
    brandingSettings: (spec.brandingSettings ?? undefined) as CreateSessionParams['brandingSettings'],
    locale: (spec.locale === undefined ? 'en' : spec.locale) as string,
    nameCollection: spec.nameCollection ?? false,
    phoneNumberCollection: spec.phoneNumberCollection ?? false,
    billingAddressCollection: spec.billingAddressCollection ?? false,
    shippingAddressCollection: spec.shippingAddressCollection ?? false,
    allowPromotionCodes: spec.allowPromotionCodes ?? false,
    successUrl: spec.successUrl ?? undefined,
    cancelUrl: spec.cancelUrl ?? undefined,
    returnUrl: spec.returnUrl ?? undefined,
    merchantName: (spec.merchantName === undefined ? 'Nile Goods' : spec.merchantName) as string,
    merchantLogo: spec.merchantLogo ?? null,
    metadata: spec.metadata ?? {},
    shippingAmount: spec.shippingAmount ?? 0,
    taxRate: spec.taxRate ?? 0,
    currency: spec.currency.toUpperCase(),
    mode: 'payment',
    uiMode: spec.uiMode ?? 'embedded',
    submitType: spec.submitType ?? 'PAY',
    paymentMethodTypes: spec.paymentMethodTypes ?? ['card'],
    presentmentCurrency: spec.presentmentCurrency?.toUpperCase(),
    expiresAfterMinutes: (spec.expiresInMs ?? DAY_MS) / 60_000,
    customer: spec.customer
      ? ({
          name: spec.customer.name,
          email: spec.customer.email,
          phone: spec.customer.phone,
          address: spec.customer.address ?? undefined,
          shipping: spec.customer.shipping ?? undefined,
        } as CreateSessionParams['customer'])
      : undefined,
    feeConfig: spec.feeConfig ?? NO_FEES,
    afterCompletion: spec.afterCompletion ?? null,
    sandbox: { eventStream: true, failLoads: 0, malformedLoad: false },
  };
}

export function buildSession(spec: SessionSpec, context: BuildContext): FixtureSession {
  return buildRecord(spec, context).session as FixtureSession;
}

/**
 * The sandbox's whole record for `spec` (the session and what the sandbox keeps beside it: the
 * selection the fee follows, a step waiting on the customer), so the fixture provider can hand
 * it to the sandbox's own rules (selection, valU plans, one-time codes, vouchers).
 */
export function buildRecord(spec: SessionSpec, context: BuildContext): SessionRecord {
  const { id, createdAt } = context;
  const record = buildSandboxSession(createParams(spec), { origin: context.origin });
  const { session } = record;

  // What the sandbox mints at random, pinned so that every rebuild gives the same ids.
  const suffix = id.replace(/^cs_/, '');
  const created = new Date(createdAt).toISOString();
  session.id = id;
  session.clientSecret = context.clientSecret;
  session.createdAt = created;
  session.updatedAt = created;
  session.expiresAt = spec.expiresAt ?? new Date(createdAt + (spec.expiresInMs ?? DAY_MS)).toISOString();
  if (session.url) session.url = `${context.origin}/pay/${id}`;
  session.merchantId = 'mch_fixture';
  if (session.customer) session.customer.id = `cus_${suffix}`;
  session.customerId = session.customer?.id ?? null;
  session.lineItems.forEach((li: { id: string; price: { id: string } }, i: number) => {
    li.id = `li_${suffix}_${i + 1}`;
    li.price.id = `price_${suffix}_${i + 1}`;
  });
  if (record.config.presentment) record.config.presentment.exchangeRateId = `exr_${suffix}`;

  if (spec.promotionCode) {
    applyPromotion(record, spec.promotionCode);
    Object.assign(session.discounts[0], { id: `di_${suffix}`, start: created });
  } else {
    recompute(record);
  }

  // States the sandbox reaches through its routes (a confirmed payment, the expiry clock).
  const status = spec.status ?? 'open';
  const paid = status === 'complete';
  const paymentIntentId = spec.paymentIntentId ?? (paid ? `pi_${suffix}` : null);
  session.status = status;
  session.paymentStatus = paid ? 'paid' : 'unpaid';
  session.paymentIntentId = paymentIntentId;
  session.paymentIntent = paymentIntentId ? paymentIntentOf(session, paymentIntentId, paid) : null;
  return record;
}

/**
 * The session's PaymentIntent as the sandbox shapes it (every field present), paid in full or
 * still waiting for a payment method. No charge or payment method: the widget reads none.
 */
function paymentIntentOf(session: Session, id: string, paid: boolean): PaymentIntent {
  const intent = newPaymentIntent(session, id, session.createdAt);
  return paid ? { ...intent, status: 'succeeded', amountReceived: session.amountTotal, updatedAt: session.updatedAt } : { ...intent, updatedAt: session.updatedAt };
}

// ---------------------------------------------------------------------------------------------
// Builders. Each returns a fresh spec; none mutates its input.

/** A realistic open EGP session: two items, shipping, 14 % tax, every payment method. */
export function baseSpec(overrides: Partial<SessionSpec> = {}): SessionSpec {
  return {
    currency: 'EGP',
    items: [
      { name: 'Premium Plan - Monthly', unitAmount: 200000, quantity: 1, description: 'Unlimited listings, priority support' },
      { name: 'Egyptian cotton tote bag', unitAmount: 35000, quantity: 2, adjustable: { minimum: 1, maximum: 10 } },
    ],
    shippingAmount: 5000,
    taxRate: 14,
    locale: 'en',
    merchantName: 'Nile Goods',
    merchantLogo: null,
    paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'],
    successUrl: 'https://shop.example/thanks?cs={CHECKOUT_SESSION_ID}',
    cancelUrl: 'https://shop.example/cart',
    metadata: { orderId: '1042' },
    ...overrides,
  };
}

/** Prices per currency so the basket stays plausible (minor units of that currency). */
const BASKETS: Record<string, ItemSpec[]> = {
  EGP: baseSpec().items,
  KWD: [
    { name: 'Oud & amber eau de parfum 100 ml', unitAmount: 24500, quantity: 1 },
    { name: 'Gift wrapping', unitAmount: 1250, quantity: 1 },
  ],
  JPY: [
    { name: 'Matcha starter set', unitAmount: 4800, quantity: 1 },
    { name: 'Ceramic chawan bowl', unitAmount: 3200, quantity: 2, adjustable: { minimum: 1, maximum: 5 } },
  ],
  USD: [{ name: 'Annual subscription', unitAmount: 9900, quantity: 1 }],
};
const SHIPPING: Record<string, number> = { EGP: 5000, KWD: 1500, JPY: 600, USD: 0 };

/** The same shop in another settlement currency (KWD 3 decimals, JPY 0). */
export function withCurrency(spec: SessionSpec, currency: 'EGP' | 'KWD' | 'JPY' | 'USD'): SessionSpec {
  return { ...spec, currency, items: BASKETS[currency], shippingAmount: SHIPPING[currency], taxRate: currency === 'EGP' ? 14 : 0 };
}

/** Settles in the session currency, shows the customer `presentment` (EGP → KWD by default). */
export function withPresentment(spec: SessionSpec, presentment = 'KWD'): SessionSpec {
  return { ...spec, presentmentCurrency: presentment };
}

const LONG_NAMES = [
  'Hand-woven Egyptian cotton bath towel set, extra long staple, six pieces in sand',
  'Limited edition print',
  'Replacement filter cartridges for the countertop water purifier (pack of 3)',
  'Organic hibiscus tea',
  'Brass coffee pot (kanaka), small',
  'Gift card',
  'Leather-bound notebook with a very, very long product name that keeps going past any sensible width to test wrapping',
  'Linen napkins ×4',
  'Olive wood serving board',
  'Ceramic mug',
  'Donkey-milk soap, unscented, for sensitive skin — dermatologically tested',
  'Scarf',
  'Alabaster candle holder',
  'Pocket dictionary English–Arabic / Arabic–English, revised edition',
  'Spice sampler',
  'Sandals size 42',
  'Wall hanging (khayamiya), geometric pattern, 120 × 80 cm, hand-stitched in Cairo',
  'Dates 1 kg',
  'Supercalifragilisticexpialidocious-unbreakable-word-without-spaces-anywhere-in-it',
  'Tip for the courier',
];

/** 20 line items, many with long names, one unbreakable: wrapping and scrolling. */
export function withManyItems(spec: SessionSpec, count = 20): SessionSpec {
  const items: ItemSpec[] = Array.from({ length: count }, (_, i) => ({
    name: LONG_NAMES[i % LONG_NAMES.length],
    unitAmount: 1500 + ((i * 3779) % 48000),
    quantity: 1 + (i % 3),
    adjustable: i % 4 === 0 ? { minimum: 1, maximum: 9 } : undefined,
  }));
  return { ...spec, items };
}

/** One custom field of each type: TEXT with limits, NUMERIC, DROPDOWN (the sandbox allows 3). */
export const CUSTOM_FIELDS: Record<'text' | 'numeric' | 'dropdown' | 'optionalText', CustomFieldSpec> = {
  text: { key: 'order_note', label: 'Note for the courier', type: 'TEXT', minCharacters: 5, maxCharacters: 120 },
  numeric: { key: 'national_id', label: 'National ID number', type: 'NUMERIC', minCharacters: 14, maxCharacters: 14 },
  dropdown: {
    key: 'delivery_slot',
    label: 'Delivery slot',
    type: 'DROPDOWN',
    dropdownOptions: [
      { label: 'Morning (9–12)', value: 'morning' },
      { label: 'Afternoon (12–5)', value: 'afternoon' },
      { label: 'Evening (5–9)', value: 'evening' },
    ],
  },
  optionalText: { key: 'gift_message', label: 'Gift message', type: 'TEXT', isOptional: true, maxCharacters: 200 },
};

export function withCustomFields(spec: SessionSpec, fields: CustomFieldSpec[] = [CUSTOM_FIELDS.text, CUSTOM_FIELDS.numeric, CUSTOM_FIELDS.dropdown]): SessionSpec {
  return { ...spec, customFields: fields };
}

export interface CollectionFlags {
  nameCollection?: boolean;
  phoneNumberCollection?: boolean;
  billingAddressCollection?: boolean;
  shippingAddressCollection?: boolean;
  allowPromotionCodes?: boolean;
}

/** Every collection flag on unless told otherwise. */
export function withCollection(spec: SessionSpec, flags: CollectionFlags = {}): SessionSpec {
  return {
    ...spec,
    nameCollection: flags.nameCollection ?? true,
    phoneNumberCollection: flags.phoneNumberCollection ?? true,
    billingAddressCollection: flags.billingAddressCollection ?? true,
    shippingAddressCollection: flags.shippingAddressCollection ?? true,
    allowPromotionCodes: flags.allowPromotionCodes ?? true,
  };
}

export function withBranding(spec: SessionSpec, branding: BrandingSpec | null): SessionSpec {
  return { ...spec, brandingSettings: branding };
}

export function withStatus(spec: SessionSpec, status: SessionStatus): SessionSpec {
  return { ...spec, status };
}

/** The rates the sandbox's README uses: a 2.5 % card fee passed on to the customer, 14 % VAT on the fee. */
export const PASSED_ON_FEES = { feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14 } as const;

/** The customer pays the processing fee of the method they choose (sandbox/fees.mjs schedule). */
export function withFeesPassedOn(spec: SessionSpec): SessionSpec {
  return { ...spec, feeConfig: { ...PASSED_ON_FEES } };
}

/** Expires `ms` after it is registered (90 s shows the under-two-minutes countdown). */
export function expiringIn(spec: SessionSpec, ms: number): SessionSpec {
  return { ...spec, expiresInMs: ms, expiresAt: undefined };
}

/** Three distinct brands designers can compare. */
export const BRANDS = {
  /** Nile Goods: teal on warm white, pill buttons, relaxed. */
  nile: {
    colorMode: 'light',
    borderStyle: 'pill',
    spacing: 'relaxed',
    inputSize: 'large',
    inputStyle: 'outlined',
    formLayout: 'expanded',
    fontFamily: 'Georgia, "Times New Roman", serif',
    colors: { primary: '#0f766e', primaryForeground: '#ffffff', background: '#fffdf7', foreground: '#1c1917', ring: '#14b8a6', accent: '#ccfbf1', accentForeground: '#134e4a' },
  },
  /** Souq Al-Kuwait: gold on near-black, sharp, condensed, compact. */
  souq: {
    colorMode: 'dark',
    borderStyle: 'sharp',
    spacing: 'condensed',
    inputSize: 'small',
    inputStyle: 'flat',
    formLayout: 'compact',
    fontFamily: '"Trebuchet MS", Verdana, sans-serif',
    colors: { primary: '#d4a017', primaryForeground: '#111111', background: '#111111', foreground: '#f5f5f4', border: '#3f3f46', muted: '#1f1f23', mutedForeground: '#a1a1aa' },
  },
  /** Sakura Tea: plum and blossom, rounded, underlined inputs. */
  sakura: {
    colorMode: 'light',
    borderStyle: 'rounded',
    spacing: 'default',
    inputSize: 'medium',
    inputStyle: 'underlined',
    formLayout: 'compact',
    fontFamily: '"Hiragino Sans", "Noto Sans JP", system-ui, sans-serif',
    colors: {
      primary: '#9d174d',
      primaryForeground: '#ffffff',
      background: '#fff7fb',
      foreground: '#3b0764',
      border: '#f5d0e6',
      input: '#be185d',
      ring: '#db2777',
      muted: '#fdf2f8',
      mutedForeground: '#6b21a8',
      accent: '#fce7f3',
      accentForeground: '#831843',
      destructive: '#b91c1c',
    },
  },
} as const satisfies Record<string, BrandingSpec>;

/** Merchant name and logo file (in stories/assets) for each brand. */
export const BRAND_MERCHANTS: Record<keyof typeof BRANDS, { merchantName: string; logo: string }> = {
  nile: { merchantName: 'Nile Goods', logo: 'nile-goods.svg' },
  souq: { merchantName: 'Souq Al-Kuwait', logo: 'souq.svg' },
  sakura: { merchantName: 'Sakura Tea House', logo: 'sakura.svg' },
};
