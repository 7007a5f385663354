import { expect } from '@open-wc/testing';
import { digitsOnly, normalizeDigits } from '../../src/lib/digits.js';

describe('normalizeDigits', () => {
  it('converts Arabic-Indic digits', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
  });

  it('converts Extended Arabic-Indic (Persian) digits', () => {
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
  });

  it('converts Devanagari and Bengali digits', () => {
    expect(normalizeDigits('०१२३४५६७८९')).to.equal('0123456789');
    expect(normalizeDigits('০১২৩৪৫৬৭৮৯')).to.equal('0123456789');
  });

  it('leaves ASCII digits, letters, separators and other scripts alone', () => {
    expect(normalizeDigits('12 / ٣٤')).to.equal('12 / 34');
    expect(normalizeDigits('SW1A ۱AA')).to.equal('SW1A 1AA');
    expect(normalizeDigits('مرحبا +-()')).to.equal('مرحبا +-()');
    expect(normalizeDigits('')).to.equal('');
  });
});

describe('digitsOnly', () => {
  it('normalizes and drops every non-digit', () => {
    expect(digitsOnly('٤٢٤٢ 4242-4242 ۴۲۴۲')).to.equal('4242424242424242');
    expect(digitsOnly('(010) 1234-5678')).to.equal('01012345678');
  });

  it('returns an empty string when there are no digits', () => {
    expect(digitsOnly('abc - /')).to.equal('');
  });
});
