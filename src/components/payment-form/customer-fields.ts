import { html, nothing, type TemplateResult } from 'lit';
import type { CustomField, Session } from '../../api/schema.js';
import { CALLING_CODE, customFieldName, EMAIL, FIELD_LABELS, NAME, PAYMENT_METHOD, PHONE, SAME_AS_BILLING, SHIPPING, SHIPPING_NAME } from '../../forms/checkout-values.js';
import { availableMethods } from '../../forms/payment-methods.js';
import { fieldLength } from '../../forms/field-rules.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { callingCodes } from '../../lib/phone.js';
import type { FieldBinder } from '../field.js';
import { renderAddressFields } from './address-fields.js';

/** The customer's sections of the form, as pure functions of the fields they bind. */

const PHONE_CODE_OPTIONS = /* @__PURE__ */ callingCodes.map((code) => ({ value: code, label: code }));

export function renderSection(i18n: Translator, headingKey: MessageKey, content: TemplateResult | (TemplateResult | typeof nothing)[]) {
  return html`<fieldset class="section">
    <legend>${i18n.t(headingKey)}</legend>
    ${content}
  </fieldset>`;
}

export function renderContact(fields: FieldBinder, session: Session) {
  const { i18n } = fields;
  return renderSection(i18n, 'contact.heading', [
    fields.text({ name: EMAIL, label: i18n.t(FIELD_LABELS[EMAIL]), required: true, type: 'email', autocomplete: 'email', inputmode: 'email', dir: 'ltr' }),
    session.nameCollection ? fields.text({ name: NAME, label: i18n.t(FIELD_LABELS[NAME]), required: true, autocomplete: 'name' }) : nothing,
    session.phoneNumberCollection
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
            label: i18n.t(FIELD_LABELS[PHONE]),
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

/** The payment methods that can take this total, and what the chosen one needs (the card's frame). */
export function renderPaymentSection(fields: FieldBinder, session: Session, renderCard: () => TemplateResult) {
  const { i18n } = fields;
  const methods = availableMethods(session);
  if (!methods.length) return renderSection(i18n, 'payment.heading', html`<p class="note">${i18n.t('payment.noMethods')}</p>`);
  const selected = methods.find((method) => method.type === fields.value(PAYMENT_METHOD)) ?? methods[0];
  return renderSection(i18n, 'payment.heading', [
    methods.length > 1
      ? html`<div class="methods">
          ${methods.map((method) => fields.radio({ name: PAYMENT_METHOD, value: method.type, label: method.displayName ?? method.type }))}
        </div>`
      : nothing,
    selected.type === 'card'
      ? renderCard()
      : html`<p class="note">${i18n.t('payment.noFieldsNeeded', { method: selected.displayName ?? selected.type })}</p>`,
  ]);
}
