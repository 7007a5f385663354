import { html, nothing } from 'lit';
import type { Session } from '../../api/schema.js';
import { nextStep } from '../../checkout/next-step.js';
import type { CheckoutState, ErrorStateCode } from '../../checkout/state.js';
import type { FormValues } from '../../forms/checkout-values.js';
import type { ValidationMessage } from '../../forms/validation.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import type { ExpiredReason, XPayInternalEvent } from '../../lib/events.js';
import { completionMessage, REDIRECT_DELAY_SECONDS } from '../../lib/after-completion.js';
import { cardBrandName } from '../../lib/card-brands.js';
import { methodName } from '../../lib/method-names.js';
import { displayTotals } from '../../lib/totals.js';
import { safeHttpUrl } from '../../lib/url.js';
import type { FormLayout } from '../../theme/theme.js';
import type { CardFrameConfig } from '../card-input/xpay-card-input.js';
import type { OtpError } from '../otp-step/xpay-otp-step.js';
import type { PlansState } from '../payment-form/customer-fields.js';
import type { MethodChoice } from '../payment-form/method-choice.js';
import type { SubmitDetail } from '../payment-form/xpay-payment-form.js';
import type { QuantityChange } from '../quantity-stepper/xpay-quantity-stepper.js';
import { renderStatusBar } from './status-bar.js';

/** The views of `<xpay-checkout>` that hold no behaviour: pure functions of what they show. */

export interface ExpiredView {
  timeRanOut: boolean;
  canRestart: boolean;
  restarting: boolean;
  restartFailed: boolean;
  onRestart: () => void;
}

/** What an open session's behaviour (open-session.ts, in the payment chunk) gives its views. */
export interface OpenSessionView {
  quantityErrors: ReadonlyMap<string, ValidationMessage>;
  applyPromotionCode: (code: string | null) => Promise<ValidationMessage | null>;
  totalAnnouncement: string;
  remainingMs: number | null;
  expiryAnnouncement: string;
  paymentError: ValidationMessage | null;
  installmentPlans: PlansState;
  /** The one-time-code step's state, while the session waits on a code. */
  verification: { busy: boolean; error: OtpError | null; notice: MessageKey | null };
  /** Progress worth hearing that is not an error (on the way to the bank, checking a payment). */
  statusMessage: MessageKey | null;
  onSubmit: (event: XPayInternalEvent<SubmitDetail>) => void;
  onQuantityChange: (event: XPayInternalEvent<QuantityChange>) => void;
  onMethodChange: (event: XPayInternalEvent<MethodChoice>) => void;
  onPlansRetry: () => void;
  onOtpSubmit: (event: XPayInternalEvent<{ code: string }>) => void;
  onOtpResend: () => void;
  onOtpCancel: () => void;
  onCardUnavailable: () => void;
}

const ignore = () => undefined;

/**
 * A session loaded expired or paid has none of that behaviour (its code is never fetched):
 * its summary is locked and its form is never shown, so nothing here is ever called.
 */
export const CLOSED_SESSION_VIEW: OpenSessionView = {
  quantityErrors: new Map(),
  applyPromotionCode: async () => null,
  totalAnnouncement: '',
  remainingMs: null,
  expiryAnnouncement: '',
  paymentError: null,
  installmentPlans: { status: 'loading' },
  verification: { busy: false, error: null, notice: null },
  statusMessage: null,
  onSubmit: ignore,
  onQuantityChange: ignore,
  onMethodChange: ignore,
  onPlansRetry: ignore,
  onOtpSubmit: ignore,
  onOtpResend: ignore,
  onOtpCancel: ignore,
  onCardUnavailable: ignore,
};

/** What the open, processing, complete and expired views show beyond the session itself. */
export interface SessionViewModel extends OpenSessionView {
  cardConfig: CardFrameConfig | null;
  /** What the customer typed into the expired session this one replaces. */
  restoredValues: FormValues | null;
  /** How the expired notice reads and acts; null unless expired. */
  expired: ExpiredView | null;
  /** The page a completed checkout is about to leave for (`afterCompletion`). */
  completionRedirect: string | null;
  formLayout: FormLayout;
}

/** What `renderBody` needs beyond the state and the session; the view models are built only for the state that shows them. */
export interface BodyParts {
  /** A catalog is still loading: the skeleton says nothing rather than speak another language. */
  stringsPending: boolean;
  /** The load has been slow enough for the skeleton; before that the element hides its root (no empty card flashes). */
  skeletonDue: boolean;
  onRetry: () => void;
  expiredView: (reason: ExpiredReason) => ExpiredView;
  sessionView: () => SessionViewModel;
}

