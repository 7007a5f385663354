import { XPayCardInput } from '../components/card-input/xpay-card-input.js';
import { XPayPaymentForm } from '../components/payment-form/xpay-payment-form.js';
import { defineElement } from '../define.js';

/**
 * The payment form and card entry: what an open session needs to take a payment. It loads in
 * parallel with the session itself, so the core that renders every other state (loading,
 * errors, expired, complete) stays small; and card entry is already its own unit for the day
 * it moves into a frame served from the provider's origin.
 */
defineElement('xpay-payment-form', XPayPaymentForm);
defineElement('xpay-card-input', XPayCardInput);

export { XPayCardInput, XPayPaymentForm };
