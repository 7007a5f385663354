import { expect } from '@open-wc/testing';
import { addressField, BILLING, CALLING_CODE, EMAIL, PHONE, type FormValues } from '../../src/forms/checkout-values.js';
import { fieldRules, validateFields } from '../../src/forms/field-rules.js';
import { countryRules, normalizePostalCode } from '../../src/lib/address.js';
import { normalizePhone } from '../../src/lib/phone.js';
import { checkEmail, checkPhone, checkPostalCode, checkRegion } from '../../sandbox/confirm-rules.mjs';
import { EMAIL_CASES, PHONE_CASES, POSTAL_CASES, REGION_CASES, type Verdict } from '../fixtures/validation-cases.js';
import { testSession } from '../forms/session.js';

/** A session asking for every field these cases cover. */
const session = testSession({ phoneNumberCollection: true, billingAddressCollection: true });

/**
 * The widget's verdict on `name`, as the form judges it (a field it does not show is fine):
 * what failed, not how it is worded, since each field says it is missing in its own words
 * ("Enter your email address.").
 */
function widget(values: FormValues, name: string): Verdict {
  const message = validateFields(fieldRules(session, values), values).get(name);
  if (!message) return 'ok';
  return /^validation\.(?:required|\w+Required)$/.test(message.key) ? 'missing' : 'invalid';
}

/** The sandbox's verdict: its checks return, or throw the provider's 400. */
function sandbox(check: () => unknown): Verdict {
  try {
    check();
    return 'ok';
  } catch (error) {
    const { status, code } = error as { status?: number; code?: string };
    if (status === 400 && code === 'parameter_missing') return 'missing';
    if (status === 400 && code === 'parameter_invalid') return 'invalid';
    throw error;
  }
}

const address = (country: string, part: 'postalCode' | 'state', value: string): FormValues => ({
  [addressField(BILLING, 'country')]: country,
  [addressField(BILLING, part)]: value,
});

describe('validation parity: widget and provider judge the same input the same way', () => {
  it('emails', () => {
    for (const { value, verdict } of EMAIL_CASES) {
      expect({ widget: widget({ [EMAIL]: value }, EMAIL), sandbox: sandbox(() => checkEmail(value)) }, JSON.stringify(value)).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
    }
  });

  it('postal codes, as the widget sends them, and the provider keeps them as sent', () => {
    for (const { country, typed, verdict } of POSTAL_CASES) {
      const label = `${country} ${JSON.stringify(typed)}`;
      // Where the widget has no postal field it sends nothing; the provider must ignore a code anyway.
      const sent = countryRules(country).postal ? normalizePostalCode(country, typed) : typed;
      const judged = widget(address(country, 'postalCode', typed), addressField(BILLING, 'postalCode'));
      expect({ widget: judged, sandbox: sandbox(() => checkPostalCode(country, sent, 'postalCode')) }, label).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
      if (verdict === 'ok' && countryRules(country).postal) expect(checkPostalCode(country, sent, 'postalCode'), label).to.equal(sent || null);
    }
  });

  it('which countries need a state, province or emirate', () => {
    for (const { country, value, verdict } of REGION_CASES) {
      const judged = widget(address(country, 'state', value), addressField(BILLING, 'state'));
      expect({ widget: judged, sandbox: sandbox(() => checkRegion(country, value, 'state')) }, `${country} ${JSON.stringify(value)}`).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
    }
  });

  it('phone numbers, as the widget sends them (E.164)', () => {
    for (const { callingCode, typed, verdict } of PHONE_CASES) {
      const sent = normalizePhone(callingCode, typed);
      const judged = widget({ [CALLING_CODE]: callingCode, [PHONE]: typed }, PHONE);
      expect({ widget: judged, sandbox: sandbox(() => checkPhone('phone', sent, true)) }, `${callingCode} ${JSON.stringify(typed)}`).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
    }
  });
});
