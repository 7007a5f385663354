import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { clampQuantity, spinTarget } from '../../forms/quantity.js';
import type { ValidationMessage } from '../../forms/validation.js';
import { translatorContext } from '../../i18n/context.js';
import type { Translator } from '../../i18n/translator.js';
import { normalizeDigits } from '../../lib/digits.js';
import { XPayInternalEvent } from '../../lib/events.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { quantityStepperStyles } from './xpay-quantity-stepper.styles.js';

export interface QuantityChange {
  name: string;
  quantity: number;
}

/** The provider's own defaults when `adjustableQuantity` gives no limit. */
const DEFAULT_MINIMUM = 1;
const DEFAULT_MAXIMUM = 99;

/**
 * A line item's quantity (`adjustableQuantity`). Every valid change is committed at once as
 * `xpay-quantity-change` with `{ name, quantity }`; the parent debounces the server call, and sets `error`
 * when the server refuses (and clears it on the next change). Invalid typing is shown here and
 * never leaves the element. The input is a spinbutton (WAI-ARIA APG): it says its value and
 * limits, and the arrow, Page, Home and End keys step it.
 */
export class XPayQuantityStepper extends LitElement {
  static override styles = [baseStyles, fieldStyles, quantityStepperStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  /** The field's name, e.g. `lineItems.li_123.quantity`. */
  @property() name = '';
  /** The product name, spoken in the controls' labels. */
  @property({ attribute: 'item-label' }) itemLabel = '';
  @property({ type: Number }) value = 1;
  /** Null means the provider's default. */
  @property({ attribute: false }) minimum: number | null = null;
  @property({ attribute: false }) maximum: number | null = null;
  @property({ type: Boolean }) disabled = false;
  /** The server's refusal of the last committed value. */
  @property({ attribute: false }) error: ValidationMessage | null = null;

  /** The customer's text while it is not simply `value`: mid-edit, native digits, or invalid. */
  @state() private draft: string | null = null;
  @state() private typingError: ValidationMessage | null = null;

  @query('input') private input!: HTMLInputElement;

  private get min(): number {
    return this.minimum ?? DEFAULT_MINIMUM;
  }

  private get max(): number {
    return this.maximum ?? DEFAULT_MAXIMUM;
  }

  override focus(options?: FocusOptions): void {
    this.updateComplete.then(() => this.input.focus(options));
  }

  /** The quantity `text` stands for, or why it is not one. */
  private parse(text: string): number | ValidationMessage {
    const digits = normalizeDigits(text).trim();
    if (!digits) return { key: 'validation.required' };
    if (!/^\d+$/.test(digits)) return { key: 'validation.digitsOnly' };
    const quantity = Number(digits);
    if (quantity < this.min || quantity > this.max) {
      return { key: 'validation.quantityRange', params: { min: this.min, max: this.max } };
    }
    return quantity;
  }

  private commit(quantity: number) {
    this.typingError = null;
    if (quantity === this.value) return;
    this.value = quantity;
    this.dispatchEvent(new XPayInternalEvent<QuantityChange>('xpay-quantity-change', { name: this.name, quantity }));
  }

  private step(delta: number) {
    this.draft = null;
    const quantity = clampQuantity(this.value + delta, this.min, this.max);
    this.commit(quantity);
    // The pressed button is disabled at a limit, which would drop focus to <body>.
    if (quantity === this.min || quantity === this.max) this.focus();
  }

  private onKeydown(event: KeyboardEvent) {
    const quantity = spinTarget(event.key, this.value, this.min, this.max);
    // With a modifier the keys keep their text meaning (Shift+Home selects).
    if (quantity === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Unmodified, they would scroll the page (Page keys) or move the caret (Home, End).
    event.preventDefault();
    this.draft = null;
    this.commit(quantity);
  }

  private onInput(event: InputEvent) {
    const text = (event.target as HTMLInputElement).value;
    this.draft = text;
    const result = this.parse(text);
    if (typeof result === 'number') this.commit(result);
    // An empty field is the customer replacing the number, not a mistake yet.
    else this.typingError = text.trim() ? result : null;
  }

  private onChange() {
    if (this.draft === null) return;
    const result = this.parse(this.draft);
    if (typeof result === 'number') this.draft = null;
    else this.typingError = result;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The parent moved the quantity (a server answer) away from what was typed: show the real one.
    if (changed.has('value') && this.draft !== null && this.parse(this.draft) !== this.value) {
      this.draft = null;
      this.typingError = null;
    }
  }

  override render() {
    const { i18n, itemLabel: item, disabled, value } = this;
    if (!i18n) return nothing;
    const error = this.typingError ?? this.error;
    return html`<div class="stepper">
        <button
          type="button"
          class="step"
          aria-label=${i18n.t('quantity.decrease', { item })}
          ?disabled=${disabled || value <= this.min}
          @click=${() => this.step(-1)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M5 12h14"></path>
          </svg>
        </button>
        <input
          type="text"
          role="spinbutton"
          inputmode="numeric"
          dir="ltr"
          autocomplete="off"
          aria-label=${i18n.t('quantity.label', { item })}
          aria-valuenow=${value}
          aria-valuemin=${this.min}
          aria-valuemax=${this.max}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'error' : nothing}
          .value=${live(this.draft ?? String(value))}
          ?disabled=${disabled}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
        />
        <button
          type="button"
          class="step"
          aria-label=${i18n.t('quantity.increase', { item })}
          ?disabled=${disabled || value >= this.max}
          @click=${() => this.step(1)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M5 12h14M12 5v14"></path>
          </svg>
        </button>
      </div>
      <p id="error" class="error" aria-live="polite">${error ? i18n.t(error.key, error.params) : nothing}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-quantity-stepper': XPayQuantityStepper;
  }
}
