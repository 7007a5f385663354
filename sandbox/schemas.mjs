// @ts-check
// The merchant's request shapes (the widget's are in client-schemas.mjs). Zod answers "is this
// well formed"; rules that depend on a session's settings (required fields, limits) live with
// the handlers that know the session.
import * as z from 'zod';
import { PAYMENT_METHODS } from './catalogue.mjs';

export const text = (/** @type {number} */ max) => z.string().trim().max(max);
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).max(2048);
const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be a 3-letter ISO 4217 code')
  .transform((c) => c.toUpperCase());
const percent = z.number().min(0).max(100);
// Metadata keys become object keys; refusing odd ones keeps `__proto__` and friends out.
const metadataKey = z.string().regex(/^[A-Za-z0-9_.:-]{1,40}$/, 'keys are 1-40 letters, digits, _ . : -');
const metadata = z
  .record(metadataKey, z.string().max(500))
  .refine((m) => Object.keys(m).length <= 50, 'at most 50 keys');

export const addressFields = {
  line1: text(200).optional(),
  line2: text(200).optional(),
  city: text(200).optional(),
  state: text(200).optional(),
  postalCode: text(20).optional(),
  country: text(2).optional(),
};

const lineItem = z
  .strictObject({
    price: z.strictObject({
      unitAmount: z.int().min(0).max(99_999_999_999),
      productName: text(250).min(1),
      description: text(500).optional(),
      images: z.array(httpUrl).max(8).optional(),
    }),
    quantity: z.int().min(1).max(999),
    adjustableQuantity: z
      .strictObject({
        enabled: z.boolean(),
        minimum: z.int().min(0).optional(),
        maximum: z.int().min(1).max(999).optional(),
      })
      .optional(),
  })
  .superRefine((item, ctx) => {
    const adj = item.adjustableQuantity;
    if (!adj) return;
    const min = adj.minimum ?? 1;
    const max = adj.maximum ?? 99;
    if (min > max) {
      ctx.addIssue({ code: 'custom', path: ['adjustableQuantity', 'minimum'], message: 'minimum is above maximum' });
    } else if (adj.enabled && (item.quantity < min || item.quantity > max)) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: `must be between ${min} and ${max}` });
    }
  });

const customField = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9_]{1,200}$/, 'use 1-200 lower-case letters, digits or _'),
    label: text(50).min(1),
    type: z.enum(['TEXT', 'NUMERIC', 'DROPDOWN']),
    isOptional: z.boolean().optional(),
    minCharacters: z.int().min(0).max(255).optional(),
    maxCharacters: z.int().min(1).max(255).optional(),
    dropdownOptions: z
      .array(z.strictObject({ label: text(100).min(1), value: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) }))
      .min(1)
      .max(200)
      .optional(),
  })
  .superRefine((field, ctx) => {
    const isDropdown = field.type === 'DROPDOWN';
    if (isDropdown && !field.dropdownOptions) {
      ctx.addIssue({ code: 'custom', path: ['dropdownOptions'], message: 'required for DROPDOWN fields', params: { code: 'parameter_missing' } });
    }
    if (!isDropdown && field.dropdownOptions) {
      ctx.addIssue({ code: 'custom', path: ['dropdownOptions'], message: 'only allowed for DROPDOWN fields' });
    }
    if (isDropdown && (field.minCharacters !== undefined || field.maxCharacters !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['minCharacters'], message: 'character limits do not apply to DROPDOWN fields' });
    }
    if (field.minCharacters !== undefined && field.maxCharacters !== undefined && field.minCharacters > field.maxCharacters) {
      ctx.addIssue({ code: 'custom', path: ['minCharacters'], message: 'minCharacters is above maxCharacters' });
    }
    const values = (field.dropdownOptions ?? []).map((o) => o.value);
    if (new Set(values).size !== values.length) {
      ctx.addIssue({ code: 'custom', path: ['dropdownOptions'], message: 'option values must be unique' });
    }
  });

const customFields = z
  .array(customField)
  .max(3)
  .superRefine((fields, ctx) => {
    const seen = new Set();
    fields.forEach((f, i) => {
      if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'keys must be unique' });
      seen.add(f.key);
    });
  });

// Values are deliberately free strings: the widget must cope with ones it does not know.
const brandingValue = text(100);
const brandingSettings = z.strictObject({
  colorMode: brandingValue.optional(),
  borderStyle: brandingValue.optional(),
  spacing: brandingValue.optional(),
  inputSize: brandingValue.optional(),
  inputStyle: brandingValue.optional(),
  formLayout: brandingValue.optional(),
  fontFamily: text(200).optional(),
  colors: z
    .strictObject(
      Object.fromEntries(
        [
          'primary', 'primaryForeground', 'background', 'foreground', 'border', 'input', 'ring',
          'muted', 'mutedForeground', 'accent', 'accentForeground', 'destructive',
        ].map((token) => [token, brandingValue.optional()]),
      ),
    )
    .optional(),
});

const paymentMethodTypes = z
  .array(
    z.string().refine((t) => Object.hasOwn(PAYMENT_METHODS, t), {
      message: `must be one of ${Object.keys(PAYMENT_METHODS).join(', ')}`,
      params: { code: 'payment_method_unsupported' },
    }),
  )
  .min(1)
  .max(10)
  .refine((types) => new Set(types).size === types.length, 'types must be unique');

