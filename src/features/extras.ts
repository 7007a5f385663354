import { XPayPromoCode } from '../components/promo-code/xpay-promo-code.js';
import { XPayQuantityStepper } from '../components/quantity-stepper/xpay-quantity-stepper.js';
import { XPaySelect } from '../components/select/xpay-select.js';
import { defineElement } from '../define.js';

/**
 * Elements only some sessions need (a DROPDOWN custom field, promotion codes, adjustable
 * quantities). They, and floating-ui, load on demand so every other checkout stays small.
 */
defineElement('xpay-select', XPaySelect);
defineElement('xpay-promo-code', XPayPromoCode);
defineElement('xpay-quantity-stepper', XPayQuantityStepper);

export { XPayPromoCode, XPayQuantityStepper, XPaySelect };
