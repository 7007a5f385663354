/**
 * Fixture Checkout Sessions for Storybook, shaped exactly like the sandbox's answers
 * (camelCase, seed 004: every field present, `null` for what does not exist yet).
 *
 * A story describes a session as a `SessionSpec` (the inputs a merchant would send when
 * creating it) and `buildSession` derives the object the provider returns, with the sandbox's
 * arithmetic (sandbox/pricing.mjs): amounts are never typed by hand, so totals, taxes,
 * discounts and presentment conversions always add up. The fixture provider keeps the spec
 * and rebuilds the session after a promotion code or a quantity change, like the server.
 *
 * Builders at the bottom return specs for the variants designers need; they compose:
 * `withBranding(withCurrency(baseSpec(), 'KWD'), BRANDS.souq)`.
 */

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

export interface CustomFieldSpec {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMERIC' | 'DROPDOWN';
  isOptional?: boolean;
  minCharacters?: number;
  maxCharacters?: number;
  dropdownOptions?: { label: string; value: string }[];
}

export const COLOR_TOKENS = [
  'primary',
  'primaryForeground',
  'background',
  'foreground',
  'border',
  'input',
  'ring',
  'muted',
  'mutedForeground',
  'accent',
  'accentForeground',
  'destructive',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

/** Known values, default first (CONTRACT section 4). */
export const BRANDING_CHOICES = {
  colorMode: ['light', 'dark'],
  borderStyle: ['rounded', 'sharp', 'pill'],
  spacing: ['default', 'condensed', 'relaxed'],
  inputSize: ['medium', 'small', 'large'],
  inputStyle: ['outlined', 'flat', 'underlined'],
  formLayout: ['expanded', 'compact'],
} as const;

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
  customer?: { name?: string | null; email?: string | null; phone?: string | null; address?: Partial<Address> | null } | null;
  metadata?: Record<string, string>;
  /** Set by the provider once a payment went through. */
  paymentIntentId?: string | null;
}

export interface Address {
  line1: string | null;
  line2: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
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

// ---------------------------------------------------------------------------------------------
// Money, as sandbox/pricing.mjs does it.

const THREE_DECIMALS = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND']);
const ZERO_DECIMALS = new Set(['JPY']);

export function currencyDecimals(currency: string): number {
  if (ZERO_DECIMALS.has(currency)) return 0;
  if (THREE_DECIMALS.has(currency)) return 3;
  return 2;
}

const minorPerMajor = (currency: string) => 10 ** currencyDecimals(currency);

/** Units of each currency per 1 USD: the sandbox's fixed rates. */
const RATES: Record<string, number> = {
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
};

const roundAmount = (value: number) => Math.round(Number(value.toPrecision(12)));

function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(Number(x.toPrecision(12))));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0 && k < order.length; k += 1, rest -= 1) parts[order[k].i] += 1;
  return parts;
}

/** Units of `currency` per 1 unit of `presentment`, 6 significant digits. */
export function exchangeRate(currency: string, presentment: string): number {
  const from = RATES[currency];
  const to = RATES[presentment];
  if (from === undefined || to === undefined) throw new Error(`fixtures: no rate between ${currency} and ${presentment}`);
  return Number((from / to).toPrecision(6));
}

function convert(amount: number, currency: string, presentment: string, rate: number): number {
  return roundAmount((amount / minorPerMajor(currency) / rate) * minorPerMajor(presentment));
}

/** Promotion codes the fixture provider knows (the sandbox's). */
export const PROMOTION_CODES: Record<string, { name: string; percentOff: number | null; amountOffMajor: number | null; expired?: boolean }> = {
  WELCOME10: { name: '10% off', percentOff: 10, amountOffMajor: null },
  FLAT50: { name: '50 off', percentOff: null, amountOffMajor: 50 },
  EXPIRED10: { name: '10% off', percentOff: 10, amountOffMajor: null, expired: true },
};

// ---------------------------------------------------------------------------------------------
// Catalogue.

const PAYMENT_METHODS: Record<PaymentMethodKey, Record<string, unknown>> = {
  card: { type: 'card', displayName: 'Card', category: 'card', minTransactionAmount: '100', maxTransactionAmount: null },
  valu: { type: 'valu', displayName: 'valU installments', category: 'bnpl', minTransactionAmount: '50000', maxTransactionAmount: '10000000' },
  wallet: { type: 'wallet', displayName: 'Mobile wallet', category: 'wallet', minTransactionAmount: '100', maxTransactionAmount: '3000000' },
  fawry: { type: 'fawry', displayName: 'Fawry reference', category: 'voucher', minTransactionAmount: '100', maxTransactionAmount: null },
};

function paymentMethod(key: PaymentMethodKey) {
  return {
    ...PAYMENT_METHODS[key],
    requiredCustomerFields: [],
    supportsRefund: true,
    supportsPartialRefund: key === 'card' || key === 'wallet',
    supportsPartialCapture: false,
    paymentConfirmation: key === 'fawry' ? 'delayed' : 'immediate',
  };
}

