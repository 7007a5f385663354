import { address, enumWithDefault, lenient, optionalEnum, warn } from './schema-parts.js';
import { array, bool, int, map, matching, num, object, refine, safeParse, str, union, type Infer } from './validator.js';
import { afterCompletion, feeConfig, fees, paymentIntent, paymentMethodType } from './payment-schema.js';

/**
 * The xpay Checkout Session as the widget reads it (seed 004, camelCase).
 * Required fields (CONTRACT section 3) fail the parse; everything else may be absent or null,
 * and a mistyped optional field is dropped with a warning rather than breaking checkout.
 */

const currencyCode = matching(/^[A-Za-z]{3}$/);

const contact = object({
  name: lenient(str, 'name'),
  email: lenient(str, 'email'),
  phone: lenient(str, 'phone'),
  address: lenient(address, 'address'),
});

const shipping = object({
  name: lenient(str, 'shipping.name'),
  phone: lenient(str, 'shipping.phone'),
  address: lenient(address, 'shipping.address'),
});

const amounts = {
  amountDiscount: lenient(int, 'amountDiscount'),
  amountTax: lenient(int, 'amountTax'),
  amountPlatformFee: lenient(int, 'amountPlatformFee'),
  amountCollectedVat: lenient(int, 'amountCollectedVat'),
};

const lineItem = object({
  id: str,
  quantity: int,
  description: lenient(str, 'lineItems[].description'),
  currency: lenient(str, 'lineItems[].currency'),
  amountSubtotal: int,
  amountTotal: int,
  amountDiscount: lenient(int, 'lineItems[].amountDiscount'),
  amountTax: lenient(int, 'lineItems[].amountTax'),
  price: lenient(
    object({
      unitAmount: lenient(int, 'price.unitAmount'),
      product: lenient(
        object({ name: lenient(str, 'product.name'), images: lenient(array(str), 'product.images') }),
        'price.product',
      ),
    }),
    'lineItems[].price',
  ),
  adjustableQuantity: lenient(
    object({
      enabled: bool,
      minimum: lenient(int, 'adjustableQuantity.minimum'),
      maximum: lenient(int, 'adjustableQuantity.maximum'),
    }),
    'lineItems[].adjustableQuantity',
  ),
  presentmentDetails: lenient(
    object({
      currency: str,
      amountSubtotal: lenient(int, 'presentmentDetails.amountSubtotal'),
      amountTotal: lenient(int, 'presentmentDetails.amountTotal'),
    }),
    'lineItems[].presentmentDetails',
  ),
});

/** Where a custom field holds what the customer submitted (seed 004: `text`, `numeric`, `dropdown`). */
const submittedValue = (name: string) => lenient(object({ value: lenient(str, `customFields[].${name}.value`) }), `customFields[].${name}`);

const customField = object({
  key: str,
  label: union(str, map(object({ custom: str }), (label) => label.custom)),
  type: enumWithDefault(['TEXT', 'NUMERIC', 'DROPDOWN'], 'custom field type'),
  isOptional: lenient(bool, 'customFields[].isOptional'),
  hasLimits: lenient(bool, 'customFields[].hasLimits'),
  minCharacters: lenient(int, 'customFields[].minCharacters'),
  maxCharacters: lenient(int, 'customFields[].maxCharacters'),
  dropdownOptions: lenient(array(object({ label: str, value: str })), 'customFields[].dropdownOptions'),
  text: submittedValue('text'),
  numeric: submittedValue('numeric'),
  dropdown: submittedValue('dropdown'),
});

const discount = object({
  id: lenient(str, 'discounts[].id'),
  promotionCodeCode: lenient(str, 'discounts[].promotionCodeCode'),
  coupon: lenient(
    object({
      name: lenient(str, 'coupon.name'),
      percentOff: lenient(num, 'coupon.percentOff'),
      amountOff: lenient(int, 'coupon.amountOff'),
    }),
    'discounts[].coupon',
  ),
});

const colors = object({
  primary: lenient(str, 'colors.primary'),
  primaryForeground: lenient(str, 'colors.primaryForeground'),
  background: lenient(str, 'colors.background'),
  foreground: lenient(str, 'colors.foreground'),
  border: lenient(str, 'colors.border'),
  input: lenient(str, 'colors.input'),
  ring: lenient(str, 'colors.ring'),
  muted: lenient(str, 'colors.muted'),
  mutedForeground: lenient(str, 'colors.mutedForeground'),
  accent: lenient(str, 'colors.accent'),
  accentForeground: lenient(str, 'colors.accentForeground'),
  destructive: lenient(str, 'colors.destructive'),
});

