import type { Message } from './types.js';

/**
 * The English catalog: built into every bundle, the source of the message keys, and the
 * final fallback. Every other catalog must have exactly these keys (the type enforces it).
 */
export const en = {
  'checkout.label': 'Checkout',
  'loading': 'Loading checkout…',
  'merchant.fallback': 'the merchant',

  'error.title': 'Checkout unavailable',
  'error.missing_api_base': 'This checkout is not set up correctly: the payment service address is missing.',
  'error.invalid_client_secret': 'This checkout link is not valid. Please start the checkout again.',
  'error.unauthorized': 'This checkout could not be opened because access was refused. Please start the checkout again.',
  'error.session_not_found': 'This checkout could not be found. Please start the checkout again.',
  'error.network': 'We could not reach the payment service. Check your connection and try again.',
  'error.invalid_session': 'The payment service sent a checkout we could not read. Please try again later.',
  'error.ui_mode_not_embedded': 'This checkout is completed on its own page.',
  'action.retry': 'Try again',
  'action.continueToCheckout': 'Continue to checkout',

  'summary.heading': 'Order summary',
  'summary.logo': '{merchant} logo',
  'summary.quantity': 'Qty {quantity}',
  'summary.quantityAndUnit': 'Qty {quantity} · {amount} each',
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Discount',
  'summary.discountCode': 'Discount ({code})',
  'summary.shipping': 'Shipping',
  'summary.tax': 'Tax',
  'summary.platformFee': 'Service fee',
  'summary.vat': 'VAT',
  'summary.total': 'Total due',
  'summary.exchangeRate': 'Exchange rate: 1 {from} = {rate} {to}.',
  'summary.settlement': 'The merchant receives {amount}.',

  'expiry.warning': 'This checkout expires {relative}. Complete your payment before then.',
  'expiry.timeLeft': 'Time left',
  'expired.title': 'This checkout has expired',
  'expired.body': 'The time to complete this payment ran out, so nothing was charged. Please start the checkout again.',
  'expired.back': 'Back to {merchant}',

  'complete.title': 'Payment complete',
  'complete.body': 'Thank you. {merchant} has received your payment of {amount}.',
  'validation.required': 'This field is required.',
  'validation.chooseOption': 'Choose an option.',
  'validation.email': 'Enter a valid email address, like name@example.com.',
  'validation.phone': 'Enter a valid phone number.',
  'validation.postalCode': 'Enter a valid postal code, like {example}.',
  'validation.minLength': { one: 'Enter at least {count} character.', other: 'Enter at least {count} characters.' },
  'validation.maxLength': { one: 'Use at most {count} character.', other: 'Use at most {count} characters.' },
  'validation.digitsOnly': 'Use digits only.',
  'validation.cardNumberIncomplete': 'Your card number is incomplete.',
  'validation.cardNumberInvalid': 'Your card number is invalid.',
  'validation.expiryIncomplete': 'Enter the expiry date as MM/YY.',
  'validation.expiryInvalid': 'The expiry month must be from 01 to 12.',
  'validation.expiryPast': 'Your card has expired.',
  'validation.cvcIncomplete': { one: 'Enter the {count}-digit security code.', other: 'Enter the {count}-digit security code.' },
  'validation.quantityRange': 'Choose a quantity from {min} to {max}.',

  'field.country': 'Country or region',
  'field.line1': 'Address',
  'field.line2': 'Apartment, suite, etc.',
  'field.city': 'City',
  'field.postalCode': 'Postal code',
  'field.zipCode': 'ZIP code',
  'field.postcode': 'Postcode',
  'field.state': 'State',
  'field.province': 'Province',
  'field.governorate': 'Governorate',
  'field.emirate': 'Emirate',
  'field.region': 'Region',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
