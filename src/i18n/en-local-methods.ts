import type { Message } from './types.js';

/**
 * The English of the local-methods chunk: the one-time code step and the Fawry reference. Added
 * to the page's English by those two elements (addEnglish in en.ts).
 */
export const enLocalMethods = {
  'otp.title': 'Enter your one-time code',
  'otp.bodySms': 'valU sent a {length}-digit code by SMS to the phone number ending {hint}.',
  'otp.bodyWallet': 'Your mobile wallet sent a {length}-digit code to the number ending {hint}. Enter it to approve the payment.',
  'otp.label': 'One-time code',
  'otp.submit': 'Confirm payment of {amount}',
  'otp.verifying': 'Checking the code…',
  'otp.resend': 'Send a new code',
  'otp.resent': 'A new code is on its way.',
  'otp.cancel': 'Use another payment method',
  'otp.incorrect': { one: 'That code is not right. {count} try left.', other: 'That code is not right. {count} tries left.' },
  'otp.incomplete': { one: 'Enter the {count}-digit code.', other: 'Enter the {count}-digit code.' },
  'otp.failed': 'The code could not be checked. Check your connection and try again.',

  'voucher.title': 'Pay at Fawry to complete your order',
  'voucher.reference': 'Fawry reference number',
  'voucher.copy': 'Copy',
  'voucher.copyLabel': 'Copy reference number',
  'voucher.copied': 'Reference number copied.',
  'voucher.amount': 'Amount to pay',
  'voucher.deadline': 'Pay before {time}, or the reference expires.',
  'voucher.stepsHeading': 'How to pay',
  'voucher.step1': 'Go to any Fawry outlet, or open the myFawry app.',
  'voucher.step2': 'Choose Fawry Pay and give the reference number.',
  'voucher.step3': 'Pay {amount}. This page updates by itself as soon as your payment arrives.',
  'voucher.waiting': 'Waiting for your payment',
} satisfies Record<string, Message>;