/** Raw strings: the theme module owns the known values and their fallbacks (CONTRACT section 4). */
const brandingSettings = object({
  colorMode: lenient(str, 'brandingSettings.colorMode'),
  borderStyle: lenient(str, 'brandingSettings.borderStyle'),
  spacing: lenient(str, 'brandingSettings.spacing'),
  inputSize: lenient(str, 'brandingSettings.inputSize'),
  inputStyle: lenient(str, 'brandingSettings.inputStyle'),
  formLayout: lenient(str, 'brandingSettings.formLayout'),
  fontFamily: lenient(str, 'brandingSettings.fontFamily'),
  colors: lenient(colors, 'brandingSettings.colors'),
});

export const sessionSchema = object({
  id: str,
  object: str,
  status: enumWithDefault(['open', 'complete', 'expired'], 'status'),
  uiMode: enumWithDefault(['hosted', 'embedded', 'custom'], 'uiMode'),
  currency: currencyCode,
  amountSubtotal: int,
  amountTotal: int,
  lineItems: array(lineItem),
  /** ISO-8601. Any string passes (the seed documents the type only); an unreadable one just disables the local clock. */
  expiresAt: str,

  paymentStatus: lenient(enumWithDefault(['unpaid', 'paid', 'no_payment_required'], 'paymentStatus'), 'paymentStatus'),
  submitType: optionalEnum(['PAY', 'BOOK', 'DONATE', 'ORDER', 'SUBSCRIBE'], 'submitType'),
  totalDetails: lenient(object({ amountShipping: lenient(int, 'amountShipping'), ...amounts }), 'totalDetails'),
  presentmentDetails: lenient(
    object({
      amount: int,
      currency: currencyCode,
      exchangeRate: refine(num, (rate) => rate > 0),
      amountSubtotal: lenient(int, 'presentmentDetails.amountSubtotal'),
      amountTotal: lenient(int, 'presentmentDetails.amountTotal'),
      amountShipping: lenient(int, 'presentmentDetails.amountShipping'),
      ...amounts,
    }),
    'presentmentDetails',
  ),
  cancelUrl: lenient(str, 'cancelUrl'),
  successUrl: lenient(str, 'successUrl'),
  returnUrl: lenient(str, 'returnUrl'),
  url: lenient(str, 'url'),
  customer: lenient(object({ ...contact.shape, shipping: lenient(shipping, 'customer.shipping') }), 'customer'),
  customerDetails: lenient(
    object({
      name: lenient(str, 'customerDetails.name'),
      email: lenient(str, 'customerDetails.email'),
      phone: lenient(str, 'customerDetails.phone'),
      billingDetails: lenient(contact, 'customerDetails.billingDetails'),
      shipping: lenient(shipping, 'customerDetails.shipping'),
    }),
    'customerDetails',
  ),
  paymentIntentId: lenient(str, 'paymentIntentId'),
  paymentIntent: lenient(paymentIntent, 'paymentIntent'),
  customFields: lenient(array(customField), 'customFields'),
  discounts: lenient(array(discount), 'discounts'),
  allowPromotionCodes: lenient(bool, 'allowPromotionCodes'),
  nameCollection: lenient(bool, 'nameCollection'),
  billingAddressCollection: lenient(bool, 'billingAddressCollection'),
  shippingAddressCollection: lenient(bool, 'shippingAddressCollection'),
  phoneNumberCollection: lenient(bool, 'phoneNumberCollection'),
  brandingSettings: lenient(brandingSettings, 'brandingSettings'),
  locale: lenient(str, 'locale'),
  paymentMethodTypes: lenient(array(paymentMethodType), 'paymentMethodTypes'),
  feeConfig: lenient(feeConfig, 'feeConfig'),
  fees: lenient(fees, 'fees'),
  afterCompletion: lenient(afterCompletion, 'afterCompletion'),
  merchantName: lenient(str, 'merchantName'),
  merchantLogo: lenient(str, 'merchantLogo'),
  /** false for a test session, which says so to the customer. */
  livemode: lenient(bool, 'livemode'),
});

export type Session = Infer<typeof sessionSchema>;
export type LineItem = Session['lineItems'][number];
export type CustomField = NonNullable<Session['customFields']>[number];
export type PaymentMethodType = NonNullable<Session['paymentMethodTypes']>[number];
export type BrandingSettings = NonNullable<Session['brandingSettings']>;
export type Address = Infer<typeof address>;
export type PaymentIntent = NonNullable<Session['paymentIntent']>;
export type NextAction = NonNullable<PaymentIntent['nextAction']>;
export type OtpVerification = NonNullable<NextAction['verifyOtp']>;
export type Voucher = NonNullable<NextAction['displayVoucher']>;
export type { InstallmentPlan } from './payment-schema.js';

/** Parses a provider body; null when a required field is missing or mistyped. */
export function parseSession(body: unknown): Session | null {
  const result = safeParse(sessionSchema, body);
  if (!result.ok) {
    warn(`the session does not match the schema: ${result.paths.map((path) => path.join('.') || '(root)').join(', ')}`);
    return null;
  }
  return result.value;
}
