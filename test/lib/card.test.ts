import { expect } from '@open-wc/testing';
import {
  CARD_BRANDS,
  caretAfterFormat,
  cvcLength,
  detectBrand,
  formatCardNumber,
  formatExpiryInput,
  luhnValid,
  parseExpiry,
  validateCardNumber,
  validateCvc,
  validateExpiry,
  type CardBrand,
  type CardBrandId,
} from '../../src/lib/card.js';

const brand = (id: CardBrandId): CardBrand => CARD_BRANDS.find((candidate) => candidate.id === id)!;
const brandId = (digits: string): CardBrandId | null => detectBrand(digits)?.id ?? null;

describe('detectBrand', () => {
  const cases: [string, CardBrandId][] = [
    ['4242424242424242', 'visa'],
    ['4', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['51', 'mastercard'],
    ['55', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720990000000000', 'mastercard'],
    ['2', 'mastercard'],
    ['27', 'mastercard'],
    ['378282246310005', 'amex'],
    ['34', 'amex'],
    ['37', 'amex'],
    ['5078031234567890', 'meeza'],
    ['507808', 'meeza'],
    ['507810', 'meeza'],
    ['5078', 'meeza'],
    ['6011111111111117', 'discover'],
    ['644', 'discover'],
    ['65', 'discover'],
    ['3530111333300000', 'jcb'],
    ['35', 'jcb'],
    ['3589', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['62', 'unionpay'],
    ['81', 'unionpay'],
    ['30569309025904', 'diners'],
    ['36', 'diners'],
  ];
  for (const [digits, expected] of cases) {
    it(`recognises ${digits} as ${expected}`, () => {
      expect(brandId(digits)).to.equal(expected);
    });
  }

  it('waits while a prefix still fits several brands', () => {
    expect(brandId('3')).to.equal(null);
    expect(brandId('5')).to.equal(null);
    expect(brandId('6')).to.equal(null);
  });

  it('returns null for empty input and unknown prefixes', () => {
    expect(brandId('')).to.equal(null);
    expect(brandId('1234')).to.equal(null);
    expect(brandId('2220')).to.equal(null);
    expect(brandId('2721')).to.equal(null);
    expect(brandId('56')).to.equal(null);
    expect(brandId('507811')).to.equal(null);
    expect(brandId('3527')).to.equal(null);
  });

  it('describes each brand with its lengths, CVC and gaps', () => {
    expect(brand('amex')).to.deep.include({ name: 'American Express', lengths: [15], cvcLength: 4, gaps: [4, 10] });
    expect(brand('visa').gaps.slice(0, 3)).to.deep.equal([4, 8, 12]);
    expect(brand('meeza')).to.deep.include({ name: 'Meeza', lengths: [16], cvcLength: 3 });
  });
});

describe('luhnValid', () => {
  for (const number of ['4242424242424242', '4000000000000002', '4000002760003184', '378282246310005', '5555555555554444']) {
    it(`accepts the test card ${number}`, () => {
      expect(luhnValid(number)).to.equal(true);
    });
  }

  it('rejects a corrupted number, an empty string and non-digits', () => {
    expect(luhnValid('4242424242424241')).to.equal(false);
    expect(luhnValid('4242424242424224')).to.equal(false);
    expect(luhnValid('')).to.equal(false);
    expect(luhnValid('4242 4242 4242 4242')).to.equal(false);
  });
});

describe('formatCardNumber', () => {
  it('groups 16 digits in fours', () => {
    expect(formatCardNumber('4242424242424242')).to.deep.include({
      digits: '4242424242424242',
      formatted: '4242 4242 4242 4242',
    });
  });

  it('groups Amex 4-6-5 and caps it at 15 digits', () => {
    const result = formatCardNumber('3782822463100059999');
    expect(result.digits).to.equal('378282246310005');
    expect(result.formatted).to.equal('3782 822463 10005');
    expect(result.brand?.id).to.equal('amex');
  });

  it('never leaves a trailing space', () => {
    expect(formatCardNumber('4242').formatted).to.equal('4242');
    expect(formatCardNumber('42424').formatted).to.equal('4242 4');
  });

  it('caps Mastercard at 16 digits and unknown numbers at 19', () => {
    expect(formatCardNumber('55555555555544449').digits).to.equal('5555555555554444');
    expect(formatCardNumber('9'.repeat(25)).digits).to.have.length(19);
    expect(formatCardNumber('9'.repeat(25)).brand).to.equal(null);
  });

  it('takes pasted separators and native digits', () => {
    expect(formatCardNumber('4242 4242-4242 4242').formatted).to.equal('4242 4242 4242 4242');
    expect(formatCardNumber('٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢').digits).to.equal('4242424242424242');
  });

  it('returns empty values for empty input', () => {
    expect(formatCardNumber('')).to.deep.equal({ digits: '', formatted: '', brand: null });
  });
});

describe('caretAfterFormat', () => {
  /** Simulates the field: the customer's edit, then reformatting, then the caret. */
  function type(value: string, caret: number, text: string): { value: string; caret: number } {
    const edited = value.slice(0, caret) + text + value.slice(caret);
    const next = formatCardNumber(edited).formatted;
    return { value: next, caret: caretAfterFormat(edited, caret + text.length, next) };
  }

  it('keeps the caret after the typed digit when typing in the middle', () => {
    expect(type('4242 4242', 2, '1')).to.deep.equal({ value: '4214 2424 2', caret: 3 });
  });

  it('skips a space that the formatter pushes in after the caret', () => {
    expect(type('4242 4242', 4, '1')).to.deep.equal({ value: '4242 1424 2', caret: 6 });
  });

  it('moves to the end when typing at the end', () => {
    expect(type('4242', 4, '4')).to.deep.equal({ value: '4242 4', caret: 6 });
  });

  it('lands at the end of a paste', () => {
    expect(type('', 0, '4242 4242-4242 4242')).to.deep.equal({ value: '4242 4242 4242 4242', caret: 19 });
  });

  it('lands after the pasted digits when pasting in the middle', () => {
    expect(type('4242 4242', 4, '42-42')).to.deep.equal({ value: '4242 4242 4242', caret: 9 });
  });

  it('keeps the caret in place after deleting a digit', () => {
    // "4242 42|42" with backspace: the field becomes "4242 4|42", caret 6.
    const edited = '4242 442';
    const next = formatCardNumber(edited).formatted;
    expect(next).to.equal('4242 442');
    expect(caretAfterFormat(edited, 6, next)).to.equal(6);
  });

  it('puts a caret before every digit at the start', () => {
    expect(caretAfterFormat(' 4242', 1, '4242')).to.equal(0);
  });
});

describe('formatExpiryInput', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['1', '1'],
    ['0', '0'],
    ['00', '0'],
    ['2', '02 / '],
    ['9', '09 / '],
    ['12', '12 / '],
    ['13', '01 / 3'],
    ['1/', '01 / '],
    ['1/30', '01 / 30'],
    ['12 / 3', '12 / 3'],
    ['12 / 304', '12 / 30'],
    ['12/2030', '12 / 30'],
    ['1230', '12 / 30'],
    ['12 / 30', '12 / 30'],
    ['122030', '12 / 30'],
    ['٠٣٢٨', '03 / 28'],
  ];
  for (const [raw, expected] of cases) {
    it(`formats ${JSON.stringify(raw)} as ${JSON.stringify(expected)}`, () => {
      expect(formatExpiryInput(raw, false)).to.equal(expected);
    });
  }

  it('lets backspace remove the separator instead of adding it back', () => {
    expect(formatExpiryInput('12 /', true)).to.equal('12');
    expect(formatExpiryInput('12 / ', true)).to.equal('12');
    expect(formatExpiryInput('1', true)).to.equal('1');
  });

  it('does not pad the month while deleting inside it', () => {
    expect(formatExpiryInput('1 / 30', true)).to.equal('1 / 30');
    expect(formatExpiryInput('2', true)).to.equal('2');
  });
});

describe('parseExpiry', () => {
  it('reads the usual shapes with a four-digit year', () => {
    expect(parseExpiry('12 / 30')).to.deep.equal({ month: 12, year: 2030 });
    expect(parseExpiry('12/30')).to.deep.equal({ month: 12, year: 2030 });
    expect(parseExpiry('1230')).to.deep.equal({ month: 12, year: 2030 });
    expect(parseExpiry('12/2030')).to.deep.equal({ month: 12, year: 2030 });
    expect(parseExpiry('3/28')).to.deep.equal({ month: 3, year: 2028 });
    expect(parseExpiry('٠٣ / ٢٨')).to.deep.equal({ month: 3, year: 2028 });
  });

  it('returns null for incomplete input or a month that does not exist', () => {
    expect(parseExpiry('')).to.equal(null);
    expect(parseExpiry('12 / ')).to.equal(null);
    expect(parseExpiry('12 / 3')).to.equal(null);
    expect(parseExpiry('123')).to.equal(null);
    expect(parseExpiry('13 / 30')).to.equal(null);
    expect(parseExpiry('00 / 30')).to.equal(null);
  });
});

describe('validateCardNumber', () => {
  it('accepts valid test cards, formatted or not', () => {
    expect(validateCardNumber('4242424242424242')).to.equal(null);
    expect(validateCardNumber('4242 4242 4242 4242')).to.equal(null);
    expect(validateCardNumber('378282246310005')).to.equal(null);
    expect(validateCardNumber('5555555555554444')).to.equal(null);
  });

  it('requires a value', () => {
    expect(validateCardNumber('')).to.deep.equal({ key: 'validation.required' });
  });

  it('reports a short number as incomplete', () => {
    expect(validateCardNumber('424242424242')).to.deep.equal({ key: 'validation.cardNumberIncomplete' });
    expect(validateCardNumber('37828224631000')).to.deep.equal({ key: 'validation.cardNumberIncomplete' });
  });

  it('reports a failed checksum or an overlong number as invalid', () => {
    expect(validateCardNumber('4242424242424241')).to.deep.equal({ key: 'validation.cardNumberInvalid' });
    expect(validateCardNumber('55555555555544440')).to.deep.equal({ key: 'validation.cardNumberInvalid' });
  });
});

describe('validateExpiry', () => {
  const now = new Date(2026, 4, 15); // 15 May 2026

  it('accepts the current month and later', () => {
    expect(validateExpiry('05 / 26', now)).to.equal(null);
    expect(validateExpiry('06 / 26', now)).to.equal(null);
    expect(validateExpiry('01 / 31', now)).to.equal(null);
  });

  it('rejects a past month', () => {
    expect(validateExpiry('04 / 26', now)).to.deep.equal({ key: 'validation.expiryPast' });
    expect(validateExpiry('12 / 25', now)).to.deep.equal({ key: 'validation.expiryPast' });
  });

  it('rejects month 13 and month 00', () => {
    expect(validateExpiry('13 / 30', now)).to.deep.equal({ key: 'validation.expiryInvalid' });
    expect(validateExpiry('00 / 30', now)).to.deep.equal({ key: 'validation.expiryInvalid' });
  });

  it('reports empty and incomplete values', () => {
    expect(validateExpiry('', now)).to.deep.equal({ key: 'validation.required' });
    expect(validateExpiry('12 / ', now)).to.deep.equal({ key: 'validation.expiryIncomplete' });
    expect(validateExpiry('1', now)).to.deep.equal({ key: 'validation.expiryIncomplete' });
  });

  it('defaults to the current date', () => {
    const nextYear = String((new Date().getFullYear() + 1) % 100).padStart(2, '0');
    expect(validateExpiry(`01 / ${nextYear}`)).to.equal(null);
  });
});

describe('CVC', () => {
  it('has four digits for Amex and three otherwise', () => {
    expect(cvcLength(brand('amex'))).to.equal(4);
    expect(cvcLength(brand('visa'))).to.equal(3);
    expect(cvcLength(brand('meeza'))).to.equal(3);
    expect(cvcLength(null)).to.equal(3);
  });

  it('accepts a complete code, in native digits too', () => {
    expect(validateCvc('123', brand('visa'))).to.equal(null);
    expect(validateCvc('1234', brand('amex'))).to.equal(null);
    expect(validateCvc('١٢٣', brand('mastercard'))).to.equal(null);
  });

  it('asks for the brand-specific length', () => {
    expect(validateCvc('12', brand('visa'))).to.deep.equal({ key: 'validation.cvcIncomplete', params: { count: 3 } });
    expect(validateCvc('123', brand('amex'))).to.deep.equal({ key: 'validation.cvcIncomplete', params: { count: 4 } });
    expect(validateCvc('1234', brand('visa'))).to.deep.equal({ key: 'validation.cvcIncomplete', params: { count: 3 } });
  });

  it('requires a value and digits only', () => {
    expect(validateCvc('', null)).to.deep.equal({ key: 'validation.required' });
    expect(validateCvc('12a', null)).to.deep.equal({ key: 'validation.digitsOnly' });
  });
});
