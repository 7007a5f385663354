import '../../i18n/use-local-methods-english.js';
import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { translatorContext } from '../../i18n/context.js';
import type { Translator } from '../../i18n/translator.js';
import { baseStyles } from '../shared.styles.js';
import { voucherStyles } from './xpay-voucher.styles.js';

/** What the outcome needs of the provider's `displayVoucher` next action. */
export interface VoucherView {
  reference: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  expiresAt: string | null;
}

/** Digits read back at an outlet are easier in threes; the groups are spacing only, never text. */
function groupsOf(reference: string): string[] {
  return reference.match(/.{1,3}/gsu) ?? [];
}

/**
 * The Fawry reference outcome: the customer pays later at an outlet or in the myFawry app, and
 * the root moves on by itself once the payment arrives. Presentational: no network, no timers.
 *
 * The reference is copied exactly as the provider gave it. Where the clipboard API is missing
 * (an insecure page, an old browser) or refuses (permissions, an unfocused document), the
 * reference text is selected instead, so the system's own copy works on it.
 */
export class XPayVoucher extends LitElement {
  static override styles = [baseStyles, voucherStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  @property({ attribute: false }) voucher: VoucherView | null = null;

  @state() private copied = false;

  @query('.title') private heading?: HTMLElement | null;
  @query('.reference') private referenceText?: HTMLElement | null;

  /** Focus goes to the heading, so arriving at the outcome reads its title first. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.heading?.focus(options));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('voucher') && changed.get('voucher')?.reference !== this.voucher?.reference) this.copied = false;
  }

  private readonly onCopy = async () => {
    const reference = this.voucher?.reference;
    if (!reference) return;
    // Cleared first, so a second copy is announced again rather than left as unchanged text.
    this.copied = false;
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard API');
      await navigator.clipboard.writeText(reference);
      await this.updateComplete;
      this.copied = true;
    } catch {
      this.selectReference();
    }
  };

  private selectReference(): void {
    const target = this.referenceText;
    const selection = document.getSelection();
    if (!target || !selection) return;
    selection.selectAllChildren(target);
  }

  override render() {
    const { i18n, voucher } = this;
    if (!i18n || !voucher) return nothing;
    const amount = i18n.money(voucher.amount, voucher.currency);
    const deadline = voucher.expiresAt ? Date.parse(voucher.expiresAt) : Number.NaN;
    return html`<section class="panel voucher" part="notice notice-voucher" aria-labelledby="voucher-title">
      <h2 id="voucher-title" class="title" tabindex="-1">${i18n.t('voucher.title')}</h2>
      <dl class="lines">
        <div class="line">
          <dt>${i18n.t('voucher.reference')}</dt>
          <dd>
            <div class="reference-row">
              <span class="reference" dir="ltr" translate="no">${groupsOf(voucher.reference).map((group) => html`<span class="group">${group}</span>`)}</span>
              <button type="button" class="button button--secondary copy" aria-label=${i18n.t('voucher.copyLabel')} @click=${this.onCopy}>
                <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
                  <rect x="9" y="9" width="11" height="11" rx="2"></rect>
                  <path d="M5 15V5a1 1 0 0 1 1-1h10"></path>
                </svg>
                <span>${i18n.t('voucher.copy')}</span>
              </button>
            </div>
            <p class="status" role="status">${this.copied ? i18n.t('voucher.copied') : nothing}</p>
          </dd>
        </div>
        <div class="line">
          <dt>${i18n.t('voucher.amount')}</dt>
          <dd class="amount">${amount}</dd>
        </div>
      </dl>
      ${Number.isFinite(deadline) ? html`<p class="deadline">${i18n.t('voucher.deadline', { time: i18n.dateTime(deadline) })}</p>` : nothing}
      <h3 class="steps-heading" id="voucher-steps">${i18n.t('voucher.stepsHeading')}</h3>
      <ol class="steps" aria-labelledby="voucher-steps">
        <li>${i18n.t('voucher.step1')}</li>
        <li>${i18n.t('voucher.step2')}</li>
        <li>${i18n.t('voucher.step3', { amount })}</li>
      </ol>
      <p class="waiting"><span class="pulse" aria-hidden="true"></span><span>${i18n.t('voucher.waiting')}</span></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-voucher': XPayVoucher;
  }
}
