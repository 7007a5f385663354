import { XPayOtpStep } from '../components/otp-step/xpay-otp-step.js';
import { XPayVoucher } from '../components/voucher/xpay-voucher.js';
import { defineElement } from '../define.js';

/**
 * The steps of local payment methods after pay is pressed: the one-time code of valU and mobile
 * wallets, and the Fawry reference paid later at an outlet. Only a session paid that way needs
 * them, so card-only checkouts never load this.
 */
defineElement('xpay-otp-step', XPayOtpStep);
defineElement('xpay-voucher', XPayVoucher);

export { XPayOtpStep, XPayVoucher };
export type { OtpError, OtpSubmitDetail, OtpVerificationView } from '../components/otp-step/xpay-otp-step.js';
export type { VoucherView } from '../components/voucher/xpay-voucher.js';
