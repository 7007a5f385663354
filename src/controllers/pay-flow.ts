import type { CheckoutApi } from '../api/client.js';
import { PayAttempts, type PayOutcome } from '../checkout/pay-attempts.js';
import { isAbort } from '../checkout/session-scope.js';
import type { SubmitDetail, XPayPaymentForm } from '../components/payment-form/xpay-payment-form.js';
import type { MessageKey } from '../i18n/en.js';
import { emit } from '../lib/events.js';
import type { SessionController } from './session-controller.js';

export interface PayFlowOptions {
  session: SessionController;
  form: () => XPayPaymentForm | null;
  /** Leaves for the bank's page (3-D Secure). */
  navigate: (url: string) => void;
}

/**
 * Turns the form's submit into one pay attempt (CONTRACT §2, confirm) and its outcome into a
 * state and a message. The rules of attempts (keys, digests, a lost answer) live in PayAttempts.
 */
export class PayFlow {
  /** A failed attempt's message, shown in the form's alert. */
  paymentError: MessageKey | null = null;

  /** One PayAttempts per session API: a new session never inherits an earlier session's pending attempt. */
  private attempts: { api: CheckoutApi; attempts: PayAttempts } | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: PayFlowOptions,
  ) {}

  get redirecting(): boolean {
    const { state } = this.options.session;
    return state.kind === 'processing' && state.redirecting;
  }

  /** A new session starts with no message. */
  reset(): void {
    this.paymentError = null;
  }

  private attemptsFor(api: CheckoutApi): PayAttempts {
    if (this.attempts?.api !== api) {
      const attempts = new PayAttempts({ confirm: (body, key, signal) => api.confirm(body, key, signal), loadSession: (signal) => api.loadSession(signal) });
      this.attempts = { api, attempts };
    }
    return this.attempts.attempts;
  }

  /** Back from a bank's page that refused the customer: say so where they retry. */
  showReturnedRefusal(messageKey: MessageKey): void {
    this.paymentError = messageKey;
  }

  async pay({ body, cardVersion }: SubmitDetail): Promise<void> {
    const { session, form } = this.options;
    const { scope, api } = session;
    if (!api || !scope || !session.dispatch({ type: 'submitted' })) return;
    this.paymentError = null;
    const tokenizeCard = body.paymentMethod.type === 'card' ? (key: string) => form()!.tokenizeCard(key) : undefined;
    let outcome: PayOutcome;
    try {
      outcome = await scope.guard(this.attemptsFor(api).pay({ body, cardVersion, tokenizeCard }, scope.signal));
    } catch (error) {
      if (isAbort(error)) return;
      throw error;
    }
    await this.settle(outcome);
  }

  private async settle(outcome: PayOutcome): Promise<void> {
    const { session } = this.options;
    switch (outcome.kind) {
      case 'redirect':
        session.dispatch({ type: 'redirecting' });
        this.options.navigate(outcome.url);
        return;
      case 'complete':
      case 'settled':
        return session.apply(outcome.session, 'confirm');
      case 'not_completed':
        this.refuse('payment_failed', 'The payment was not completed.', 'pay.failed');
        return session.apply(outcome.session, 'confirm');
      case 'expired':
        session.dispatch({ type: 'expired', reason: 'confirm' });
        emit(this.host, 'xpay-error', { code: 'session_expired', message: outcome.message });
        return;
      case 'declined':
        return this.refuse(outcome.code, outcome.message, outcome.messageKey);
      case 'field':
        if (this.options.form()?.showServerError(outcome.param, outcome.code)) {
          session.dispatch({ type: 'returned' });
          emit(this.host, 'xpay-error', { code: outcome.code, message: outcome.message });
          return;
        }
        return this.refuse(outcome.code, outcome.message, 'pay.invalid');
      case 'invalid':
        return this.refuse(outcome.code, outcome.message, 'pay.failed');
      case 'card_invalid':
        // The frame shows what is wrong next to the card input it focused.
        session.dispatch({ type: 'returned' });
        return;
      case 'card_unavailable':
        return this.refuse('card_frame_unavailable', 'The card entry frame could not be loaded.', 'card.frameUnavailable');
      case 'unknown':
        return this.refuse(outcome.code, outcome.message, 'pay.network');
    }
  }

  /**
   * Only a checkout still waiting on this attempt goes back to the form: one that completed or
   * expired meanwhile (the event stream knew first) already shows the outcome.
   */
  private refuse(code: string, message: string, messageKey: MessageKey): void {
    if (!this.options.session.dispatch({ type: 'returned' })) return;
    this.paymentError = messageKey;
    emit(this.host, 'xpay-error', { code, message });
  }
}
