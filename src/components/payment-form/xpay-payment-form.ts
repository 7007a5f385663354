import '../../i18n/use-payment-english.js';
import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CheckoutError } from '../../api/errors.js';
import type { ConfirmBody } from '../../api/session-changes.js';
import type { Session } from '../../api/schema.js';
import { BILLING, buildConfirmBody, CALLING_CODE, INSTALLMENT_PLAN, keepOfferedChoices, PAYMENT_METHOD, withEditedValue, type FormValues } from '../../forms/checkout-values.js';
import { CARD_ENTRY, summaryEntries } from '../../forms/error-summary.js';
import { editedFields, markEdited, markSubmitted, markTouched, visibleError, withServerError, type FieldFeedback } from '../../forms/field-feedback.js';
import { fieldRules, serverErrorAt, validateFields, type FieldRule } from '../../forms/field-rules.js';
import { availableMethods } from '../../forms/payment-methods.js';
import { startValues } from '../../forms/restore-values.js';
import type { ValidationMessage } from '../../forms/validation.js';
import { translatorContext } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { XPayInternalEvent } from '../../lib/events.js';
import type { CardFrameConfig, CardState, TokenizedCard, XPayCardInput } from '../card-input/xpay-card-input.js';
import { bindFields, fieldId, isEnterOnChoice, type FieldBinder } from '../field.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { renderAddressFields } from './address-fields.js';
import { MethodChoiceReporter } from './method-choice.js';
import { renderSubmitArea } from './submit-area.js';
import { renderContact, renderCustomField, renderPaymentSection, renderSection, renderShipping, type PlansState } from './customer-fields.js';
import { ErrorSummaryController } from './error-summary.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { paymentFormStyles } from './xpay-payment-form.styles.js';

/**
 * What `xpay-submit` carries: the confirm body without card data (`paymentMethod` is `{ type }`;
 * the root adds the id the card frame mints) and the card's version at the moment it was
 * validated, so a retry can tell "same card" from "changed card" without seeing the card.
 */
export interface SubmitDetail {
  body: ConfirmBody;
  cardVersion: number | null;
}

/**
 * Everything the customer fills in, from email to the pay button. The form owns the values
 * (never the session), so a session update such as a new total loses nothing typed; it derives
 * its fields and their rules from session and values on every render (`fieldRules`), and keeps
 * per-field interaction state (`field-feedback`) that decides when each error shows.
 *
 * Card entry is a black box (`<xpay-card-input>`, a frame from the provider's origin): the form
 * asks it to validate and, for the root, to tokenize; it never sees a card number. A failed
 * submit opens an error summary at the top of the form (error-summary.ts).
 *
 * Dispatches `xpay-submit` (SubmitDetail), `xpay-method-change` (MethodChoice) and
 * `xpay-plans-retry`, and re-dispatches `xpay-card-unavailable`, all XPayInternalEvents on its host.
 */
