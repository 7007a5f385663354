import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FormValidation } from '../../forms/form-validation.js';
import type { Translator } from '../../i18n/translator.js';
import {
  caretAfterFormat,
  cvcLength,
  detectBrand,
  formatCardNumber,
  formatExpiryInput,
  parseExpiry,
  validateCardNumber,
  validateCvc,
  validateExpiry,
} from '../../lib/card.js';
import { digitsOnly } from '../../lib/digits.js';
import { fieldId, renderTextField } from '../field.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { cardInputStyles } from './xpay-card-input.styles.js';

export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

const NUMBER = 'paymentMethod.card.number';
const EXPIRY = 'paymentMethod.card.expiry';
const CVC = 'paymentMethod.card.cvc';

/**
 * Card entry behind one element boundary: the only place card data lives, and the one element
 * that produces the confirm body's `card` object. It will later move into a frame served from
 * the provider's origin without the rest of the widget changing.
 */
export class XPayCardInput extends LitElement {
  static override styles = [baseStyles, fieldStyles, cardInputStyles];

  @property({ attribute: false }) i18n!: Translator;
  @property({ attribute: false }) validation!: FormValidation;
  @property({ type: Boolean }) disabled = false;

  @state() private number = '';
  @state() private expiry = '';
  @state() private cvc = '';

  private unregister: (() => void)[] = [];
  private observing = false;

  private get brand() {
    return detectBrand(digitsOnly(this.number));
  }

  /** The confirm body's card, or null while any part is invalid. */
  cardDetails(): CardDetails | null {
    const expiry = parseExpiry(this.expiry);
    if (!expiry) return null;
    return { number: digitsOnly(this.number), expMonth: expiry.month, expYear: expiry.year, cvc: digitsOnly(this.cvc) };
  }

  /** Forgets everything typed: after completion, and when the element goes away. */
  clear(): void {
    this.number = '';
    this.expiry = '';
    this.cvc = '';
    for (const input of this.renderRoot.querySelectorAll('input')) input.value = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('validation') && this.validation) this.registerFields();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.validation) this.registerFields();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregisterFields();
    this.clear();
  }

  private registerFields(): void {
    this.unregisterFields();
    if (!this.observing) {
      this.observing = true;
      this.validation.observe(this);
    }
    const focus = (name: string) => () => this.updateComplete.then(() => this.input(name)?.focus());
    this.unregister = [
      this.validation.register({ name: NUMBER, validate: () => validateCardNumber(digitsOnly(this.number)), focus: focus(NUMBER) }),
      this.validation.register({ name: EXPIRY, validate: () => validateExpiry(this.expiry), focus: focus(EXPIRY) }),
      this.validation.register({ name: CVC, validate: () => validateCvc(digitsOnly(this.cvc), this.brand), focus: focus(CVC) }),
    ];
  }

  private unregisterFields(): void {
    for (const unregister of this.unregister) unregister();
    this.unregister = [];
  }

  private input(name: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(name)}`);
  }

  private onNumberInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    const caret = input.selectionStart ?? input.value.length;
    const { formatted } = formatCardNumber(input.value);
    const nextCaret = caretAfterFormat(input.value, caret, formatted);
    input.value = formatted;
    input.setSelectionRange(nextCaret, nextCaret);
    this.number = formatted;
    this.validation.revalidate(NUMBER);
  };

  /** Backspace right after a group space deletes the digit before it, not the space the formatter restores. */
  private onNumberBeforeInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    const caret = input.selectionStart ?? 0;
    if (event.inputType === 'deleteContentBackward' && caret === input.selectionEnd && input.value[caret - 1] === ' ') {
      input.setSelectionRange(caret - 1, caret - 1);
    }
  };

  private onExpiryInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    const deleting = event.inputType?.startsWith('delete') ?? false;
    input.value = formatExpiryInput(input.value, deleting);
    this.expiry = input.value;
    this.validation.revalidate(EXPIRY);
  };

  private onCvcInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    input.value = digitsOnly(input.value).slice(0, cvcLength(this.brand));
    this.cvc = input.value;
    this.validation.revalidate(CVC);
  };

  override render() {
    const { i18n, validation } = this;
    if (!i18n || !validation) return nothing;
    const brand = this.brand;
    const brandId = `${fieldId(NUMBER)}-brand`;
    const length = cvcLength(brand);
    return html`<div class="grid">
      <div class="number">
        ${renderTextField(i18n, {
          name: NUMBER,
          label: i18n.t('card.number'),
          value: this.number,
          error: validation.errorFor(NUMBER),
          required: true,
          disabled: this.disabled,
          autocomplete: 'cc-number',
          inputmode: 'numeric',
          dir: 'ltr',
          maxLength: 23,
          describedBy: brand ? [brandId] : [],
          onInput: this.onNumberInput,
          onBeforeInput: this.onNumberBeforeInput,
          onBlur: () => validation.revalidate(NUMBER),
        })}
        ${brand
          ? html`<span class="brand" id=${brandId}>
              <span class="visually-hidden">${i18n.t('card.brand', { brand: brand.name })}</span>
              <span class="brand-name" aria-hidden="true">${brand.name}</span>
            </span>`
          : nothing}
      </div>
      ${renderTextField(i18n, {
        name: EXPIRY,
        label: i18n.t('card.expiry'),
        value: this.expiry,
        error: validation.errorFor(EXPIRY),
        required: true,
        disabled: this.disabled,
        autocomplete: 'cc-exp',
        inputmode: 'numeric',
        dir: 'ltr',
        placeholder: i18n.t('card.expiryPlaceholder'),
        maxLength: 9,
        onInput: this.onExpiryInput,
        onBlur: () => validation.revalidate(EXPIRY),
      })}
      ${renderTextField(i18n, {
        name: CVC,
        label: i18n.t('card.cvc'),
        value: this.cvc,
        error: validation.errorFor(CVC),
        required: true,
        disabled: this.disabled,
        autocomplete: 'cc-csc',
        inputmode: 'numeric',
        dir: 'ltr',
        maxLength: length,
        hint: brand?.id === 'amex' ? i18n.t('card.cvcHintAmex', { count: length }) : i18n.t('card.cvcHint', { count: length }),
        onInput: this.onCvcInput,
        onBlur: () => validation.revalidate(CVC),
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-card-input': XPayCardInput;
  }
}
