import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ConfirmBody } from '../../api/client.js';
import type { CustomField, PaymentMethodType, Session } from '../../api/schema.js';
import {
  addressField,
  BILLING,
  buildConfirmBody,
  CALLING_CODE,
  customFieldName,
  defaultCallingCode,
  e164Phone,
  EMAIL,
  initialValues,
  NAME,
  PAYMENT_METHOD,
  PHONE,
  SAME_AS_BILLING,
  SHIPPING,
  SHIPPING_NAME,
  type FormValues,
} from '../../forms/checkout-values.js';
import type { FieldHandle, FormValidation } from '../../forms/form-validation.js';
import { firstError, type Validator } from '../../forms/validation.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { addressParts, COUNTRY_CODES, countryName, countryRules, validateEmail, validatePostalCode } from '../../lib/address.js';
import { digitsOnly, normalizeDigits } from '../../lib/digits.js';
import { callingCodes, validatePhone } from '../../lib/phone.js';
import type { XPayCardInput } from '../card-input/xpay-card-input.js';
import { displayTotals } from '../../lib/totals.js';
import { fieldId, renderTextField, type TextFieldSpec } from '../field.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { paymentFormStyles } from './xpay-payment-form.styles.js';

const required: Validator = (value) => (value.trim() ? null : { key: 'validation.required' });

/** Which payment methods can take this total (CONTRACT section 3: min/max transaction amounts). */
export function availableMethods(session: Session): PaymentMethodType[] {
  const total = session.amountTotal;
  return (session.paymentMethodTypes ?? [{ type: 'card', displayName: null }]).filter(
    (method) =>
      (method.minTransactionAmount == null || total >= method.minTransactionAmount) &&
      (method.maxTransactionAmount == null || total <= method.maxTransactionAmount),
  );
}

/** The pay button's wording: the session's submit type, localized, with the amount. */
export function payLabelKey(submitType: Session['submitType']): MessageKey {
  return `pay.${submitType ?? 'PAY'}` as MessageKey;
}

interface FieldRule {
  name: string;
  validators: Validator[];
}

/**
 * Everything the customer fills in, from email to the pay button. Values live here (never
 * in the session), so a session update such as a new total loses nothing typed. Submitting
 * validates through the shared FormValidation model and hands the confirm body to `submit`,
 * a callback rather than an event so card data is never put into an event detail.
 */
