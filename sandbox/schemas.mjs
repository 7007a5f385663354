// @ts-check
// Request shapes. Zod answers "is this well formed"; rules that depend on a session's
// settings (required fields, limits) live with the handlers that know the session.
import * as z from 'zod';
import { HttpError } from './http.mjs';
import { PAYMENT_METHODS } from './catalogue.mjs';

/**
 * Parses or throws the provider's 400, naming the dotted path of the first problem. Unknown
 * keys win over everything else: a misspelt `lineItem` should be reported as such, not as
 * a missing `lineItems`.
 * @template {z.ZodType} S
 * @param {S} schema
 * @param {unknown} input
 * @returns {z.output<S>}
 */
export function parseWith(schema, input) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (issue.code === 'unrecognized_keys') {
    const param = dotted([...issue.path, issue.keys[0]]);
    throw new HttpError(400, 'parameter_unknown', `Received unknown parameter: ${param}.`, { param });
  }
  const param = dotted(issue.path) || undefined;
  const custom = issue.code === 'custom' ? /** @type {{ code?: string } | undefined} */ (issue.params)?.code : undefined;
  if (custom === 'parameter_missing' || (!custom && valueAt(input, issue.path) === undefined)) {
    throw new HttpError(400, 'parameter_missing', `Missing required parameter: ${param ?? 'body'}.`, { param });
  }
  const where = param ? `Invalid ${param}: ` : 'Invalid request body: ';
  throw new HttpError(400, custom ?? 'parameter_invalid', where + lowerFirst(issue.message), { param });
}

/** @param {PropertyKey[]} path */
export function dotted(path) {
  return path.map(String).join('.');
}

/** @param {unknown} root @param {PropertyKey[]} path */
function valueAt(root, path) {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = /** @type {Record<PropertyKey, unknown>} */ (value)[key];
  }
  return value;
}

/** @param {string} text */
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---- building blocks ----

const text = (/** @type {number} */ max) => z.string().trim().max(max);
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

const addressFields = {
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

/** Fields a merchant may set at creation and change later with PATCH. */
const mutableFields = {
  lineItems: z.array(lineItem).min(1).max(100),
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
    })
    .optional(),
  feeConfig: z
    .strictObject({
      feesPassThrough: z.boolean().default(false),
      feePercentage: percent.default(0),
      vatCollectionEnabled: z.boolean().default(false),
      vatCollectionRate: percent.default(0),
    })
    .default({ feesPassThrough: false, feePercentage: 0, vatCollectionEnabled: false, vatCollectionRate: 0 }),
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
    })
    .default({ eventStream: true, failLoads: 0, malformedLoad: false, loadIdMismatch: false }),
});

export const updateSessionSchema = z.strictObject(
  /** @type {{ [K in keyof typeof mutableFields]: z.ZodOptional<(typeof mutableFields)[K]> }} */ (
    Object.fromEntries(Object.entries(mutableFields).map(([k, s]) => [k, s.optional()]))
  ),
);

// ---- client (widget) requests ----

const optionalText = (/** @type {number} */ max) => text(max).nullable().optional();
const confirmAddress = z.strictObject(
  Object.fromEntries(Object.keys(addressFields).map((k) => [k, optionalText(200)])),
);
// A month or year may arrive as a number or as the digits a form produced.
const smallInt = z.union([z.int(), z.string().regex(/^\d{1,4}$/).transform(Number)]);

// `paymentMethod.card` is not here: confirm-rules.mjs refuses it (raw_card_data_not_allowed)
// before the schema sees the body.
export const confirmSchema = z.strictObject({
  customerDetails: z
    .strictObject({
      email: optionalText(320),
      name: optionalText(200),
      phone: optionalText(30),
      billingDetails: z
        .strictObject({ name: optionalText(200), email: optionalText(320), phone: optionalText(30), address: confirmAddress.nullable().optional() })
        .nullable()
        .optional(),
      shipping: z
        .strictObject({ name: optionalText(200), phone: optionalText(30), address: confirmAddress.nullable().optional() })
        .nullable()
        .optional(),
    })
    .optional(),
  customFields: z
    .array(z.strictObject({ key: z.string().max(200), value: z.union([z.string().max(1000), z.number()]).nullable().optional() }))
    .max(10)
    .optional(),
  paymentMethod: z
    .strictObject({
      type: z.string().max(50),
      /** A card's token from the payment-methods endpoint. */
      id: z.string().max(100).optional(),
    })
    .optional(),
});

/** What the card frame sends to mint a card token (CONTRACT §5). */
export const paymentMethodSchema = z.strictObject({
  type: z.literal('card', { error: 'only card payment methods are created here' }),
  card: z.strictObject({
    number: z.string().max(40),
    expMonth: smallInt,
    expYear: smallInt,
    cvc: z.string().max(8),
    name: optionalText(200),
  }),
});

export const promotionCodeSchema = z.strictObject({ code: z.string().trim().max(100).nullable() });

// Quantities are checked by the handler so that errors can name the line item by id.
export const lineItemQuantitiesSchema = z.strictObject({
  lineItems: z
    .array(z.strictObject({ id: z.string().max(100), quantity: z.unknown() }))
    .min(1)
    .max(100),
});
