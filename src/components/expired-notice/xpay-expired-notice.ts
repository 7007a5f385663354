import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { translatorContext } from '../../i18n/context.js';
import type { Translator } from '../../i18n/translator.js';
import { safeHttpUrl } from '../../lib/url.js';
import { baseStyles } from '../shared.styles.js';
import { expiredNoticeStyles } from './xpay-expired-notice.styles.js';

/**
 * The blocking notice for an expired session. It is an `alertdialog` so screen readers
 * announce it as soon as focus lands; the checkout makes everything behind it `inert`.
 */
export class XPayExpiredNotice extends LitElement {
  static override styles = [baseStyles, expiredNoticeStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  @property({ attribute: false }) merchantName: string | null = null;
  @property({ attribute: false }) cancelUrl: string | null = null;

  @query('.dialog') private dialog!: HTMLElement;

  /** Focus goes to the dialog itself so its title and text are read before any action. */
  override focus(options?: FocusOptions): void {
    this.updateComplete.then(() => this.dialog.focus(options));
  }

  override render() {
    const { i18n } = this;
    if (!i18n) return nothing;
    const back = safeHttpUrl(this.cancelUrl);
    return html`<div
      class="dialog"
      part="notice notice-expired"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="title"
      aria-describedby="body"
      tabindex="-1"
    >
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
        <circle cx="12" cy="12" r="9"></circle>
        <path d="M12 7v5l3 2"></path>
      </svg>
      <h2 id="title">${i18n.t('expired.title')}</h2>
      <p id="body">${i18n.t('expired.body')}</p>
      ${back
        ? html`<a class="button button--primary" href=${back} target="_top">
            ${this.merchantName ? i18n.t('expired.back', { merchant: this.merchantName }) : i18n.t('expired.backGeneric')}
          </a>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-expired-notice': XPayExpiredNotice;
  }
}
