import { expect } from '@open-wc/testing';
import { countryRules, normalizePostalCode, validateEmail, validatePostalCode } from '../../src/lib/address.js';
import { normalizePhone, validatePhone } from '../../src/lib/phone.js';
import { checkEmail, checkPhone, checkPostalCode, checkRegion } from '../../sandbox/confirm-rules.mjs';
import { EMAIL_CASES, PHONE_CASES, POSTAL_CASES, REGION_CASES, type Verdict } from '../fixtures/validation-cases.js';

/** The widget's verdict from its validation message. */
function widget(message: { key: string } | null): Verdict {
  if (!message) return 'ok';
  return message.key === 'validation.required' ? 'missing' : 'invalid';
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

describe('validation parity: widget and provider judge the same input the same way', () => {
  it('emails', () => {
    for (const { value, verdict } of EMAIL_CASES) {
      expect({ widget: widget(validateEmail(value)), sandbox: sandbox(() => checkEmail(value)) }, JSON.stringify(value)).to.deep.equal({
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
      expect({ widget: widget(validatePostalCode(country, typed)), sandbox: sandbox(() => checkPostalCode(country, sent, 'postalCode')) }, label).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
      if (verdict === 'ok' && countryRules(country).postal) expect(checkPostalCode(country, sent, 'postalCode'), label).to.equal(sent || null);
    }
  });

  it('which countries need a state, province or emirate', () => {
    for (const { country, value, verdict } of REGION_CASES) {
      const required = countryRules(country).region?.required ?? false;
      const widgetVerdict: Verdict = required && !value.trim() ? 'missing' : 'ok';
      expect({ widget: widgetVerdict, sandbox: sandbox(() => checkRegion(country, value, 'state')) }, `${country} ${JSON.stringify(value)}`).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
    }
  });

  it('phone numbers, as the widget sends them (E.164)', () => {
    for (const { callingCode, typed, verdict } of PHONE_CASES) {
      const sent = normalizePhone(callingCode, typed);
      expect({ widget: widget(validatePhone(sent)), sandbox: sandbox(() => checkPhone('phone', sent, true)) }, `${callingCode} ${JSON.stringify(typed)}`).to.deep.equal({
        widget: verdict,
        sandbox: verdict,
      });
    }
  });
});
