import { html } from 'lit';
import { addressSpecs } from '../../forms/address-specs.js';
import { addressField } from '../../forms/checkout-values.js';
import { COUNTRY_CODES, countryName } from '../../lib/address.js';
import type { FieldBinder, SelectOption } from '../field.js';

const countryOptionsByLocale = new Map<string, SelectOption[]>();

/** Every supported country, named and sorted in the customer's language (built once per locale). */
function countryOptions(locale: string): SelectOption[] {
  let options = countryOptionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    countryOptionsByLocale.set(locale, options);
  }
  return options;
}

/**
 * One address: the country first, then the inputs that country writes, in its order, with its
 * names for them ("ZIP code", "Governorate"). `prefix` is the address's confirm-body path;
 * `section` is its autofill section, so the browser keeps billing and shipping apart.
 */
export function renderAddressFields(fields: FieldBinder, prefix: string, section: 'billing' | 'shipping') {
  const { i18n } = fields;
  const countryField = addressField(prefix, 'country');
  const country = fields.value(countryField);
  return html`<div class="address">
    ${fields.select({
      name: countryField,
      label: i18n.t('field.country'),
      options: countryOptions(i18n.locale),
      autocomplete: `${section} country`,
      required: true,
    })}
    ${addressSpecs(country).map((spec) =>
      fields.text({
        name: addressField(prefix, spec.part),
        label: i18n.t(spec.label),
        autocomplete: `${section} ${spec.autocomplete}`,
        required: spec.required,
        className: spec.short ? 'short' : '',
        dir: spec.ltr ? 'ltr' : undefined,
      }),
    )}
  </div>`;
}