export class XPayPaymentForm extends LitElement {
  static override styles = [baseStyles, fieldStyles, paymentFormStyles];

  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) i18n!: Translator;
  /** Shared with every element that renders fields (card entry, custom fields, quantities). */
  @property({ attribute: false }) validation!: FormValidation;
  @property({ attribute: false }) submit?: (body: ConfirmBody) => void;
  /** While true every input is disabled and the button shows progress. */
  @property({ type: Boolean }) processing = false;
  /** A failed pay attempt's message, shown in a persistent alert above the button. */
  @property({ attribute: false }) paymentError: MessageKey | null = null;
  @property() layout: 'expanded' | 'compact' = 'expanded';

  @state() private values: FormValues = {};

  @query('xpay-card-input') private cardInput?: XPayCardInput;
  @query('.payment-error') private paymentErrorRegion?: HTMLElement;

  private prefilledSessionId: string | null = null;
  private registrations = new Map<string, () => void>();
  private currentRules = new Map<string, FieldRule>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncFieldRegistrations([]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Set as a property (possibly before this element was upgraded), so observed from here.
    if (changed.has('validation') && this.validation) this.validation.observe(this);
    if (changed.has('session') && this.session && this.session.id !== this.prefilledSessionId) {
      this.prefilledSessionId = this.session.id;
      this.values = initialValues(this.session, this.i18n.locale, availableMethods(this.session)[0]?.type ?? null);
    }
    // A method the new total no longer allows cannot stay selected.
    const methods = this.session ? availableMethods(this.session) : [];
    if (methods.length && !methods.some((method) => method.type === this.values[PAYMENT_METHOD])) {
      this.values = { ...this.values, [PAYMENT_METHOD]: methods[0].type };
    }
  }

  protected override updated(changed: PropertyValues): void {
    this.syncFieldRegistrations(this.fieldRules());
    // A new payment error takes focus so screen readers read it and keyboard users start from it.
    if (changed.has('paymentError') && this.paymentError) this.paymentErrorRegion?.focus();
  }

  /** Forgets card data (after completion); the rest of the form stays as typed. */
  clearCard(): void {
    this.cardInput?.clear();
  }

  private get methods(): PaymentMethodType[] {
    return availableMethods(this.session);
  }

  private get sameAsBilling(): boolean {
    return Boolean(this.session.billingAddressCollection) && this.values[SAME_AS_BILLING] === 'true';
  }

  private addressRules(prefix: string): FieldRule[] {
    const country = this.values[addressField(prefix, 'country')] ?? '';
    const rules = countryRules(country);
    return addressParts(country).flatMap((part): FieldRule[] => {
      const name = addressField(prefix, part);
      if (part === 'line2') return [];
      if (part === 'postalCode') return [{ name, validators: [(value) => validatePostalCode(country, value)] }];
      if (part === 'state') return rules.region?.required ? [{ name, validators: [required] }] : [];
      return [{ name, validators: [required] }];
    });
  }

  private customFieldRules(field: CustomField): FieldRule {
    const validators: Validator[] = [];
    if (!field.isOptional) validators.push(field.type === 'DROPDOWN' ? (v) => (v ? null : { key: 'validation.chooseOption' }) : required);
    if (field.type === 'DROPDOWN') {
      const values = new Set((field.dropdownOptions ?? []).map((option) => option.value));
      validators.push((value) => (!value || values.has(value) ? null : { key: 'validation.optionUnknown' }));
    } else {
      if (field.type === 'NUMERIC') validators.push((value) => (/^\d*$/.test(normalizeDigits(value).trim()) ? null : { key: 'validation.digitsOnly' }));
      const length = (value: string) => (field.type === 'NUMERIC' ? digitsOnly(value) : value.trim()).length;
      if (field.minCharacters) {
        const min = field.minCharacters;
        validators.push((value) => (length(value) === 0 || length(value) >= min ? null : { key: 'validation.minLength', params: { count: min } }));
      }
      if (field.maxCharacters) {
        const max = field.maxCharacters;
        validators.push((value) => (length(value) <= max ? null : { key: 'validation.maxLength', params: { count: max } }));
      }
    }
    return { name: customFieldName(field.key), validators };
  }

  /** Every field this session asks for, in the order the customer sees them. */
  private fieldRules(): FieldRule[] {
    const { session } = this;
    if (!session) return [];
    const rules: FieldRule[] = [{ name: EMAIL, validators: [validateEmail] }];
    if (session.nameCollection) rules.push({ name: NAME, validators: [required] });
    if (session.phoneNumberCollection) rules.push({ name: PHONE, validators: [() => validatePhone(e164Phone(this.values))] });
    if (session.billingAddressCollection) rules.push(...this.addressRules(BILLING));
    if (session.shippingAddressCollection) {
      rules.push({ name: SHIPPING_NAME, validators: this.sameAsBilling && session.nameCollection ? [] : [required] });
      if (!this.sameAsBilling) rules.push(...this.addressRules(SHIPPING));
    }
    for (const field of session.customFields ?? []) rules.push(this.customFieldRules(field));
    return rules;
  }

  /**
   * Registers fields that appeared and unregisters those that went away (a country without
   * postal codes, shipping "same as billing"). Fields that stay keep their registration, and
   * so their error, across renders; their rules are read fresh at each validation.
   */
  private syncFieldRegistrations(rules: FieldRule[]): void {
    const next = new Map(rules.map((rule) => [rule.name, rule]));
    for (const [name, unregister] of this.registrations) {
      if (!next.has(name)) {
        unregister();
        this.registrations.delete(name);
      }
    }
    this.currentRules = next;
    for (const name of next.keys()) {
      if (this.registrations.has(name)) continue;
      const handle: FieldHandle = {
        name,
        validate: () => firstError(this.values[name] ?? '', this.currentRules.get(name)?.validators ?? []),
        focus: () => this.updateComplete.then(() => this.focusField(name)),
      };
      this.registrations.set(name, this.validation.register(handle));
    }
    const cardFields = this.values[PAYMENT_METHOD] === 'card' ? ['paymentMethod.card.number', 'paymentMethod.card.expiry', 'paymentMethod.card.cvc'] : [];
    this.validation.setOrder([...rules.map((rule) => rule.name), ...cardFields]);
  }

  private focusField(name: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`);
    (target ?? this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`))?.focus();
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.validation.revalidate(name);
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    if (this.processing || !this.methods.length) return;
    // Validate every field (the card's too) before anything leaves the page.
    if (!this.validation.validateAll()) return;
    const card = this.values[PAYMENT_METHOD] === 'card' ? (this.cardInput?.cardDetails() ?? null) : null;
    this.submit?.(buildConfirmBody(this.session, this.values, card));
  };

  private text(spec: Omit<TextFieldSpec, 'value' | 'error' | 'onInput' | 'required'> & { required?: boolean }) {
    const name = spec.name;
    return renderTextField(this.i18n, {
      ...spec,
      required: spec.required ?? true,
      disabled: this.processing,
      value: this.values[name] ?? '',
      error: this.validation.errorFor(name),
      onInput: (event) => this.setValue(name, (event.target as HTMLInputElement).value),
      onBlur: () => this.validation.revalidate(name),
    });
  }

  private select(name: string, label: string, options: { value: string; label: string }[], autocomplete: string, className = '', dir?: 'ltr') {
    const id = fieldId(name);
    return html`<div class="field ${className}" part="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        name=${name}
        dir=${ifDefined(dir)}
        autocomplete=${autocomplete}
        ?disabled=${this.processing}
        @change=${(event: Event) => this.onSelect(name, (event.target as HTMLSelectElement).value)}
      >
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === this.values[name]}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private onSelect(name: string, value: string): void {
    const updates: FormValues = { [name]: value };
    // A new billing country brings its calling code along unless the customer chose one.
    if (name === addressField(BILLING, 'country') && this.values[PHONE] === '') updates[CALLING_CODE] = defaultCallingCode(value);
    this.values = { ...this.values, ...updates };
    this.validation.revalidate(name);
  }

  private section(headingKey: MessageKey, content: TemplateResult | (TemplateResult | typeof nothing)[]) {
    return html`<fieldset class="section">
      <legend>${this.i18n.t(headingKey)}</legend>
      ${content}
    </fieldset>`;
  }

  private renderAddress(prefix: string, section: 'billing' | 'shipping') {
    const { i18n } = this;
    const country = this.values[addressField(prefix, 'country')] ?? '';
    const rules = countryRules(country);
    const token = (part: string) => `${section} ${part}`;
    const countries = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, i18n.locale) })).sort((a, b) =>
      a.label.localeCompare(b.label, i18n.locale),
    );
    const specs: Record<string, () => TemplateResult> = {
      line1: () => this.text({ name: addressField(prefix, 'line1'), label: i18n.t('field.line1'), autocomplete: token('address-line1') }),
      line2: () => this.text({ name: addressField(prefix, 'line2'), label: i18n.t('field.line2'), autocomplete: token('address-line2'), required: false }),
      city: () => this.text({ name: addressField(prefix, 'city'), label: i18n.t('field.city'), autocomplete: token('address-level2'), className: 'short' }),
      state: () =>
        this.text({
          name: addressField(prefix, 'state'),
          label: i18n.t(rules.region!.label),
          autocomplete: token('address-level1'),
          required: rules.region!.required,
          className: 'short',
        }),
      postalCode: () =>
        this.text({
          name: addressField(prefix, 'postalCode'),
          label: i18n.t(rules.postal!.label),
          autocomplete: token('postal-code'),
          required: rules.postal!.required,
          className: 'short',
          dir: 'ltr',
        }),
    };
    return html`<div class="address">
      ${this.select(addressField(prefix, 'country'), i18n.t('field.country'), countries, token('country'))}
      ${addressParts(country).map((part) => specs[part]())}
    </div>`;
  }

  private renderContact() {
    const { i18n, session } = this;
    const phoneCodes = callingCodes.map((code) => ({ value: code, label: code }));
    return this.section('contact.heading', [
      this.text({ name: EMAIL, label: i18n.t('field.email'), type: 'email', autocomplete: 'email', inputmode: 'email', dir: 'ltr' }),
      session.nameCollection ? this.text({ name: NAME, label: i18n.t('field.name'), autocomplete: 'name' }) : nothing,
      session.phoneNumberCollection
        ? html`<div class="phone">
            ${this.select(CALLING_CODE, i18n.t('field.callingCode'), phoneCodes, 'tel-country-code', 'calling-code', 'ltr')}
            ${this.text({ name: PHONE, label: i18n.t('field.phone'), type: 'tel', autocomplete: 'tel-national', inputmode: 'tel', dir: 'ltr' })}
          </div>`
        : nothing,
    ]);
  }

  private renderShipping() {
    const { i18n, session } = this;
    return this.section('shipping.heading', [
      session.billingAddressCollection
        ? html`<label class="checkbox">
            <input
              type="checkbox"
              name=${SAME_AS_BILLING}
              .checked=${live(this.sameAsBilling)}
              ?disabled=${this.processing}
              @change=${(event: Event) => this.setValue(SAME_AS_BILLING, (event.target as HTMLInputElement).checked ? 'true' : '')}
            />
            ${i18n.t('shipping.sameAsBilling')}
          </label>`
        : nothing,
      this.sameAsBilling && session.nameCollection
        ? nothing
        : this.text({ name: SHIPPING_NAME, label: i18n.t('field.recipient'), autocomplete: 'shipping name' }),
      this.sameAsBilling ? nothing : this.renderAddress(SHIPPING, 'shipping'),
    ]);
  }

  private renderCustomField(field: CustomField) {
    const name = customFieldName(field.key);
    const value = this.values[name] ?? '';
    if (field.type === 'DROPDOWN') {
      return html`<xpay-select
        exportparts="field"
        id=${fieldId(name)}
        name=${name}
        .label=${field.label}
        .options=${field.dropdownOptions ?? []}
        .value=${value}
        .required=${!field.isOptional}
        .disabled=${this.processing}
        .error=${this.validation.errorFor(name)}
        .i18n=${this.i18n}
        @xpay-change=${(event: CustomEvent<{ value: string }>) => this.setValue(name, event.detail.value)}
      ></xpay-select>`;
    }
    const numeric = field.type === 'NUMERIC';
    const max = field.maxCharacters ?? undefined;
    const length = numeric ? digitsOnly(value).length : value.length;
    return this.text({
      name,
      label: field.label,
      required: !field.isOptional,
      inputmode: numeric ? 'numeric' : 'text',
      dir: numeric ? 'ltr' : undefined,
      autocomplete: 'off',
      counter: max ? this.i18n.t('field.characterCount', { count: length, max }) : undefined,
    });
  }

  private renderPayment() {
    const { i18n } = this;
    const methods = this.methods;
    if (!methods.length) return this.section('payment.heading', html`<p class="note">${i18n.t('payment.noMethods')}</p>`);
    const selected = methods.find((method) => method.type === this.values[PAYMENT_METHOD]) ?? methods[0];
    return this.section('payment.heading', [
      methods.length > 1
        ? html`<div class="methods">
            ${methods.map(
              (method) => html`<label class="method">
                <input
                  type="radio"
                  name=${PAYMENT_METHOD}
                  value=${method.type}
                  .checked=${live(method.type === selected.type)}
                  ?disabled=${this.processing}
                  @change=${() => this.setValue(PAYMENT_METHOD, method.type)}
                />
                <span>${method.displayName ?? method.type}</span>
              </label>`,
            )}
          </div>`
        : nothing,
      selected.type === 'card'
        ? html`<xpay-card-input exportparts="field" .i18n=${i18n} .validation=${this.validation} ?disabled=${this.processing}></xpay-card-input>`
        : html`<p class="note">${i18n.t('payment.noFieldsNeeded', { method: selected.displayName ?? selected.type })}</p>`,
    ]);
  }

  override render() {
    const { session, i18n } = this;
    if (!session || !i18n) return nothing;
    const totals = displayTotals(session);
    const amount = i18n.money(totals.total, totals.currency);
    const customFields = session.customFields ?? [];
    return html`<form part="form" class=${this.layout} novalidate @submit=${this.onSubmit} aria-busy=${this.processing ? 'true' : 'false'}>
      ${this.renderContact()}
      ${session.billingAddressCollection ? this.section('billing.heading', this.renderAddress(BILLING, 'billing')) : nothing}
      ${session.shippingAddressCollection ? this.renderShipping() : nothing}
      ${customFields.length
        ? this.section('customFields.heading', html`<div class="custom-fields">${customFields.map((field) => this.renderCustomField(field))}</div>`)
        : nothing}
      ${this.renderPayment()}
      <div class="payment-error" part="notice" role="alert" tabindex="-1" ?hidden=${!this.paymentError}>
        ${this.paymentError ? i18n.t(this.paymentError) : nothing}
      </div>
      <button
        class="button button--primary pay"
        part="pay-button"
        type="submit"
        aria-disabled=${this.processing || !this.methods.length ? 'true' : 'false'}
      >
        ${this.processing
          ? html`<span class="spinner" aria-hidden="true"></span><span>${i18n.t('pay.processing')}</span>`
          : i18n.t(payLabelKey(session.submitType), { amount })}
      </button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-payment-form': XPayPaymentForm;
  }
}
