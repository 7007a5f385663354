import { XPayCardInput } from '../components/card-input/xpay-card-input.js';
import { XPayPaymentForm } from '../components/payment-form/xpay-payment-form.js';
import { defineElement } from '../define.js';

/**
 * The payment form and the card entry's frame host: what an open session needs to take a
 * payment. It loads in parallel with the session itself, so the core that renders every other
 * state (loading, errors, expired, complete) stays small.
 */
defineElement('xpay-payment-form', XPayPaymentForm);
defineElement('xpay-card-input', XPayCardInput);

export { XPayCardInput, XPayPaymentForm };