const emptyAddress = (): Address => ({ line1: null, line2: null, city: null, state: null, postalCode: null, country: null });

/**
 * A logo served by Storybook itself (`stories/assets`, see `.storybook/main.ts` staticDirs),
 * as an absolute http(s) URL: the widget accepts no other scheme. Opened from `file://`, the
 * widget drops it, which is the graceful path too.
 */
export function assetUrl(file: string): string {
  return new URL(`fixture-assets/${file}`, document.baseURI).href;
}

/** A logo URL that does not exist: the widget must cope with a broken image. */
export const MISSING_LOGO_URL = 'https://fixtures.xpay.invalid/assets/missing-logo.png';

// ---------------------------------------------------------------------------------------------
// Building the session object.

export interface BuildContext {
  id: string;
  clientSecret: string;
  /** When the session was created; expiry is relative to it. */
  createdAt: number;
  origin: string;
}

export function buildSession(spec: SessionSpec, context: BuildContext): FixtureSession {
  const { id, createdAt } = context;
  const currency = spec.currency.toUpperCase();
  const uiMode = spec.uiMode ?? 'embedded';
  const status = spec.status ?? 'open';
  const created = new Date(createdAt).toISOString();
  const expiresAt = spec.expiresAt ?? new Date(createdAt + (spec.expiresInMs ?? 24 * 60 * 60_000)).toISOString();

  // Amounts: sandbox/pricing.mjs priceSession.
  const items = spec.items.map((item) => ({ ...item, quantity: item.quantity ?? 1 }));
  const subtotals = items.map((item) => item.unitAmount * item.quantity);
  const amountSubtotal = subtotals.reduce((a, b) => a + b, 0);
  const promo = spec.promotionCode ? PROMOTION_CODES[spec.promotionCode.toUpperCase()] : undefined;
  const amountDiscount = !promo
    ? 0
    : promo.percentOff !== null
      ? roundAmount((amountSubtotal * promo.percentOff) / 100)
      : Math.min((promo.amountOffMajor ?? 0) * minorPerMajor(currency), amountSubtotal);
  const lineDiscounts = allocate(amountDiscount, subtotals);
  const discounted = amountSubtotal - amountDiscount;
  const taxRate = spec.taxRate ?? 0;
  const amountTax = roundAmount((discounted * taxRate) / 100);
  const lineTaxes = allocate(
    amountTax,
    subtotals.map((s, i) => s - lineDiscounts[i]),
  );
  const amountShipping = spec.shippingAmount ?? 0;
  const fees = spec.feeConfig ?? { feesPassThrough: false, feePercentage: 0, vatCollectionEnabled: false, vatCollectionRate: 0 };
  const amountPlatformFee = fees.feesPassThrough ? roundAmount((discounted * fees.feePercentage) / 100) : 0;
  const amountCollectedVat = fees.vatCollectionEnabled ? roundAmount(((discounted + amountShipping) * fees.vatCollectionRate) / 100) : 0;
  const amountTotal = discounted + amountShipping + amountTax + amountPlatformFee + amountCollectedVat;

  const presentmentCurrency = spec.presentmentCurrency?.toUpperCase();
  const presentment =
    presentmentCurrency && presentmentCurrency !== currency
      ? { currency: presentmentCurrency, rate: exchangeRate(currency, presentmentCurrency) }
      : null;
  const toPresentment = (amount: number) => (presentment ? convert(amount, currency, presentment.currency, presentment.rate) : 0);

  const lineItems = items.map((item, i) => {
    const adjustable =
      item.adjustable === true
        ? { enabled: true, minimum: null, maximum: null }
        : item.adjustable
          ? { enabled: true, minimum: item.adjustable.minimum ?? null, maximum: item.adjustable.maximum ?? null }
          : null;
    const amountTotalLine = subtotals[i] - lineDiscounts[i] + lineTaxes[i];
    return {
      id: `li_${id.replace(/^cs_/, '')}_${i + 1}`,
      object: 'item',
      quantity: item.quantity,
      price: {
        id: `price_${id.replace(/^cs_/, '')}_${i + 1}`,
        unitAmount: item.unitAmount,
        currency,
        product: { name: item.name, description: item.description ?? null, images: item.images ?? [] },
      },
      adjustableQuantity: adjustable,
      amountSubtotal: subtotals[i],
      amountDiscount: lineDiscounts[i],
      amountTax: lineTaxes[i],
      amountTotal: amountTotalLine,
      currency,
      description: item.name,
      presentmentDetails: presentment
        ? { currency: presentment.currency, amountSubtotal: toPresentment(subtotals[i]), amountTotal: toPresentment(amountTotalLine) }
        : null,
    };
  });

  const customFields = (spec.customFields ?? []).map((field) => {
    const min = field.minCharacters ?? null;
    const max = field.maxCharacters ?? null;
    const limits = { minimumLength: min, maximumLength: max, value: null };
    return {
      key: field.key,
      label: field.label,
      type: field.type,
      isOptional: field.isOptional ?? false,
      hasLimits: min !== null || max !== null,
      limitType: min !== null && max !== null ? 'BETWEEN' : max !== null ? 'AT_MOST' : min !== null ? 'AT_LEAST' : null,
      minCharacters: min,
      maxCharacters: max,
      dropdownOptions: field.dropdownOptions ?? null,
      text: field.type === 'TEXT' ? limits : null,
      numeric: field.type === 'NUMERIC' ? { ...limits } : null,
      dropdown: field.type === 'DROPDOWN' ? { options: field.dropdownOptions ?? [], value: null } : null,
    };
  });

  const customer = spec.customer
    ? {
        id: `cus_${id.replace(/^cs_/, '')}`,
        type: 'guest',
        name: spec.customer.name ?? null,
        email: spec.customer.email ?? null,
        phone: spec.customer.phone ?? null,
        address: spec.customer.address ? { ...emptyAddress(), ...spec.customer.address } : null,
        shipping: null,
        metadata: {},
      }
    : null;

  const paid = status === 'complete';
  const paymentIntentId = spec.paymentIntentId ?? (paid ? `pi_${id.replace(/^cs_/, '')}` : null);

  return {
    id,
    object: 'checkout.session',
    createdAt: created,
    updatedAt: created,
    mode: 'payment',
    uiMode,
    submitType: spec.submitType ?? 'PAY',
    customerCreation: 'always',
    status,
    paymentStatus: paid ? 'paid' : 'unpaid',
    currency,
    amountSubtotal,
    amountTotal,
    totalDetails: { amountDiscount, amountShipping, amountTax, amountPlatformFee, amountCollectedVat },
    presentmentDetails: presentment
      ? {
          amount: toPresentment(amountTotal),
          currency: presentment.currency,
          exchangeRate: presentment.rate,
          exchangeRateId: `exr_${id.replace(/^cs_/, '')}`,
          amountSubtotal: toPresentment(amountSubtotal),
          amountTotal: toPresentment(amountTotal),
          amountDiscount: toPresentment(amountDiscount),
          amountCollectedVat: toPresentment(amountCollectedVat),
          amountPlatformFee: toPresentment(amountPlatformFee),
          amountTax: toPresentment(amountTax),
        }
      : null,
    afterCompletion: null,
    successUrl: spec.successUrl ?? null,
    cancelUrl: spec.cancelUrl ?? null,
    returnUrl: spec.returnUrl ?? null,
    url: uiMode === 'hosted' ? `${context.origin}/pay/${id}` : null,
    clientSecret: context.clientSecret,
    expiresAt,
    customerId: customer?.id ?? null,
    customer,
    customerDetails: null,
    paymentIntentId,
    paymentIntent: paymentIntentId
      ? {
          id: paymentIntentId,
          object: 'payment_intent',
          status: paid ? 'succeeded' : 'requires_payment_method',
          amount: amountTotal,
          currency,
          nextAction: null,
          lastPaymentError: null,
        }
      : null,
    lineItems,
    customFields,
    discounts: promo
      ? [
          {
            id: `di_${id.replace(/^cs_/, '')}`,
            promotionCodeCode: spec.promotionCode!.toUpperCase(),
            coupon: {
              name: promo.name,
              percentOff: promo.percentOff,
              amountOff: promo.amountOffMajor === null ? null : promo.amountOffMajor * minorPerMajor(currency),
            },
          },
        ]
      : [],
    allowPromotionCodes: spec.allowPromotionCodes ?? false,
    nameCollection: spec.nameCollection ?? false,
    billingAddressCollection: spec.billingAddressCollection ?? false,
    shippingAddressCollection: spec.shippingAddressCollection ?? false,
    phoneNumberCollection: spec.phoneNumberCollection ?? false,
    feeConfig: { ...fees, source: 'session' },
    brandingSettings: spec.brandingSettings ?? null,
    locale: spec.locale === undefined ? 'en' : spec.locale,
    paymentMethodTypes: (spec.paymentMethodTypes ?? ['card']).map(paymentMethod),
    paymentMethodConfigurationId: null,
    fees:
      fees.feesPassThrough || fees.vatCollectionEnabled
        ? {
            paymentMethodType: null,
            feeAmount: amountPlatformFee,
            feePercentage: fees.feePercentage,
            vatAmount: amountCollectedVat,
            totalAmount: amountPlatformFee + amountCollectedVat,
            cardInfo: null,
          }
        : null,
    customerUpdate: null,
    metadata: spec.metadata ?? {},
    merchantId: 'mch_fixture',
    merchantName: spec.merchantName === undefined ? 'Nile Goods' : spec.merchantName,
    merchantLogo: spec.merchantLogo ?? null,
    paymentLinkId: null,
    livemode: false,
  };
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
