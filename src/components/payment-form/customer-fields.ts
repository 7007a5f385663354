import { html, nothing, type TemplateResult } from 'lit';
import type { CustomField, InstallmentPlan, PaymentMethodType, Session } from '../../api/schema.js';
import { CALLING_CODE, customFieldName, EMAIL, FIELD_LABELS, INSTALLMENT_PLAN, NAME, PAYMENT_METHOD, PHONE, SAME_AS_BILLING, SHIPPING, SHIPPING_NAME } from '../../forms/checkout-values.js';
import { availableMethods, collects, unavailableMethods } from '../../forms/payment-methods.js';
import type { ValidationMessage } from '../../forms/validation.js';
import { fieldLength } from '../../forms/field-rules.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { methodName } from '../../lib/method-names.js';
import { callingCodes } from '../../lib/phone.js';
import { fieldId, type FieldBinder } from '../field.js';
import { renderAddressFields } from './address-fields.js';

/** The customer's sections of the form, as pure functions of the fields they bind. */

const PHONE_CODE_OPTIONS = /* @__PURE__ */ callingCodes.map((code) => ({ value: code, label: code }));

export function renderSection(i18n: Translator, headingKey: MessageKey, content: TemplateResult | (TemplateResult | typeof nothing)[]) {
  return html`<fieldset class="section">
    <legend>${i18n.t(headingKey)}</legend>
    ${content}
  </fieldset>`;
}

/** Name and phone show while the session collects them or the chosen method needs them; what was typed stays either way. */
export function renderContact(fields: FieldBinder, session: Session) {
  const { i18n } = fields;
  const method = fields.value(PAYMENT_METHOD);
  return renderSection(i18n, 'contact.heading', [
    fields.text({ name: EMAIL, label: i18n.t(FIELD_LABELS[EMAIL]), required: true, type: 'email', autocomplete: 'email', inputmode: 'email', dir: 'ltr' }),
    collects(session, method, 'name') ? fields.text({ name: NAME, label: i18n.t(FIELD_LABELS[NAME]), required: true, autocomplete: 'name' }) : nothing,
    collects(session, method, 'phone')
      ? html`<div class="phone">
          ${fields.select({
            name: CALLING_CODE,
            label: i18n.t(FIELD_LABELS[CALLING_CODE]),
            options: PHONE_CODE_OPTIONS,
            required: true,
            autocomplete: 'tel-country-code',
            className: 'calling-code',
            dir: 'ltr',
          })}
          ${fields.text({
            name: PHONE,
            label: i18n.t(method === 'wallet' ? 'field.walletPhone' : FIELD_LABELS[PHONE]),
            required: true,
            type: 'tel',
            autocomplete: 'tel-national',
            inputmode: 'tel',
            dir: 'ltr',
          })}
        </div>`
      : nothing,
  ]);
}

export function renderShipping(fields: FieldBinder, session: Session) {
  const { i18n } = fields;
  const sameAsBilling = Boolean(session.billingAddressCollection) && fields.value(SAME_AS_BILLING) === 'true';
  return renderSection(i18n, 'shipping.heading', [
    session.billingAddressCollection
      ? fields.checkbox({ name: SAME_AS_BILLING, label: i18n.t('shipping.sameAsBilling') })
      : nothing,
    sameAsBilling && session.nameCollection
      ? nothing
      : fields.text({ name: SHIPPING_NAME, label: i18n.t(FIELD_LABELS[SHIPPING_NAME]), required: true, autocomplete: 'shipping name' }),
    sameAsBilling ? nothing : renderAddressFields(fields, SHIPPING, 'shipping'),
  ]);
}

export function renderCustomField(fields: FieldBinder, field: CustomField) {
  const name = customFieldName(field.key);
  const required = !field.isOptional;
  if (field.type === 'DROPDOWN') {
    // Nothing is chosen until the customer chooses: a first option would be sent unasked.
    return fields.select({
      name,
      label: field.label,
      options: field.dropdownOptions ?? [],
      required,
      emptyLabel: fields.i18n.t('select.placeholder'),
      autocomplete: 'off',
    });
  }
  const numeric = field.type === 'NUMERIC';
  const max = field.maxCharacters;
  return fields.text({
    name,
    label: field.label,
    required,
    inputmode: numeric ? 'numeric' : 'text',
    dir: numeric ? 'ltr' : undefined,
    autocomplete: 'off',
    counter: max ? fields.i18n.t('field.characterCount', { count: fieldLength(field, fields.value(name)), max }) : undefined,
  });
}

