import { amountLike, lenient } from './schema-parts.js';
import { array, bool, int, nullable, num, object, str, withDefault, type Infer } from './validator.js';

/**
 * What the session says about paying: the methods and what each needs, the fees the provider
 * computed for the current choice, the PaymentIntent and the step it waits on, and what
 * follows completion.
 */

export const paymentMethodType = object({
  type: str,
  displayName: lenient(str, 'paymentMethodTypes[].displayName'),
  category: lenient(str, 'paymentMethodTypes[].category'),
  minTransactionAmount: lenient(amountLike, 'paymentMethodTypes[].minTransactionAmount'),
  maxTransactionAmount: lenient(amountLike, 'paymentMethodTypes[].maxTransactionAmount'),
  /** Customer fields this method needs even when the session does not collect them (`name`, `phone`). */
  requiredCustomerFields: lenient(array(nullable(str)), 'paymentMethodTypes[].requiredCustomerFields'),
  /** `delayed`: the customer pays later (a Fawry reference); the session stays unpaid until then. */
  paymentConfirmation: lenient(str, 'paymentMethodTypes[].paymentConfirmation'),
});

export const installmentPlan = object({
  id: str,
  tenorMonths: int,
  monthlyAmount: int,
  totalAmount: int,
  feeAmount: lenient(int, 'installmentPlan.feeAmount'),
  interestRate: lenient(num, 'installmentPlan.interestRate'),
  currency: lenient(str, 'installmentPlan.currency'),
});

/** The one-time code a valU or wallet payment waits on. */
const verifyOtp = object({
  channel: lenient(str, 'verifyOtp.channel'),
  phoneHint: lenient(str, 'verifyOtp.phoneHint'),
  codeLength: withDefault(int, 6),
  attemptsRemaining: lenient(int, 'verifyOtp.attemptsRemaining'),
  expiresAt: lenient(str, 'verifyOtp.expiresAt'),
});

/** A reference the customer pays at an outlet (Fawry). */
const displayVoucher = object({
  provider: lenient(str, 'displayVoucher.provider'),
  reference: str,
  amount: int,
  currency: str,
  expiresAt: lenient(str, 'displayVoucher.expiresAt'),
});

export const paymentIntent = object({
  id: lenient(str, 'paymentIntent.id'),
  status: lenient(str, 'paymentIntent.status'),
  /** What a receipt shows of how the customer paid; never more of a card than brand and last4. */
  paymentMethod: lenient(
    object({
      type: lenient(str, 'paymentMethod.type'),
      card: lenient(object({ brand: lenient(str, 'paymentMethod.card.brand'), last4: lenient(str, 'paymentMethod.card.last4') }), 'paymentMethod.card'),
    }),
    'paymentIntent.paymentMethod',
  ),
  nextAction: lenient(
    object({
      type: lenient(str, 'nextAction.type'),
      redirectToUrl: lenient(
        object({ url: lenient(str, 'redirectToUrl.url'), returnUrl: lenient(str, 'redirectToUrl.returnUrl') }),
        'nextAction.redirectToUrl',
      ),
      verifyOtp: lenient(verifyOtp, 'nextAction.verifyOtp'),
      displayVoucher: lenient(displayVoucher, 'nextAction.displayVoucher'),
    }),
    'paymentIntent.nextAction',
  ),
  installmentPlan: lenient(installmentPlan, 'paymentIntent.installmentPlan'),
  lastPaymentError: lenient(
    object({
      code: lenient(str, 'lastPaymentError.code'),
      declineCode: lenient(str, 'lastPaymentError.declineCode'),
      message: lenient(str, 'lastPaymentError.message'),
    }),
    'paymentIntent.lastPaymentError',
  ),
});

export const feeConfig = object({
  feesPassThrough: lenient(bool, 'feeConfig.feesPassThrough'),
  vatCollectionEnabled: lenient(bool, 'feeConfig.vatCollectionEnabled'),
  vatCollectionRate: lenient(num, 'feeConfig.vatCollectionRate'),
});

/** The processing fee the provider computed for the current method and card. */
export const fees = object({
  paymentMethodType: lenient(str, 'fees.paymentMethodType'),
  feeAmount: lenient(int, 'fees.feeAmount'),
  vatAmount: lenient(int, 'fees.vatAmount'),
  totalAmount: lenient(int, 'fees.totalAmount'),
  cardInfo: lenient(
    object({
      brand: lenient(str, 'fees.cardInfo.brand'),
      isOnUs: lenient(bool, 'fees.cardInfo.isOnUs'),
      isInternational: lenient(bool, 'fees.cardInfo.isInternational'),
    }),
    'fees.cardInfo',
  ),
});

export const afterCompletion = object({
  type: lenient(str, 'afterCompletion.type'),
  hostedConfirmation: lenient(object({ customMessage: lenient(str, 'hostedConfirmation.customMessage') }), 'afterCompletion.hostedConfirmation'),
  redirect: lenient(object({ url: lenient(str, 'redirect.url') }), 'afterCompletion.redirect'),
});

export type InstallmentPlan = Infer<typeof installmentPlan>;
