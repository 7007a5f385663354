import { XPayPromoCode } from '../components/promo-code/xpay-promo-code.js';
import { XPayQuantityStepper } from '../components/quantity-stepper/xpay-quantity-stepper.js';
import { defineElement } from '../define.js';

/**
 * Elements only some sessions need (promotion codes, adjustable quantities), loaded on demand so
 * every other checkout stays small. DROPDOWN custom fields are native selects in the payment form.
 */
defineElement('xpay-promo-code', XPayPromoCode);
defineElement('xpay-quantity-stepper', XPayQuantityStepper);

export { XPayPromoCode, XPayQuantityStepper };
