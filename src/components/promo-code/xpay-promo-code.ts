import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ValidationMessage } from '../../forms/validation.js';
import { translatorContext } from '../../i18n/context.js';
import type { Translator } from '../../i18n/translator.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { promoCodeStyles } from './xpay-promo-code.styles.js';

/** A request that succeeded but whose result the parent has not rendered yet. */
interface Outcome {
  /** The code sent, or null for a removal. */
  code: string | null;
  /** Focus was ours when the request succeeded; the parent's update removes the control that held it. */
  moveFocus: boolean;
}

/**
 * Promotion code entry (`allowPromotionCodes`). The element never calls the API: `apply` does,
 * and the parent then passes the updated session's `appliedCode` and formatted `total` back in.
 * The outcome is announced and focus placed only after that update, so the announcement
 * states the new total rather than the old one. This element's status is the only place that
 * says it: focus goes to a control that names the code ("Remove promotion code SAVE10") after
 * an apply, back to "Add promotion code" after a removal.
 */
export class XPayPromoCode extends LitElement {
  static override styles = [baseStyles, fieldStyles, promoCodeStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  @property({ attribute: 'applied-code' }) appliedCode: string | null = null;
  /** The session's total, formatted; spoken in the announcement after a change. */
  @property() total = '';
  @property({ type: Boolean }) disabled = false;
  /** Sends `code` (null removes the applied one); resolves the message for the field, or null on success. */
  @property({ attribute: false }) apply!: (code: string | null) => Promise<ValidationMessage | null>;

  @state() private expanded = false;
  @state() private applying = false;
  @state() private error: ValidationMessage | null = null;
  @state() private announcement = '';

  @query('input') private input!: HTMLInputElement | null;
  @query('.disclosure') private disclosure!: HTMLButtonElement | null;
  @query('.remove') private removeButton!: HTMLButtonElement | null;

  private outcome: Outcome | null = null;
  private focusAfterRender = false;

  /** Focus is in this element, or fell to <body> because the focused control left the DOM. */
  private get ownsFocus(): boolean {
    return this.shadowRoot?.activeElement != null || document.activeElement === document.body;
  }

  private async toggle() {
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    await this.updateComplete;
    this.input?.focus();
  }

  private applyTyped() {
    const code = this.input?.value.trim() ?? '';
    if (code) void this.send(code);
    else void this.refuse({ key: 'validation.required' });
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.isComposing) this.applyTyped();
  }

  private async send(code: string | null) {
    if (this.applying) return;
    const before = { appliedCode: this.appliedCode, total: this.total };
    this.applying = true;
    this.error = null;
    let error: ValidationMessage | null;
    try {
      error = await this.apply(code);
    } finally {
      this.applying = false;
    }
    if (error) {
      await this.refuse(error);
      return;
    }
    this.outcome = { code, moveFocus: this.ownsFocus };
    // The parent may already have rendered the new session before `apply` resolved.
    if (this.appliedCode !== before.appliedCode || this.total !== before.total) this.settle();
  }

  /** Keeps the customer's text and focus in the input so the code can be corrected in place. */
  private async refuse(error: ValidationMessage) {
    const moveFocus = this.ownsFocus;
    this.error = error;
    await this.updateComplete;
    if (moveFocus) this.input?.focus();
  }

  private settle() {
    const { outcome, i18n, total } = this;
    if (!outcome || !i18n) return;
    this.outcome = null;
    this.announcement =
      outcome.code === null
        ? i18n.t('promo.removed', { total })
        : i18n.t('promo.applied', { code: this.appliedCode ?? outcome.code, total });
    this.focusAfterRender = outcome.moveFocus;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('appliedCode') && this.appliedCode) {
      this.expanded = false;
      this.error = null;
    }
    if (changed.has('appliedCode') || changed.has('total')) this.settle();
  }

  protected override updated() {
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    (this.appliedCode ? this.removeButton : this.disclosure)?.focus();
  }

  /** A held Enter that applied the code repeats on the Remove button it lands on: it must not remove the code too. */
  private onRemoveKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
  }

  private renderError(i18n: Translator) {
    const { error } = this;
    // Always present so the message is announced when it appears, not only when focus moves.
    return html`<p id="promo-error" class="error" aria-live="polite">${error ? i18n.t(error.key, error.params) : nothing}</p>`;
  }

  private renderApplied(i18n: Translator, code: string) {
    return html`<div>
      <span class="chip">
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
          <path d="M3 12V4a1 1 0 0 1 1-1h8l9 9-9 9z"></path>
          <circle cx="7.5" cy="7.5" r="1.5"></circle>
        </svg>
        <span>${code}</span>
        <button
          type="button"
          class="remove"
          aria-label=${i18n.t('promo.remove', { code })}
          aria-describedby=${this.error ? 'promo-error' : nothing}
          aria-disabled=${this.applying ? 'true' : 'false'}
          aria-busy=${this.applying ? 'true' : 'false'}
          ?disabled=${this.disabled}
          @keydown=${this.onRemoveKeydown}
          @click=${() => this.send(null)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M6 6l12 12M18 6L6 18"></path>
          </svg>
        </button>
      </span>
      ${this.renderError(i18n)}
    </div>`;
  }

  private renderEntry(i18n: Translator) {
    const { error, applying } = this;
    // The Apply button is only aria-disabled while applying: a disabled button would drop focus to <body>.
    return html`<button
        type="button"
        class="disclosure"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="promo-field"
        ?disabled=${this.disabled}
        @click=${this.toggle}
      >
        ${i18n.t('promo.add')}
      </button>
      <div id="promo-field" class="field" part="field" ?hidden=${!this.expanded}>
        <label for="promo-input">${i18n.t('promo.label')}</label>
        <div class="row">
          <input
            id="promo-input"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'promo-error' : nothing}
            ?disabled=${this.disabled}
            @keydown=${this.onKeydown}
            @input=${() => (this.error = null)}
          />
          <button
            type="button"
            class="button button--secondary"
            aria-disabled=${applying ? 'true' : 'false'}
            aria-busy=${applying ? 'true' : 'false'}
            ?disabled=${this.disabled}
            @click=${this.applyTyped}
          >
            ${i18n.t(applying ? 'promo.applying' : 'promo.apply')}
          </button>
        </div>
        ${this.renderError(i18n)}
      </div>`;
  }

  override render() {
    const { i18n } = this;
    if (!i18n) return nothing;
    return html`${this.appliedCode ? this.renderApplied(i18n, this.appliedCode) : this.renderEntry(i18n)}
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-promo-code': XPayPromoCode;
  }
}