/** The valU plans as the root fetched them for the current total. */
export type PlansState = { status: 'loading' } | { status: 'ready'; plans: readonly InstallmentPlan[] } | { status: 'failed' };

export interface PaymentPanels {
  renderCard: () => TemplateResult;
  plans: PlansState;
  planError: ValidationMessage | null;
  retryPlans: () => void;
}

function renderPlans(fields: FieldBinder, plans: PlansState, error: ValidationMessage | null, retry: () => void) {
  const { i18n } = fields;
  if (plans.status === 'loading') return html`<p class="note" role="status">${i18n.t('payment.plansLoading')}</p>`;
  if (plans.status === 'failed') {
    return html`<div class="note" role="alert">
      ${i18n.t('payment.plansFailed')}
      <button class="button" type="button" @click=${retry}>${i18n.t('action.retry')}</button>
    </div>`;
  }
  const id = fieldId(INSTALLMENT_PLAN);
  return html`<fieldset class="plans" role="radiogroup" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}>
    <legend>${i18n.t('payment.plansHeading')}</legend>
    ${plans.plans.map((plan, index) => {
      const currency = plan.currency ?? '';
      const total = i18n.money(plan.totalAmount, currency);
      const fee = plan.feeAmount ?? plan.totalAmount;
      return fields.radio({
        name: INSTALLMENT_PLAN,
        value: plan.id,
        id: index === 0 ? id : undefined,
        label: `${i18n.t('payment.planMonths', { count: plan.tenorMonths })} · ${i18n.t('payment.planMonthly', { amount: i18n.money(plan.monthlyAmount, currency) })}`,
        detail: fee > 0 ? i18n.t('payment.planCost', { fee: i18n.money(fee, currency), total }) : i18n.t('payment.planInterestFree', { total }),
      });
    })}
    ${error ? html`<p id="${id}-error" class="error">${i18n.t(error.key, error.params)}</p>` : nothing}
  </fieldset>`;
}

const METHOD_NOTES: Partial<Record<string, MessageKey>> = {
  valu: 'payment.valuNote',
  wallet: 'payment.walletNote',
  fawry: 'payment.fawryNote',
};

function renderMethodPanel(fields: FieldBinder, method: PaymentMethodType, panels: PaymentPanels) {
  const { i18n } = fields;
  if (method.type === 'card') return panels.renderCard();
  const note = METHOD_NOTES[method.type];
  const noteText = note ? i18n.t(note) : i18n.t('payment.noFieldsNeeded', { method: methodName(i18n, method) });
  return html`${method.type === 'valu' ? renderPlans(fields, panels.plans, panels.planError, panels.retryPlans) : nothing}
    <p class="note">${noteText}</p>`;
}

/** Why a method the customer may look for is not offered: "valU installments is available from EGP 500.00". */
function renderLimits(fields: FieldBinder, session: Session) {
  const { i18n } = fields;
  const hidden = unavailableMethods(session);
  if (!hidden.length) return nothing;
  return html`<ul class="limits">
    ${hidden.map(({ method, reason, limit }) =>
      html`<li>
        ${i18n.t(reason === 'too_small' ? 'payment.availableFrom' : 'payment.availableUpTo', {
          method: methodName(i18n, method),
          amount: i18n.money(limit, session.currency),
        })}
      </li>`,
    )}
  </ul>`;
}

/** The payment methods that can take this total, why any other is missing, and what the chosen one needs. */
export function renderPaymentSection(fields: FieldBinder, session: Session, panels: PaymentPanels) {
  const { i18n } = fields;
  const methods = availableMethods(session);
  if (!methods.length) return renderSection(i18n, 'payment.heading', [html`<p class="note">${i18n.t('payment.noMethods')}</p>`, renderLimits(fields, session)]);
  const selected = methods.find((method) => method.type === fields.value(PAYMENT_METHOD)) ?? methods[0];
  return renderSection(i18n, 'payment.heading', [
    methods.length > 1
      ? html`<div class="methods">
          ${methods.map((method) => fields.radio({ name: PAYMENT_METHOD, value: method.type, label: methodName(i18n, method) }))}
        </div>`
      : nothing,
    renderLimits(fields, session),
    renderMethodPanel(fields, selected, panels),
  ]);
}
