import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { translatorContext } from '../../i18n/context.js';
import type { Translator } from '../../i18n/translator.js';
import { XPayInternalEvent } from '../../lib/events.js';
import { safeHttpUrl } from '../../lib/url.js';
import { baseStyles } from '../shared.styles.js';
import { expiredNoticeStyles } from './xpay-expired-notice.styles.js';

/**
 * The blocking notice for an expired session: an `alertdialog` (APG dialog pattern), so screen
 * readers announce it as soon as focus lands; the checkout makes everything behind it `inert`,
 * and Tab stays inside while it claims `aria-modal`. It always offers an action: Start again
 * when the widget can get a new session, the way back to the shop, or else a fresh page.
 *
 * Dispatches `xpay-restart` (an XPayInternalEvent) when the customer asks for a new checkout.
 */
export class XPayExpiredNotice extends LitElement {
  static override styles = [baseStyles, expiredNoticeStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  @property({ attribute: false }) merchantName: string | null = null;
  @property({ attribute: false }) cancelUrl: string | null = null;
  /** True when the time ran out; false when the merchant closed the checkout early. */
  @property({ attribute: false }) timeRanOut = true;
  /** True when a new session can be mounted in place (CONTRACT §6). */
  @property({ attribute: false }) canRestart = false;
  @property({ attribute: false }) restarting = false;
  @property({ attribute: false }) restartFailed = false;

  @query('.dialog') private dialog!: HTMLElement;

  /**
   * Focus goes to the dialog itself so its title and text are read before any action, and the
   * dialog is brought into view: on a phone the widget can be far taller than the screen.
   */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => {
      this.dialog.focus({ ...options, preventScroll: true });
      this.dialog.scrollIntoView({ block: 'center', inline: 'nearest' });
    });
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const actions = [...this.dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
    const active = this.shadowRoot?.activeElement;
    const first = actions[0];
    const last = actions[actions.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const leavingBackwards = event.shiftKey && (active === first || active === this.dialog);
    const leavingForwards = !event.shiftKey && active === last;
    if (!leavingBackwards && !leavingForwards) return;
    event.preventDefault();
    (leavingBackwards ? last : first).focus();
  };

  private readonly onRestart = () => this.dispatchEvent(new XPayInternalEvent('xpay-restart', null));

  private renderActions(i18n: Translator) {
    const back = safeHttpUrl(this.cancelUrl);
    const backLink = back
      ? html`<a class="button ${this.canRestart ? 'button--secondary' : 'button--primary'}" href=${back} target="_top">
          ${this.merchantName ? i18n.t('expired.back', { merchant: this.merchantName }) : i18n.t('expired.backGeneric')}
        </a>`
      : nothing;
    if (!this.canRestart && back) return backLink;
    // With neither a new session nor a way back, a fresh page is the one way on.
    const label = this.canRestart ? i18n.t(this.restarting ? 'expired.restarting' : 'expired.startAgain') : i18n.t('action.retry');
    return html`<button class="button button--primary" type="button" ?disabled=${this.restarting} aria-busy=${this.restarting ? 'true' : 'false'} @click=${this.onRestart}>
        ${label}
      </button>
      ${backLink}`;
  }

  override render() {
    const { i18n } = this;
    if (!i18n) return nothing;
    return html`<div
      class="dialog"
      part="notice notice-expired"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="title"
      aria-describedby="body"
      tabindex="-1"
      @keydown=${this.onKeydown}
    >
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
        <circle cx="12" cy="12" r="9"></circle>
        <path d="M12 7v5l3 2"></path>
      </svg>
      <h2 id="title">${i18n.t('expired.title')}</h2>
      <div id="body">
        <p>${i18n.t(this.timeRanOut ? 'expired.body' : 'expired.bodyClosed')}</p>
        ${this.canRestart ? html`<p>${i18n.t('expired.startAgainHint')}</p>` : nothing}
      </div>
      <p class="restart-failed" role="alert">${this.restartFailed ? i18n.t('expired.restartFailed') : nothing}</p>
      <div class="actions">${this.renderActions(i18n)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-expired-notice': XPayExpiredNotice;
  }
}
