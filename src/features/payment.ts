import { XPayCardInput } from '../components/card-input/xpay-card-input.js';
import { XPayPaymentForm } from '../components/payment-form/xpay-payment-form.js';
import { OpenSession } from '../components/checkout/open-session.js';
import { defineElement } from '../define.js';

/**
 * The payment form, the card entry's frame host and the open session's behaviour: what an open
 * session needs to take a payment. Loaded once the session says it is open, so the core that
 * renders every other state (loading, errors, expired, complete) stays small.
 */
defineElement('xpay-payment-form', XPayPaymentForm);
defineElement('xpay-card-input', XPayCardInput);

export { OpenSession, XPayCardInput, XPayPaymentForm };