export class XPayPaymentForm extends LitElement {
  static override styles = [baseStyles, fieldStyles, paymentFormStyles, errorSummaryStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;

  @property({ attribute: false }) session: Session | null = null;
  /** Where the card frame comes from and which session it tokenizes for; null until known. */
  @property({ attribute: false }) cardConfig: CardFrameConfig | null = null;
  /** While true every input is disabled and the button shows progress. */
  @property({ type: Boolean }) processing = false;
  /** A failed pay attempt's message: a persistent alert above the button, focused when it appears. */
  @property({ attribute: false }) paymentError: ValidationMessage | null = null;
  /** The valU plans for the current total, while valU is the chosen method. */
  @property({ attribute: false }) installmentPlans: PlansState = { status: 'loading' };
  /** Progress worth hearing but not an error ("Taking you to your bank…"): a polite status. */
  @property({ attribute: false }) statusMessage: MessageKey | null = null;
  @property() layout: 'expanded' | 'compact' = 'expanded';
  /**
   * What the customer typed for an earlier session of this checkout (another form's
   * `typedValues()`, for Start again after expiry): laid over the next session's starting
   * values when it starts here, for the fields that session asks for.
   */
  @property({ attribute: false }) restoredValues: FormValues | null = null;

  @state() private values: FormValues = {};
  @state() private feedback: FieldFeedback = new Map();

  @query('xpay-card-input') private card?: XPayCardInput | null;
  @query('.payment-error') private paymentErrorRegion?: HTMLElement | null;
  @query('.pay') private payButton?: HTMLButtonElement | null;

  /** Derived in willUpdate from session and values, for render and the summary alike. */
  private rules: FieldRule[] = [];
  private readonly summary = new ErrorSummaryController(this, {
    entries: () => {
      const errors = validateFields(this.rules, this.values);
      const cardError = this.values[PAYMENT_METHOD] === 'card' ? (this.card?.state.error ?? null) : null;
      return summaryEntries(this.rules, (name) => visibleError(this.feedback, name, errors.get(name) ?? null), cardError);
    },
    focusField: (name) => void this.focusField(name),
    focusCard: () => this.card?.focus(),
  });

  /** The session whose fields `values` holds; another id starts the form afresh. */
  private valuesSessionId: string | null = null;
  /** True from a press of pay until the card has answered, so a second press cannot pay twice. */
  private submitting = false;
  private readonly choice = new MethodChoiceReporter(this, () =>
    this.session ? { sessionId: this.session.id, type: this.values[PAYMENT_METHOD] ?? '' } : null,
  );

  /** What the customer typed or changed (never card data: the form has none), by field name, for `restoredValues`. */
  typedValues(): FormValues {
    return Object.fromEntries(editedFields(this.feedback).map((name) => [name, this.values[name] ?? '']));
  }

  /** Forgets card data (after completion); the rest of the form stays as typed. */
  clearCard(): void {
    this.card?.clear();
  }

  /** Mints the card's payment method inside the provider's frame (for the root's pay attempt). */
  tokenizeCard(idempotencyKey: string): Promise<TokenizedCard> {
    const card = this.card;
    if (!card) return Promise.reject(new CheckoutError('card_frame_unavailable', 'No card entry is on the page.'));
    return card.tokenize(idempotencyKey);
  }

  /**
   * A provider 400 naming `param`: its message at that field, which takes focus. False when the
   * form shows no such field, so the caller shows the error elsewhere.
   */
  showServerError(param: string, code?: string | null): boolean {
    const error = this.session ? serverErrorAt(param, code, fieldRules(this.session, this.values)) : null;
    if (!error) return false;
    this.feedback = withServerError(this.feedback, error.name, error.message);
    void this.focusField(error.name);
    return true;
  }

  /**
   * The first render waits for a task of its own (Lit's documented scheduleUpdate override): the
   * checkout and its summary paint in the task that applied the session, the form in the
   * next, so neither is a long task. Ready still waits for both (getUpdateComplete).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /** "Rendered" includes the card entry, so whoever awaits this sees the whole form. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.card?.updateComplete;
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.session && this.i18n && this.session.id !== this.valuesSessionId) this.startSession(this.session, this.i18n);
    const plans = this.installmentPlans;
    if (this.session) this.values = keepOfferedChoices(this.session, this.values, plans.status === 'ready' ? plans.plans : null);
    // Processing disables the inputs; focus on one of them would fall to the page. The pay
    // button stays focusable (aria-disabled) and says what is happening.
    if (changed.has('processing') && this.processing && this.shadowRoot?.activeElement && this.shadowRoot.activeElement !== this.payButton) {
      this.payButton?.focus();
    }
    this.rules = this.session ? fieldRules(this.session, this.values) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new payment error takes focus so screen readers read it and keyboard users start from it;
    // once the card entry above it has rendered too (on a first render it has not yet), so the
    // error the browser scrolls into view stays there.
    if (changed.has('paymentError') && this.paymentError) void this.updateComplete.then(() => this.paymentErrorRegion?.focus());
  }

  /** What the customer typed for an earlier session of this checkout (Start again) is kept: typed here, or handed over. */
  private startSession(session: Session, i18n: Translator): void {
    const { values, feedback } = startValues(session, i18n.locale, { ...this.restoredValues, ...this.typedValues() });
    this.values = values;
    this.feedback = feedback;
    this.valuesSessionId = session.id;
    this.summary.close();
  }

  private setValue(name: string, value: string): void {
    this.values = withEditedValue(this.values, name, value, this.feedback.get(CALLING_CODE)?.dirty ?? false);
    this.feedback = markEdited(this.feedback, name);
  }

  private async focusField(name: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(name)}`)?.focus();
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onCardSubmit = () => void this.submit();

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!isEnterOnChoice(event)) return;
    event.preventDefault();
    void this.submit();
  };

  /** The card's errors live in its frame; the summary re-reads them as they change. Its brand prices the fee. */
  private readonly onCardChange = (event: CustomEvent<CardState>) => {
    this.summary.refresh();
    this.choice.cardBrandSeen(event.detail.brand);
  };

  private readonly onRetryPlans = () => this.dispatchEvent(new XPayInternalEvent('xpay-plans-retry', null));

  /** The card's own element shows the failure with a Retry; the root hears of it from here. */
  private readonly onCardUnavailable = (event: CustomEvent<unknown>) => {
    this.dispatchEvent(new XPayInternalEvent('xpay-card-unavailable', event.detail));
  };

  /**
   * Validates every field the customer sees (each now shows its state) and the card inside its
   * frame, then either submits a fully valid form or opens the error summary.
   */
  private async submit(): Promise<void> {
    const { session } = this;
    if (!session || this.processing || this.submitting || !availableMethods(session).length) return;
    // Validated and sent as they were when pay was pressed, whatever is typed meanwhile.
    const values = this.values;
    const rules = fieldRules(session, values);
    const fieldsValid = validateFields(rules, values).size === 0;
    this.feedback = markSubmitted(this.feedback, rules.map((rule) => rule.name));
    const paysByCard = values[PAYMENT_METHOD] === 'card';
    this.submitting = true;
    try {
      const card = paysByCard ? this.card : null;
      // The card is asked even when a field above it failed, so its errors show at the same time.
      const cardValid = paysByCard ? ((await card?.validate()) ?? false) : true;
      if (this.session?.id !== session.id) return;
      if (!fieldsValid || !cardValid) {
        void this.summary.show();
        return;
      }
      const detail: SubmitDetail = { body: buildConfirmBody(session, values), cardVersion: card ? card.version : null };
      this.dispatchEvent(new XPayInternalEvent<SubmitDetail>('xpay-submit', detail));
    } finally {
      this.submitting = false;
    }
  }

  /** Binds the fields a section describes to this form's values, errors and handlers. */
  private binder(i18n: Translator, errors: ReadonlyMap<string, ValidationMessage>): FieldBinder {
    return bindFields({
      i18n,
      values: this.values,
      disabled: this.processing,
      errorFor: (name) => visibleError(this.feedback, name, errors.get(name) ?? null),
      setValue: (name, value) => this.setValue(name, value),
      leave: (name) => (this.feedback = markTouched(this.feedback, name)),
    });
  }

  private renderCard() {
    return html`<xpay-card-input
      id=${fieldId(CARD_ENTRY)}
      part="field card"
      exportparts="notice"
      .config=${this.cardConfig}
      ?disabled=${this.processing}
      @xpay-card-submit=${this.onCardSubmit}
      @xpay-card-change=${this.onCardChange}
      @xpay-card-unavailable=${this.onCardUnavailable}
    ></xpay-card-input>`;
  }

  override render() {
    const { session, i18n } = this;
    if (!session || !i18n) return nothing;
    const errors = validateFields(this.rules, this.values);
    const fields = this.binder(i18n, errors);
    const customFields = session.customFields ?? [];
    const payable = availableMethods(session).length > 0;
    return html`<form part="form" class=${this.layout} novalidate @submit=${this.onSubmit} @keydown=${this.onKeydown} aria-busy=${this.processing ? 'true' : 'false'}>
      ${this.summary.render(i18n)}
      ${renderContact(fields, session)}
      ${session.billingAddressCollection ? renderSection(i18n, 'billing.heading', renderAddressFields(fields, BILLING, 'billing')) : nothing}
      ${session.shippingAddressCollection ? renderShipping(fields, session) : nothing}
      ${customFields.length
        ? renderSection(i18n, 'customFields.heading', html`<div class="custom-fields">${customFields.map((field) => renderCustomField(fields, field))}</div>`)
        : nothing}
      ${renderPaymentSection(fields, session, {
        renderCard: () => this.renderCard(),
        plans: this.installmentPlans,
        planError: visibleError(this.feedback, INSTALLMENT_PLAN, errors.get(INSTALLMENT_PLAN) ?? null),
        retryPlans: this.onRetryPlans,
      })}
      ${renderSubmitArea(i18n, session, { processing: this.processing, payable, statusMessage: this.statusMessage, paymentError: this.paymentError })}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-payment-form': XPayPaymentForm;
  }
}
