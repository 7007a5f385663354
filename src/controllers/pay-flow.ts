import type { ReactiveElement } from 'lit';
import type { CheckoutApi } from '../api/client.js';
import type { Session } from '../api/schema.js';
import { declineReason, PayAttempts, paymentErrorKey, type PayOutcome } from '../checkout/pay-attempts.js';
import { isAbort } from '../checkout/session-scope.js';
import type { SubmitDetail, XPayPaymentForm } from '../components/payment-form/xpay-payment-form.js';
import type { ValidationMessage } from '../forms/validation.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translator } from '../i18n/translator.js';
import { feeLabelKey } from '../lib/fees.js';
import { displayTotals } from '../lib/totals.js';
import type { Timers } from '../lib/expiry-clock.js';
import { emit } from '../lib/events.js';
import type { SessionController } from './session-controller.js';
import { confirm } from '../api/session-changes.js';

export interface PayFlowOptions {
  session: SessionController;
  form: () => XPayPaymentForm | null;
  /** Leaves for the bank's page (3-D Secure). */
  navigate: (url: string) => void;
  translator: () => Translator;
}

/**
 * Turns the form's submit into one pay attempt (CONTRACT §2, confirm) and its outcome into a
 * state and a message. The rules of attempts (keys, digests, a lost answer) live in PayAttempts.
 */
export class PayFlow {
  /** Where the confirm's time limit runs; a test brings a fake clock before mounting. */
  static timers: Timers = globalThis;

  /** A failed attempt's message, shown in the form's alert. */
  paymentError: ValidationMessage | null = null;

