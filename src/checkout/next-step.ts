import type { Session } from '../api/schema.js';

/**
 * The step a local method's payment waits on (CONTRACT §2 extension, issue 12), if the session
 * shows one. Apart from the pay attempts because every view of a session asks, expired and
 * completed ones too, and those never load the payment code.
 */
export function nextStep(session: Session): 'verify_otp' | 'display_voucher' | null {
  if (session.status !== 'open') return null;
  const action = session.paymentIntent?.nextAction;
  if (action?.type === 'verify_otp' && action.verifyOtp) return 'verify_otp';
  if (action?.type === 'display_voucher' && action.displayVoucher) return 'display_voucher';
  return null;
}