/** Which view each state shows (`nothing` for a load too recent for the skeleton); `loading` with a session is an open one whose form's code is still arriving. */
export function renderBody(i18n: Translator, state: CheckoutState, session: Session | null, parts: BodyParts) {
  if (state.kind === 'error') return renderError(i18n, state.code, session, parts.onRetry);
  if (state.kind === 'expired' && !session) return renderExpiredNotice(null, parts.expiredView(state.reason));
  if (!session) return parts.skeletonDue ? renderSkeleton(i18n, parts.stringsPending) : nothing;
  return renderSession(i18n, session, state, parts.sessionView());
}

export function renderSession(i18n: Translator, session: Session, state: CheckoutState, view: SessionViewModel) {
  const complete = state.kind === 'complete';
  const step = complete ? null : nextStep(session);
  // While a code or an outlet payment is awaited, the order it is for cannot change under it.
  const locked = state.kind !== 'open' || step !== null;
  const totals = displayTotals(session);
  return html`<div class="layout" ?inert=${state.kind === 'expired'}>
      <div class="summary-column">
        <xpay-order-summary
          part="summary"
          exportparts="field"
          .session=${session}
          .quantityErrors=${view.quantityErrors}
          ?locked=${locked}
          @xpay-quantity-change=${view.onQuantityChange}
        ></xpay-order-summary>
        ${session.allowPromotionCodes && !complete
          ? html`<xpay-promo-code
              exportparts="field"
              .appliedCode=${session.discounts?.find((discount) => discount.promotionCodeCode)?.promotionCodeCode ?? null}
              .total=${i18n.money(totals.total, totals.currency)}
              .apply=${view.applyPromotionCode}
              ?disabled=${locked}
            ></xpay-promo-code>`
          : nothing}
        <span class="visually-hidden" role="status">${view.totalAnnouncement}</span>
      </div>
      <div class="main">
        ${state.kind === 'loading'
          ? renderFormBones(i18n)
          : complete
          ? renderComplete(i18n, session, view.completionRedirect)
          : html`${renderStatusBar(i18n, session, view.remainingMs, view.expiryAnnouncement)} ${renderStep(i18n, session, step, view)}
              <xpay-payment-form
                ?hidden=${step !== null}
                exportparts="form, pay-button, field, notice, notice-payment"
                .session=${session}
                .cardConfig=${view.cardConfig}
                .restoredValues=${view.restoredValues}
                .processing=${state.kind === 'processing'}
                .paymentError=${view.paymentError}
                .installmentPlans=${view.installmentPlans}
                .statusMessage=${view.statusMessage}
                .layout=${view.formLayout}
                @xpay-submit=${view.onSubmit}
                @xpay-card-unavailable=${view.onCardUnavailable}
                @xpay-method-change=${view.onMethodChange}
                @xpay-plans-retry=${view.onPlansRetry}
              ></xpay-payment-form>`}
      </div>
    </div>
    ${view.expired ? renderExpiredNotice(session, view.expired) : nothing}`;
}

/**
 * The step a local method waits on, in place of the form (which stays in the tree, hidden, so
 * nothing typed is lost if the customer goes back to it): the one-time code, or the Fawry reference.
 */
function renderStep(i18n: Translator, session: Session, step: ReturnType<typeof nextStep>, view: SessionViewModel) {
  const action = session.paymentIntent?.nextAction;
  if (step === 'verify_otp' && action?.verifyOtp) {
    const totals = displayTotals(session);
    return html`<xpay-otp-step
      exportparts="otp, pay-button"
      .verification=${action.verifyOtp}
      .amount=${i18n.money(totals.total, totals.currency)}
      .busy=${view.verification.busy}
      .error=${view.verification.error}
      .notice=${view.verification.notice}
      @xpay-otp-submit=${view.onOtpSubmit}
      @xpay-otp-resend=${view.onOtpResend}
      @xpay-otp-cancel=${view.onOtpCancel}
    ></xpay-otp-step>`;
  }
  if (step === 'display_voucher' && action?.displayVoucher) {
    return html`<xpay-voucher exportparts="notice, notice-voucher" .voucher=${action.displayVoucher}></xpay-voucher>`;
  }
  return nothing;
}

export function renderSkeleton(i18n: Translator, stringsPending: boolean) {
  return html`<div class="skeleton" role="status" aria-busy="true">
    ${stringsPending ? nothing : html`<span class="visually-hidden">${i18n.t('loading')}</span>`}
    <div class="skeleton-summary" aria-hidden="true">
      <div class="bone bone--title"></div>
      <div class="bone bone--hero"></div>
      <div class="bone"></div>
      <div class="bone"></div>
      <div class="bone bone--short"></div>
    </div>
    ${formBones}
  </div>`;
}

