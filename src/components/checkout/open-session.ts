import type { ReactiveElement } from 'lit';
import type { Session } from '../../api/schema.js';
import type { SessionScope } from '../../checkout/session-scope.js';
import type { CheckoutState } from '../../checkout/state.js';
import { ExpiryController } from '../../controllers/expiry-controller.js';
import { LiveStatusController } from '../../controllers/live-status-controller.js';
import { MethodChoiceController } from '../../controllers/method-choice-controller.js';
import { PayFlow } from '../../controllers/pay-flow.js';
import type { SessionController } from '../../controllers/session-controller.js';
import { SessionEditsController } from '../../controllers/session-edits-controller.js';
import { VerificationFlow } from '../../controllers/verification-flow.js';
import type { Translator } from '../../i18n/translator.js';
import { emit, type XPayInternalEvent } from '../../lib/events.js';
import type { MethodChoice } from '../payment-form/method-choice.js';
import type { SubmitDetail, XPayPaymentForm } from '../payment-form/xpay-payment-form.js';
import type { QuantityChange } from '../quantity-stepper/xpay-quantity-stepper.js';
import type { OpenSessionView } from './xpay-checkout.views.js';

export interface OpenSessionOptions {
  session: SessionController;
  form: () => XPayPaymentForm | null;
  /** Leaves for the bank's page (3-D Secure) or the merchant's after payment. */
  navigate: (url: string) => void;
  translator: () => Translator;
  /** Where the customer goes back to after the provider refused a quantity. */
  focusQuantity: (name: string) => void;
  pollInterval: () => number;
}

/**
 * What only a session that can still take a payment does: pay attempts and their codes, the
 * method choice, promotion codes and quantities, the live status and the expiry clock. It ships
 * in the payment chunk, created with the first open session, so a customer who lands on an
 * expired or paid session downloads none of it.
 */
export class OpenSession {
  private readonly expiry: ExpiryController;
  private readonly live: LiveStatusController;
  private readonly edits: SessionEditsController;
  private readonly pay: PayFlow;
  private readonly methods: MethodChoiceController;
  private readonly verification: VerificationFlow;
  /** The session id the form was last shown for: a new one may bring the bank's refusal. */
  private shownSessionId: string | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: OpenSessionOptions,
  ) {
    const { session, translator } = options;
    this.expiry = new ExpiryController(host);
    this.live = new LiveStatusController(host);
    this.edits = new SessionEditsController(host, { session, translator, onQuantityRefused: options.focusQuantity });
    this.pay = new PayFlow(host, { session, form: options.form, navigate: options.navigate, translator });
    this.methods = new MethodChoiceController(host, { session });
    this.verification = new VerificationFlow(host, { session, pay: this.pay });
  }

  /** On the way to the bank: a page restored from the back/forward cache must load again. */
  get redirecting(): boolean {
    return this.pay.redirecting;
  }

  /** A new load (another secret, Retry, re-attachment) starts with nothing pending. */
  reset(signal: AbortSignal): void {
    this.pay.reset();
    this.verification.reset();
    this.edits.reset(signal);
    this.methods.reset(signal);
    this.shownSessionId = null;
  }

  /** A session (first load or update) is the one shown; `open` when it can still be paid. */
  applied(session: Session, scope: SessionScope, open: boolean): void {
    const { api } = this.options.session;
    if (!api) return;
    if (this.shownSessionId !== session.id) {
      this.shownSessionId = session.id;
      // Back from a bank's authentication page that failed: say so where the customer retries.
      this.pay.showReturnedRefusal(session);
    }
    this.methods.sessionChanged(session);
    if (!open) return;
    // After ready: the stream's preflight and request stay off the path to the first render.
    this.options.session.afterReady(() => {
      if (!scope.ended) this.live.start(api, this.options.pollInterval(), scope.signal, (next) => void this.options.session.apply(next, 'server'));
    });
    const i18n = this.options.translator();
    this.expiry.watch(
      {
        expiresAt: session.expiresAt,
        now: () => Date.now() + api.serverClockOffsetMs,
        onExpire: () => this.options.session.dispatch({ type: 'expired', reason: 'expires_at' }),
      },
      (remainingMs) => i18n.t('expiry.warning', { relative: i18n.relativeTime(remainingMs) }),
      scope.signal,
    );
  }

  /** An outcome is shown: the clock stops, and the stream too, after one last look on the clock's word. */
  settled(state: CheckoutState): void {
    this.expiry.stop();
    // The provider is asked once more when the clock ran out: it may know the payment completed.
    if (state.kind === 'expired' && state.reason === 'expires_at') this.live.finalCheck();
    else this.live.stop();
  }

  view(): OpenSessionView {
    return {
      quantityErrors: this.edits.quantityErrors,
      applyPromotionCode: this.edits.applyPromotionCode,
      totalAnnouncement: this.edits.totalAnnouncement,
      remainingMs: this.expiry.remainingMs,
      expiryAnnouncement: this.expiry.announcement,
      paymentError: this.pay.paymentError,
      installmentPlans: this.methods.plans,
      verification: this.verification,
      statusMessage: this.pay.statusMessage,
      onSubmit: this.onSubmit,
      onQuantityChange: this.onQuantityChange,
      onMethodChange: this.onMethodChange,
      onPlansRetry: this.onPlansRetry,
      onOtpSubmit: this.onOtpSubmit,
      onOtpResend: this.verification.resend,
      onOtpCancel: this.verification.cancel,
      onCardUnavailable: this.onCardUnavailable,
    };
  }

  private readonly onSubmit = (event: XPayInternalEvent<SubmitDetail>) => void this.pay.pay(event.detail);

  private readonly onMethodChange = (event: XPayInternalEvent<MethodChoice>) => void this.methods.choose(event.detail);

  private readonly onPlansRetry = () => this.methods.retryPlans();

  private readonly onOtpSubmit = (event: XPayInternalEvent<{ code: string }>) => void this.verification.submit(event.detail.code);

  private readonly onCardUnavailable = () =>
    emit(this.host, 'xpay-error', { code: 'card_frame_unavailable', message: 'The card entry frame could not be loaded.' });

  private readonly onQuantityChange = (event: XPayInternalEvent<QuantityChange>) =>
    void this.edits.changeQuantity(event.detail.name, event.detail.quantity);
}