  /** One PayAttempts per session API: a new session never inherits an earlier session's pending attempt. */
  private attempts: { api: CheckoutApi; attempts: PayAttempts } | null = null;
  /** The confirm went unanswered in time and the provider is being asked what became of it. */
  private checking = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: PayFlowOptions,
  ) {}

  get redirecting(): boolean {
    const { state } = this.options.session;
    return state.kind === 'processing' && state.redirecting;
  }

  /** Progress the customer should hear that is not an error: a polite status in the form. */
  get statusMessage(): MessageKey | null {
    if (this.redirecting) return 'pay.redirecting';
    return this.checking ? 'pay.checking' : null;
  }

  /** A new session starts with no message. */
  reset(): void {
    this.paymentError = null;
    this.checking = false;
  }

  private attemptsFor(api: CheckoutApi): PayAttempts {
    if (this.attempts?.api !== api) {
      const attempts = new PayAttempts(
        { confirm: (body, key, signal) => confirm(api, body, key, signal), loadSession: (signal) => api.loadSession(signal) },
        { timers: PayFlow.timers },
      );
      this.attempts = { api, attempts };
    }
    return this.attempts.attempts;
  }

  /**
   * Back from a bank's page that refused the customer (the session, open, carries the refusal):
   * say so where they retry, and tell the merchant as for any failed attempt, after `xpay-ready`.
   */
  showReturnedRefusal(session: Session): void {
    const refusal = session.status === 'open' ? session.paymentIntent?.lastPaymentError : null;
    if (!refusal) return;
    this.paymentError = { key: paymentErrorKey(refusal.code, refusal.declineCode) };
    const detail = errorDetail('payment_failed', refusal.message ?? 'The payment was not completed.', declineReason(refusal.code, refusal.declineCode));
    this.options.session.afterReady(() => emit(this.host, 'xpay-error', detail));
  }

  async pay({ body, cardVersion }: SubmitDetail): Promise<void> {
    const { session, form } = this.options;
    const { scope, api } = session;
    if (!api || !scope || !session.dispatch({ type: 'submitted' })) return;
    this.paymentError = null;
    const tokenizeCard = body.paymentMethod.type === 'card' ? (key: string) => form()!.tokenizeCard(key) : undefined;
    const onNoAnswer = () => {
      this.checking = true;
      this.host.requestUpdate();
    };
    let outcome: PayOutcome;
    try {
      outcome = await scope.guard(this.attemptsFor(api).pay({ body, cardVersion, tokenizeCard, onNoAnswer }, scope.signal));
    } catch (error) {
      if (isAbort(error)) return;
      throw error;
    } finally {
      this.checking = false;
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
      case 'next_step':
        // The step (a code to enter, a reference to pay) renders from the session itself.
        session.dispatch({ type: 'returned' });
        return session.apply(outcome.session, 'confirm');
      case 'amount_changed':
        return this.showChangedTotal(outcome.message);
      case 'not_completed':
        if (this.refuse('payment_failed', 'The payment was not completed.', { key: 'pay.failed' })) return session.apply(outcome.session, 'confirm');
        return;
      case 'not_taken':
        if (this.refuse('confirm_timeout', 'The provider did not answer the confirm in time, and the session shows no payment.', { key: 'pay.notTaken' })) {
          return session.apply(outcome.session, 'confirm');
        }
        return;
      case 'expired':
        session.dispatch({ type: 'expired', reason: 'confirm' });
        emit(this.host, 'xpay-error', { code: 'session_expired', message: outcome.message });
        return;
      case 'declined':
        this.refuse(outcome.code, outcome.message, { key: outcome.messageKey }, outcome.declineCode);
        return;
      case 'field':
        if (this.options.form()?.showServerError(outcome.param, outcome.code)) {
          session.dispatch({ type: 'returned' });
          emit(this.host, 'xpay-error', { code: outcome.code, message: outcome.message });
          return;
        }
        this.refuse(outcome.code, outcome.message, { key: 'pay.invalid' });
        return;
      case 'invalid':
        this.refuse(outcome.code, outcome.message, { key: 'pay.failed' });
        return;
      case 'card_invalid':
        // The frame shows what is wrong next to the card input it focused.
        session.dispatch({ type: 'returned' });
        return;
      case 'card_unavailable':
        this.refuse('card_frame_unavailable', 'The card entry frame could not be loaded.', { key: 'card.frameUnavailable' });
        return;
      case 'unknown':
        this.refuse(outcome.code, outcome.message, { key: 'pay.network' });
        return;
    }
  }

  /**
   * The customer never pays a total they were not shown: the provider refused the attempt because
   * the total moved (the card settled a fee), so the new session is shown and the alert says what
   * the total is now and why; the next press pays that.
   */
  private async showChangedTotal(message: string): Promise<void> {
    const { session } = this.options;
    const { api, scope } = session;
    if (!api || !scope) return;
    let fresh: Session;
    try {
      fresh = await scope.guard(api.loadSession(scope.signal));
    } catch (error) {
      if (isAbort(error)) return;
      this.refuse('amount_changed', message, { key: 'pay.network' });
      return;
    }
    const i18n = this.options.translator();
    const totals = displayTotals(fresh);
    const notice: ValidationMessage = {
      key: 'pay.totalChanged',
      params: { total: i18n.money(totals.total, totals.currency), fee: i18n.t(feeLabelKey(fresh.fees)), amount: i18n.money(totals.platformFee, totals.currency) },
    };
    if (this.refuse('amount_changed', message, notice)) await session.apply(fresh, 'confirm');
  }

  /** A local method's attempt ended without paying (too many wrong codes): the form, shown again, says why. */
  endStep(messageKey: MessageKey): void {
    this.paymentError = { key: messageKey };
  }

  /**
   * Only a checkout still waiting on this attempt goes back to the form: one that completed or
   * expired meanwhile (the event stream knew first) already shows the outcome, and the session
   * this attempt saw is older than the one it shows. False then.
   */
  private refuse(code: string, message: string, notice: ValidationMessage, declineCode?: string): boolean {
    if (!this.options.session.dispatch({ type: 'returned' })) return false;
    this.paymentError = notice;
    emit(this.host, 'xpay-error', errorDetail(code, message, declineCode));
    return true;
  }
}

/** An `xpay-error` detail; `declineCode` only when the bank gave a reason for refusing. */
function errorDetail(code: string, message: string, declineCode: string | undefined) {
  return declineCode === undefined ? { code, message } : { code, message, declineCode };
}