const formBones = html`<div class="skeleton-form" aria-hidden="true">
  <div class="bone bone--label"></div>
  <div class="bone bone--input"></div>
  <div class="bone bone--label"></div>
  <div class="bone bone--input"></div>
  <div class="bone bone--input"></div>
  <div class="bone bone--button"></div>
</div>`;

/** The form's place while its code is still on the way, beside a summary that is already real. */
function renderFormBones(i18n: Translator) {
  return html`<div role="status" aria-busy="true"><span class="visually-hidden">${i18n.t('loading')}</span>${formBones}</div>`;
}

/** Errors that retrying can fix get a Retry button; a hosted session links to its own page. */
export function renderError(i18n: Translator, code: ErrorStateCode, session: Session | null, onRetry: () => void) {
  const hostedUrl = code === 'ui_mode_not_embedded' && session?.uiMode === 'hosted' ? safeHttpUrl(session.url) : null;
  const retryable = code === 'network' || code === 'unexpected_response';
  return html`<div class="notice notice--error" part="notice notice-error" role="alert">
    <h2 class="notice-title">${i18n.t('error.title')}</h2>
    <p>${i18n.t(`error.${code}`)}</p>
    ${retryable ? html`<button class="button button--primary" type="button" @click=${onRetry}>${i18n.t('action.retry')}</button>` : nothing}
    ${hostedUrl ? html`<a class="button button--primary" href=${hostedUrl} target="_top">${i18n.t('action.continueToCheckout')}</a>` : nothing}
  </div>`;
}

/** How the customer paid, as a receipt says it: the card's brand and last digits, or the method's name. */
function paidWith(i18n: Translator, session: Session): string | null {
  const method = session.paymentIntent?.paymentMethod;
  const card = method?.card;
  if (card?.brand && card.last4) return i18n.t('complete.cardEnding', { brand: cardBrandName(card.brand), last4: card.last4 });
  if (!method?.type || method.type === 'card') return null;
  const offered = session.paymentMethodTypes?.find((candidate) => candidate.type === method.type);
  return offered ? methodName(i18n, offered) : null;
}

/**
 * What the customer keeps of the payment: amount, method and where the receipt goes, like a
 * receipt; then the merchant's own message, or the announced way back to the merchant's page.
 */
export function renderComplete(i18n: Translator, session: Session, redirect: string | null = null) {
  const totals = displayTotals(session);
  const amount = i18n.money(totals.total, totals.currency);
  const email = session.customerDetails?.email;
  const method = paidWith(i18n, session);
  const message = completionMessage(session);
  const merchant = session.merchantName;
  return html`<div class="notice notice--success receipt" part="notice notice-complete" role="status" tabindex="-1">
    <svg class="receipt-check" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5">
      <circle cx="12" cy="12" r="10"></circle>
      <path d="m7.5 12.5 3 3 6-6.5"></path>
    </svg>
    <h2 class="notice-title">${i18n.t('complete.title')}</h2>
    <p>${merchant ? i18n.t('complete.body', { merchant, amount }) : i18n.t('complete.bodyGeneric', { amount })}</p>
    <dl class="receipt-lines">
      <div>
        <dt>${i18n.t('complete.amountPaid')}</dt>
        <dd class="receipt-amount">${amount}</dd>
      </div>
      ${method
        ? html`<div>
            <dt>${i18n.t('complete.paidWith')}</dt>
            <dd>${method}</dd>
          </div>`
        : nothing}
    </dl>
    ${email ? html`<p class="receipt-email">${i18n.t('complete.receiptTo', { email })}</p>` : nothing}
    ${message ? html`<p class="receipt-message">${message}</p>` : nothing}
    ${redirect
      ? html`<p class="receipt-redirect">
          ${merchant
            ? i18n.t('complete.redirecting', { merchant, count: REDIRECT_DELAY_SECONDS })
            : i18n.t('complete.redirectingGeneric', { count: REDIRECT_DELAY_SECONDS })}
          <a class="button button--primary" href=${redirect} target="_top">${i18n.t('complete.redirectNow')}</a>
        </p>`
      : nothing}
  </div>`;
}

export function renderExpiredNotice(session: Session | null, view: ExpiredView) {
  return html`<xpay-expired-notice
    exportparts="notice, notice-expired"
    .merchantName=${session?.merchantName ?? null}
    .cancelUrl=${session?.cancelUrl ?? null}
    .timeRanOut=${view.timeRanOut}
    .canRestart=${view.canRestart}
    .restarting=${view.restarting}
    .restartFailed=${view.restartFailed}
    @xpay-restart=${view.onRestart}
  ></xpay-expired-notice>`;
}
