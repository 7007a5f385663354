import type { enLocalMethods } from './en-local-methods.js';
import type { enPayment } from './en-payment.js';
import type { Message } from './types.js';

/**
 * English, the final fallback and the source of the message keys, in three parts: this one,
 * built into every bundle (what loading, errors, the summary, the expired notice and the receipt
 * say), and the parts of the payment chunk (en-payment.ts) and the local-methods chunk
 * (en-local-methods.ts), which the elements that say those things add when their chunk runs.
 * An expired or paid session never downloads the form's words. Every other catalog has every
 * key of all three (the type enforces it).
 */
export const en = {
  'checkout.label': 'Checkout',
  'loading': 'Loading checkout…',

  'error.title': 'Checkout unavailable',
  'error.missing_api_base': 'This checkout is not set up correctly: the payment service address is missing.',
  'error.invalid_client_secret': 'This checkout link is not valid. Please start the checkout again.',
  'error.unauthorized': 'This checkout could not be opened because access was refused. Please start the checkout again.',
  'error.session_not_found': 'This checkout could not be found. Please start the checkout again.',
  'error.network': 'We could not reach the payment service. Check your connection and try again.',
  'error.invalid_session': 'The payment service sent a checkout we could not read. Please try again later.',
  'error.unexpected_response': 'The payment service gave an answer we could not use. Try again.',
  'error.ui_mode_not_embedded': 'This checkout is completed on its own page.',
  'action.retry': 'Try again',
  'action.continueToCheckout': 'Continue to checkout',
  'expiry.timeLeft': 'Time left',

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
  'summary.fee.card': 'Card fee',
  'summary.fee.internationalCard': 'International card fee',
  'summary.fee.valu': 'valU fee',
  'summary.fee.wallet': 'Mobile wallet fee',
  'summary.fee.fawry': 'Fawry fee',
  'method.card': 'Card',
  'method.valu': 'valU installments',
  'method.wallet': 'Mobile wallet',
  'method.fawry': 'Fawry reference',
  'summary.feeVat': 'VAT on the fee',
  'summary.total': 'Total due',
  'summary.totalPaid': 'Total paid',
  'summary.exchangeRate': 'Exchange rate: {one} {from} = {rate} {to}.',
  'summary.settlement': 'The merchant receives {amount}.',
  'summary.testMode': 'Test mode',

  'expired.title': 'This checkout has expired',
  'expired.body': 'The time to complete this payment ran out, so nothing was charged. Please start the checkout again.',
  'expired.bodyClosed': 'This checkout was closed before the payment was made, so nothing was charged. Please start the checkout again.',
  'expired.startAgain': 'Start again',
  'expired.startAgainHint': 'A new checkout opens here with the details you entered. Card details are never kept: enter them again.',
  'expired.restarting': 'Starting a new checkout…',
  'expired.restartFailed': 'A new checkout could not be started. Check your connection and try again.',
  'expired.back': 'Back to {merchant}',
  'expired.backGeneric': 'Back to the shop',

  'complete.title': 'Payment complete',
  'complete.body': 'Thank you. {merchant} has received your payment of {amount}.',
  'complete.bodyGeneric': 'Thank you. Your payment of {amount} has been received.',
  'complete.amountPaid': 'Amount paid',
  'complete.paidWith': 'Paid with',
  'complete.cardEnding': '{brand} ending in {last4}',
  'complete.receiptTo': 'A receipt is on its way to {email}.',
  'complete.redirecting': { one: 'Taking you back to {merchant} in {count} second.', other: 'Taking you back to {merchant} in {count} seconds.' },
  'complete.redirectingGeneric': { one: 'Taking you back to the shop in {count} second.', other: 'Taking you back to the shop in {count} seconds.' },
  'complete.redirectNow': 'Continue now',
  'validation.required': 'This field is required.',
  'validation.digitsOnly': 'Use digits only.',
  'validation.quantityRange': 'Choose a quantity from {min} to {max}.',
  'validation.quantityRejected': 'This quantity is not available.',
  'validation.rejected': 'Please check this field.',

  'promo.invalid': 'This promotion code is not valid.',
  'promo.notAccepted': 'Promotion codes cannot be used for this order.',
  'promo.add': 'Add promotion code',
  'promo.label': 'Promotion code',
  'promo.apply': 'Apply',
  'promo.applying': 'Applying…',
  'promo.remove': 'Remove promotion code {code}',
  'promo.applied': 'Promotion code {code} applied. New total: {total}.',
  'promo.removed': 'Promotion code removed. New total: {total}.',

  'quantity.label': 'Quantity of {item}',
  'quantity.increase': 'Increase quantity of {item}',
  'quantity.decrease': 'Decrease quantity of {item}',
  'quantity.updated': 'Quantity updated. New total: {total}.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en | keyof typeof enPayment | keyof typeof enLocalMethods;

/** The English this page has: the core's, and each part added since (addEnglish). */
export const english: Partial<Record<MessageKey, Message>> = { ...en };

/** Called by the elements that use a part, so their words are there wherever they render. */
export function addEnglish(part: Partial<Record<MessageKey, Message>>): void {
  Object.assign(english, part);
}
