import * as z from 'zod/mini';
import { amountLike, int, lenient, str } from './schema-parts.js';

/**
 * What the session says about paying: the methods and what each needs, the fees the provider
 * computed for the current choice, the PaymentIntent and the step it waits on, and what
 * follows completion.
 */

export const paymentMethodType = z.object({
  type: str,
  displayName: lenient(str, 'paymentMethodTypes[].displayName'),
  category: lenient(str, 'paymentMethodTypes[].category'),
  minTransactionAmount: lenient(amountLike, 'paymentMethodTypes[].minTransactionAmount'),
  maxTransactionAmount: lenient(amountLike, 'paymentMethodTypes[].maxTransactionAmount'),
  /** Customer fields this method needs even when the session does not collect them (`name`, `phone`). */
  requiredCustomerFields: lenient(z.array(z.nullable(str)), 'paymentMethodTypes[].requiredCustomerFields'),
  /** `delayed`: the customer pays later (a Fawry reference); the session stays unpaid until then. */
  paymentConfirmation: lenient(str, 'paymentMethodTypes[].paymentConfirmation'),
});

export const installmentPlan = z.object({
  id: str,
  tenorMonths: int,
  monthlyAmount: int,
  totalAmount: int,
  feeAmount: lenient(int, 'installmentPlan.feeAmount'),
  interestRate: lenient(z.number(), 'installmentPlan.interestRate'),
  currency: lenient(str, 'installmentPlan.currency'),
});

export const installmentPlanList = z.object({ data: z.array(installmentPlan) });

/** The one-time code a valU or wallet payment waits on. */
const verifyOtp = z.object({
  channel: lenient(str, 'verifyOtp.channel'),
  phoneHint: lenient(str, 'verifyOtp.phoneHint'),
  codeLength: z._default(int, 6),
  attemptsRemaining: lenient(int, 'verifyOtp.attemptsRemaining'),
  expiresAt: lenient(str, 'verifyOtp.expiresAt'),
});

/** A reference the customer pays at an outlet (Fawry). */
const displayVoucher = z.object({
  provider: lenient(str, 'displayVoucher.provider'),
  reference: str,
  amount: int,
  currency: str,
  expiresAt: lenient(str, 'displayVoucher.expiresAt'),
});

export const paymentIntent = z.object({
  id: lenient(str, 'paymentIntent.id'),
  status: lenient(str, 'paymentIntent.status'),
  /** What a receipt shows of how the customer paid; never more of a card than brand and last4. */
  paymentMethod: lenient(
    z.object({
      type: lenient(str, 'paymentMethod.type'),
      card: lenient(z.object({ brand: lenient(str, 'paymentMethod.card.brand'), last4: lenient(str, 'paymentMethod.card.last4') }), 'paymentMethod.card'),
    }),
    'paymentIntent.paymentMethod',
  ),
  nextAction: lenient(
    z.object({
      type: lenient(str, 'nextAction.type'),
      redirectToUrl: lenient(
        z.object({ url: lenient(str, 'redirectToUrl.url'), returnUrl: lenient(str, 'redirectToUrl.returnUrl') }),
        'nextAction.redirectToUrl',
      ),
      verifyOtp: lenient(verifyOtp, 'nextAction.verifyOtp'),
      displayVoucher: lenient(displayVoucher, 'nextAction.displayVoucher'),
    }),
    'paymentIntent.nextAction',
  ),
  installmentPlan: lenient(installmentPlan, 'paymentIntent.installmentPlan'),
  lastPaymentError: lenient(
    z.object({
      code: lenient(str, 'lastPaymentError.code'),
      declineCode: lenient(str, 'lastPaymentError.declineCode'),
      message: lenient(str, 'lastPaymentError.message'),
    }),
    'paymentIntent.lastPaymentError',
  ),
});

export const feeConfig = z.object({
  feesPassThrough: lenient(z.boolean(), 'feeConfig.feesPassThrough'),
  vatCollectionEnabled: lenient(z.boolean(), 'feeConfig.vatCollectionEnabled'),
  vatCollectionRate: lenient(z.number(), 'feeConfig.vatCollectionRate'),
});

/** The processing fee the provider computed for the current method and card. */
export const fees = z.object({
  paymentMethodType: lenient(str, 'fees.paymentMethodType'),
  feeAmount: lenient(int, 'fees.feeAmount'),
  vatAmount: lenient(int, 'fees.vatAmount'),
  totalAmount: lenient(int, 'fees.totalAmount'),
  cardInfo: lenient(
    z.object({
      brand: lenient(str, 'fees.cardInfo.brand'),
      isOnUs: lenient(z.boolean(), 'fees.cardInfo.isOnUs'),
      isInternational: lenient(z.boolean(), 'fees.cardInfo.isInternational'),
    }),
    'fees.cardInfo',
  ),
});

export const afterCompletion = z.object({
  type: lenient(str, 'afterCompletion.type'),
  hostedConfirmation: lenient(z.object({ customMessage: lenient(str, 'hostedConfirmation.customMessage') }), 'afterCompletion.hostedConfirmation'),
  redirect: lenient(z.object({ url: lenient(str, 'redirect.url') }), 'afterCompletion.redirect'),
});

export type InstallmentPlan = z.infer<typeof installmentPlan>;
