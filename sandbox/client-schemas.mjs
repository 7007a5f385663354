// @ts-check
// The shapes of the widget's requests (client secret). Whether a body fits *this* session is
// confirm-rules.mjs's and method-rules.mjs's business.
import * as z from 'zod';
import { addressFields, text } from './schemas.mjs';

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
      valu: z.strictObject({ planId: z.string().max(50).nullable().optional() }).nullable().optional(),
    })
    .optional(),
  /** The total the customer was shown; another total is 409 amount_changed. */
  expectedAmountTotal: z.int().min(0).optional(),
});

/** The method (and card brand) the customer has chosen, before paying. */
export const selectionSchema = z.strictObject({
  paymentMethodType: z.string().max(50),
  cardBrand: z.string().regex(/^[a-z_]{1,20}$/, 'must be 1-20 lower-case letters or _').nullable().optional(),
});

/** A one-time code as typed; its length is not checked here: a wrong length is a wrong code. */
export const verifyOtpSchema = z.strictObject({
  code: z
    .unknown()
    .refine((v) => typeof v === 'string' && /^\d+$/.test(v), { message: 'must be a string of digits', params: { code: 'parameter_invalid' } })
    .transform(String),
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
