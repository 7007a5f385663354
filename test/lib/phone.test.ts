import { expect } from '@open-wc/testing';
import { countryRules } from '../../src/lib/address.js';
import { callingCodes, normalizePhone, validatePhone } from '../../src/lib/phone.js';

describe('callingCodes', () => {
  it('lists each calling code once, in numeric order', () => {
    expect(new Set(callingCodes).size).to.equal(callingCodes.length);
    expect(callingCodes[0]).to.equal('+1');
    const numbers = callingCodes.map((code) => Number(code.slice(1)));
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
  });

  it('derives from the address rules', () => {
    for (const code of ['EG', 'SA', 'AE', 'US', 'GB']) {
      expect(callingCodes).to.include(countryRules(code).callingCode);
    }
  });
});

describe('normalizePhone', () => {
  it('drops the trunk zero and separators', () => {
    expect(normalizePhone('+20', '010 1234 5678')).to.equal('+201012345678');
    expect(normalizePhone('+20', '(010) 1234-5678')).to.equal('+201012345678');
    expect(normalizePhone('+966', '050 123 4567')).to.equal('+966501234567');
    expect(normalizePhone('+44', '07911 123456')).to.equal('+447911123456');
  });

  it('accepts numbers typed without the trunk zero', () => {
    expect(normalizePhone('+20', '1012345678')).to.equal('+201012345678');
    expect(normalizePhone('+971', '50 123 4567')).to.equal('+971501234567');
  });

  it('normalizes Arabic-Indic and Persian digits', () => {
    expect(normalizePhone('+20', '٠١٠ ١٢٣٤ ٥٦٧٨')).to.equal('+201012345678');
    expect(normalizePhone('+971', '۰۵۰ ۱۲۳ ۴۵۶۷')).to.equal('+971501234567');
  });

  it('keeps a number typed with its own + prefix', () => {
    expect(normalizePhone('+20', '+44 7911 123456')).to.equal('+447911123456');
    expect(normalizePhone('+20', ' +٢٠ ١٠١ ٢٣٤ ٥٦٧٨')).to.equal('+201012345678');
  });

  it('keeps the Italian leading zero, which is part of the number', () => {
    expect(normalizePhone('+39', '06 1234 5678')).to.equal('+390612345678');
  });

  it('drops the North American trunk 1', () => {
    expect(normalizePhone('+1', '1 (212) 555-0123')).to.equal('+12125550123');
    expect(normalizePhone('+1', '(212) 555-0123')).to.equal('+12125550123');
  });

  it('returns an empty string when nothing was typed', () => {
    expect(normalizePhone('+20', '')).to.equal('');
    expect(normalizePhone('+20', ' - ')).to.equal('');
  });
});

describe('validatePhone', () => {
  it('accepts 8 to 15 digits after the plus', () => {
    expect(validatePhone('+201012345678')).to.equal(null);
    expect(validatePhone('+97312345')).to.equal(null);
    expect(validatePhone('+123456789012345')).to.equal(null);
  });

  it('rejects too few or too many digits and malformed values', () => {
    expect(validatePhone('+2010123')).to.deep.equal({ key: 'validation.phone' });
    expect(validatePhone('+1234567890123456')).to.deep.equal({ key: 'validation.phone' });
    expect(validatePhone('201012345678')).to.deep.equal({ key: 'validation.phone' });
    expect(validatePhone('+20 101 234 5678')).to.deep.equal({ key: 'validation.phone' });
  });

  it('requires a value', () => {
    expect(validatePhone('')).to.deep.equal({ key: 'validation.required' });
  });
});
