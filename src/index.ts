// First, so that without a DOM its stand-ins exist before Lit's modules evaluate (define.ts).
import { defineElement, endDomlessEvaluation } from './define.js';
import { XPayCheckout } from './components/checkout/xpay-checkout.js';
import { XPayExpiredNotice } from './components/expired-notice/xpay-expired-notice.js';
import { XPayOrderSummary } from './components/order-summary/xpay-order-summary.js';

defineElement('xpay-checkout', XPayCheckout);
defineElement('xpay-order-summary', XPayOrderSummary);
defineElement('xpay-expired-notice', XPayExpiredNotice);
endDomlessEvaluation();

export { XPayCheckout, XPayOrderSummary, XPayExpiredNotice };
export { initEmbeddedCheckout } from './embedded-checkout.js';
export type { EmbeddedCheckout, EmbeddedCheckoutOptions } from './embedded-checkout.js';
export type { StateName as CheckoutState } from './checkout/state.js';
export type { ExpiredReason, XPayEventDetails } from './lib/events.js';
export type { Session } from './api/schema.js';