// A redirect may leave the provider for https anywhere, or for plain http only on the
// developer's own machine.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** @param {string} value */
function isRedirectTarget(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

// Kept as sent (the {CHECKOUT_SESSION_ID} placeholder included), as the merchant reads it back.
const afterCompletion = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('hosted_confirmation'),
    hostedConfirmation: z.strictObject({ customMessage: z.string().max(1000).nullable().optional() }).optional(),
  }),
  z.strictObject({
    type: z.literal('redirect'),
    redirect: z.strictObject({
      url: z
        .string()
        .max(2048)
        .refine(isRedirectTarget, { message: 'must be an https URL, or http on 127.0.0.1, localhost or [::1]', params: { code: 'parameter_invalid' } }),
    }),
  }),
]);

/** Fields a merchant may set at creation and change later with PATCH. */
const mutableFields = {
  // Large carts (a grocery order, a B2B reorder) run to hundreds of lines; 250 bounds the body.
  lineItems: z.array(lineItem).min(1).max(250),
  customFields,
  brandingSettings,
  locale: z.string().regex(/^(auto|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, 'must be a BCP 47 language tag'),
  nameCollection: z.boolean(),
  phoneNumberCollection: z.boolean(),
  billingAddressCollection: z.boolean(),
  shippingAddressCollection: z.boolean(),
  allowPromotionCodes: z.boolean(),
  successUrl: httpUrl,
  cancelUrl: httpUrl,
  returnUrl: httpUrl,
  merchantName: text(100).min(1),
  merchantLogo: httpUrl.nullable(),
  metadata,
  shippingAmount: z.int().min(0).max(99_999_999_999),
  taxRate: percent,
  afterCompletion: afterCompletion.nullable(),
};

/** Fixed at creation; PATCH refuses to change them. */
export const IMMUTABLE_FIELDS = Object.freeze(['mode', 'uiMode', 'submitType', 'currency', 'expiresAfterMinutes']);

export const createSessionSchema = z.strictObject({
  ...mutableFields,
  customFields: customFields.default([]),
  locale: mutableFields.locale.default('en'),
  nameCollection: z.boolean().default(false),
  phoneNumberCollection: z.boolean().default(false),
  billingAddressCollection: z.boolean().default(false),
  shippingAddressCollection: z.boolean().default(false),
  allowPromotionCodes: z.boolean().default(false),
  brandingSettings: brandingSettings.optional(),
  successUrl: httpUrl.optional(),
  cancelUrl: httpUrl.optional(),
  returnUrl: httpUrl.optional(),
  merchantName: mutableFields.merchantName.default('Sandbox Shop'),
  merchantLogo: mutableFields.merchantLogo.default(null),
  metadata: metadata.default({}),
  shippingAmount: mutableFields.shippingAmount.default(0),
  taxRate: percent.default(0),
  afterCompletion: mutableFields.afterCompletion.default(null),
  currency: currency.default('EGP'),
  mode: z.literal('payment').default('payment'),
  uiMode: z.enum(['hosted', 'embedded']).default('hosted'),
  submitType: z.enum(['PAY', 'BOOK', 'DONATE', 'ORDER', 'SUBSCRIBE']).default('PAY'),
  paymentMethodTypes: paymentMethodTypes.default(['card']),
  presentmentCurrency: currency.optional(),
  expiresAfterMinutes: z.number().gt(0).max(43200).default(1440),
  customer: z
    .strictObject({
      name: text(200).optional(),
      email: z.email().max(320).optional(),
      phone: text(30).optional(),
      address: z.strictObject(addressFields).optional(),
      shipping: z
        .strictObject({ name: text(200).optional(), phone: text(30).optional(), address: z.strictObject(addressFields).optional() })
        .optional(),
    })
    .optional(),
  // Absent: the merchant bears the processing fee (the session shows feeConfig: null).
  feeConfig: z
    .strictObject({
      feesPassThrough: z.boolean().default(false),
      feePercentage: percent.default(2.5),
      vatCollectionEnabled: z.boolean().default(false),
      vatCollectionRate: percent.default(0),
    })
    .optional(),
  sandbox: z
    .strictObject({
      eventStream: z.boolean().default(true),
      failLoads: z
        .union([
          z.int().min(0).max(10),
          z.strictObject({
            count: z.int().min(1).max(10),
            status: z.int().min(400).max(599),
            retryAfter: z.int().min(0).max(120).optional(),
          }),
        ])
        .default(0),
      malformedLoad: z.boolean().default(false),
      loadIdMismatch: z.boolean().default(false),
      holdConfirms: z
        .strictObject({
          count: z.int().min(1).max(10),
          stage: z.enum(['before_charge', 'after_charge']),
        })
        .optional(),
      otpExpiresAfterSeconds: z.number().gt(0).max(300).default(300),
    })
    .default({ eventStream: true, failLoads: 0, malformedLoad: false, loadIdMismatch: false, otpExpiresAfterSeconds: 300 }),
});

export const updateSessionSchema = z.strictObject(
  /** @type {{ [K in keyof typeof mutableFields]: z.ZodOptional<(typeof mutableFields)[K]> }} */ (
    Object.fromEntries(Object.entries(mutableFields).map(([k, s]) => [k, s.optional()]))
  ),
);
