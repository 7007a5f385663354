import { html, nothing } from 'lit';
import type { Session } from '../../api/schema.js';
import { payLabelKey } from '../../forms/payment-methods.js';
import type { ValidationMessage } from '../../forms/validation.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { displayTotals } from '../../lib/totals.js';

export interface SubmitAreaView {
  processing: boolean;
  payable: boolean;
  statusMessage: MessageKey | null;
  paymentError: ValidationMessage | null;
}

/**
 * The status, the payment alert and the pay button. The live regions stay in the tree while
 * empty, so what appears in them is heard.
 */
export function renderSubmitArea(i18n: Translator, session: Session, view: SubmitAreaView) {
  const totals = displayTotals(session);
  return html`<div class="submit">
    <p class="status" role="status">${view.statusMessage ? i18n.t(view.statusMessage) : nothing}</p>
    <div class="payment-error" part="notice notice-payment" role="alert" tabindex="-1" ?hidden=${!view.paymentError}>
      ${view.paymentError ? i18n.t(view.paymentError.key, view.paymentError.params) : nothing}
    </div>
    <button class="button button--primary pay" part="pay-button" type="submit" aria-disabled=${view.processing || !view.payable ? 'true' : 'false'}>
      ${view.processing
        ? html`<span class="spinner" aria-hidden="true"></span><span>${i18n.t('pay.processing')}</span>`
        : i18n.t(payLabelKey(session.submitType), { amount: i18n.money(totals.total, totals.currency) })}
    </button>
  </div>`;
}
