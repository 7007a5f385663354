import { html, nothing } from 'lit';
import type { Session } from '../../api/schema.js';
import type { CheckoutState, ErrorStateCode } from '../../checkout/state.js';
import type { ValidationMessage } from '../../forms/validation.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import type { XPayInternalEvent } from '../../lib/events.js';
import { displayTotals } from '../../lib/totals.js';
import { safeHttpUrl } from '../../lib/url.js';
import type { FormLayout } from '../../theme/theme.js';
import type { CardFrameConfig } from '../card-input/xpay-card-input.js';
import type { SubmitDetail } from '../payment-form/xpay-payment-form.js';
import type { QuantityChange } from '../quantity-stepper/xpay-quantity-stepper.js';

/** The views of `<xpay-checkout>` that hold no behaviour: pure functions of what they show. */

/** What the open, processing, complete and expired views show beyond the session itself. */
export interface SessionViewModel {
  quantityErrors: ReadonlyMap<string, ValidationMessage>;
  applyPromotionCode: (code: string | null) => Promise<ValidationMessage | null>;
  totalAnnouncement: string;
  remainingMs: number | null;
  expiryAnnouncement: string;
  cardConfig: CardFrameConfig | null;
  paymentError: MessageKey | null;
  redirecting: boolean;
  formLayout: FormLayout;
  onSubmit: (event: XPayInternalEvent<SubmitDetail>) => void;
  onQuantityChange: (event: XPayInternalEvent<QuantityChange>) => void;
  onCardUnavailable: () => void;
}

export function renderSession(i18n: Translator, session: Session, state: CheckoutState, view: SessionViewModel) {
  const complete = state.kind === 'complete';
  const locked = state.kind !== 'open';
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
        ${complete
          ? renderComplete(i18n, session)
          : html`${renderCountdown(i18n, view.remainingMs, view.expiryAnnouncement)}
              <xpay-payment-form
                exportparts="form, pay-button, field, notice, notice-payment"
                .session=${session}
                .cardConfig=${view.cardConfig}
                .processing=${state.kind === 'processing'}
                .paymentError=${view.paymentError}
                .statusMessage=${view.redirecting ? 'pay.redirecting' : null}
                .layout=${view.formLayout}
                @xpay-submit=${view.onSubmit}
                @xpay-card-unavailable=${view.onCardUnavailable}
              ></xpay-payment-form>`}
      </div>
    </div>
    ${state.kind === 'expired' ? renderExpiredNotice(session) : nothing}`;
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
    <div class="skeleton-form" aria-hidden="true">
      <div class="bone bone--label"></div>
      <div class="bone bone--input"></div>
      <div class="bone bone--label"></div>
      <div class="bone bone--input"></div>
      <div class="bone bone--input"></div>
      <div class="bone bone--button"></div>
    </div>
  </div>`;
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

/** The live region is always rendered, empty until the first warning, so screen readers speak it. */
export function renderCountdown(i18n: Translator, remainingMs: number | null, announcement: string) {
  return html`<div class="countdown" ?hidden=${remainingMs === null}>
    <span aria-hidden="true">${i18n.t('expiry.timeLeft')} <strong class="countdown-clock">${remainingMs === null ? nothing : i18n.clock(remainingMs)}</strong></span>
    <span class="visually-hidden" role="status" aria-live="polite">${announcement}</span>
  </div>`;
}

export function renderComplete(i18n: Translator, session: Session) {
  const totals = displayTotals(session);
  const amount = i18n.money(totals.total, totals.currency);
  return html`<div class="notice notice--success" part="notice notice-complete" role="status" tabindex="-1">
    <h2 class="notice-title">${i18n.t('complete.title')}</h2>
    <p>
      ${session.merchantName ? i18n.t('complete.body', { merchant: session.merchantName, amount }) : i18n.t('complete.bodyGeneric', { amount })}
    </p>
  </div>`;
}

export function renderExpiredNotice(session: Session | null) {
  return html`<xpay-expired-notice
    exportparts="notice, notice-expired"
    .merchantName=${session?.merchantName ?? null}
    .cancelUrl=${session?.cancelUrl ?? null}
  ></xpay-expired-notice>`;
}
