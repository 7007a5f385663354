import { expect } from '@open-wc/testing';
import {
  COUNTRY_CODES,
  countryName,
  countryRules,
  normalizePostalCode,
  validateEmail,
  validatePostalCode,
} from '../../src/lib/address.js';

const REQUIRED_COUNTRIES = ['EG', 'SA', 'AE', 'KW', 'QA', 'BH', 'OM', 'JO', 'MA', 'US', 'GB', 'CA', 'DE', 'FR', 'IT', 'ES', 'NL'];

describe('country rules', () => {
  it('covers every required country, sorted', () => {
    expect(COUNTRY_CODES).to.include.members(REQUIRED_COUNTRIES);
    expect([...COUNTRY_CODES]).to.deep.equal([...COUNTRY_CODES].sort());
  });

  it('gives every country a calling code and, where it has postal codes, a matching example', () => {
    for (const code of COUNTRY_CODES) {
      const rules = countryRules(code);
      expect(rules.code, code).to.equal(code);
      expect(rules.callingCode, code).to.match(/^\+\d{1,3}$/);
      if (rules.postal) expect(validatePostalCode(code, rules.postal.example), code).to.equal(null);
    }
  });

  it('knows the calling codes', () => {
    expect(countryRules('EG').callingCode).to.equal('+20');
    expect(countryRules('SA').callingCode).to.equal('+966');
    expect(countryRules('AE').callingCode).to.equal('+971');
    expect(countryRules('US').callingCode).to.equal('+1');
    expect(countryRules('GB').callingCode).to.equal('+44');
  });

  it('has no postal code for AE and QA', () => {
    expect(countryRules('AE').postal).to.equal(null);
    expect(countryRules('QA').postal).to.equal(null);
  });

  it('labels the postal field the way each country calls it', () => {
    expect(countryRules('US').postal?.label).to.equal('field.zipCode');
    expect(countryRules('GB').postal?.label).to.equal('field.postcode');
    expect(countryRules('DE').postal?.label).to.equal('field.postalCode');
    expect(countryRules('EG').postal?.label).to.equal('field.postalCode');
  });

  it('asks for a region only where addresses use one', () => {
    expect(countryRules('US').region).to.deep.equal({ label: 'field.state', required: true });
    expect(countryRules('CA').region).to.deep.equal({ label: 'field.province', required: true });
    expect(countryRules('AE').region).to.deep.equal({ label: 'field.emirate', required: true });
    expect(countryRules('EG').region).to.deep.equal({ label: 'field.governorate', required: false });
    expect(countryRules('GB').region).to.equal(null);
    expect(countryRules('DE').region).to.equal(null);
    expect(countryRules('SA').region).to.equal(null);
  });

  it('accepts lowercase codes', () => {
    expect(countryRules('eg').code).to.equal('EG');
    expect(countryRules('eg').callingCode).to.equal('+20');
  });

  it('gives unknown countries a permissive default', () => {
    const rules = countryRules('ZZ');
    expect(rules.code).to.equal('ZZ');
    expect(rules.callingCode).to.equal('');
    expect(rules.region).to.equal(null);
    expect(rules.postal?.required).to.equal(false);
    expect(validatePostalCode('ZZ', '')).to.equal(null);
    expect(validatePostalCode('ZZ', 'AB-12 x')).to.equal(null);
    expect(validatePostalCode('ZZ', '1')).to.deep.equal({ key: 'validation.minLength', params: { count: 2 } });
    expect(validatePostalCode('ZZ', '1234567890123')).to.deep.equal({ key: 'validation.maxLength', params: { count: 12 } });
  });
});

describe('normalizePostalCode', () => {
  it('inserts the GB and CA space', () => {
    expect(normalizePostalCode('GB', 'sw1a1aa')).to.equal('SW1A 1AA');
    expect(normalizePostalCode('GB', ' m1  1ae ')).to.equal('M1 1AE');
    expect(normalizePostalCode('CA', 'k1a0b1')).to.equal('K1A 0B1');
    expect(normalizePostalCode('CA', 'K1A-0B1')).to.equal('K1A 0B1');
  });

  it('inserts the NL space and the PT and BR hyphens', () => {
    expect(normalizePostalCode('NL', '1012js')).to.equal('1012 JS');
    expect(normalizePostalCode('PT', '1000001')).to.equal('1000-001');
    expect(normalizePostalCode('BR', '01310100')).to.equal('01310-100');
  });

  it('leaves a partial code without a separator', () => {
    expect(normalizePostalCode('CA', 'k1a')).to.equal('K1A');
  });

  it('normalizes native digits and trims', () => {
    expect(normalizePostalCode('EG', ' ١١٥١١ ')).to.equal('11511');
    expect(normalizePostalCode('SA', '۱۱۵۶۴')).to.equal('11564');
  });

  it('collapses inner whitespace elsewhere', () => {
    expect(normalizePostalCode('US', '12345   6789')).to.equal('12345 6789');
  });

  it('drops the spaces around a dash', () => {
    expect(normalizePostalCode('SA', '12643 - 2121')).to.equal('12643-2121');
    expect(normalizePostalCode('US', '12345 -6789')).to.equal('12345-6789');
    expect(normalizePostalCode('PT', '1000 - 001')).to.equal('1000-001');
  });
});

describe('validatePostalCode', () => {
  const valid: [string, string][] = [
    ['US', '12345'],
    ['US', '12345-6789'],
    ['CA', 'k1a0b1'],
    ['CA', 'K1A 0B1'],
    ['GB', 'sw1a1aa'],
    ['GB', 'EC1A 1BB'],
    ['GB', 'W1A 0AX'],
    ['GB', 'M1 1AE'],
    ['EG', '11511'],
    ['EG', '١١٥١١'],
    ['SA', '11564'],
    ['SA', '11564-2345'],
    ['KW', '13001'],
    ['BH', '317'],
    ['BH', '1216'],
    ['OM', '112'],
    ['JO', '11937'],
    ['MA', '10000'],
    ['DE', '10115'],
    ['FR', '75008'],
    ['IT', '00144'],
    ['ES', '28001'],
    ['NL', '1012 JS'],
    ['NL', '1012js'],
  ];
  for (const [code, value] of valid) {
    it(`accepts ${code} ${value}`, () => {
      expect(validatePostalCode(code, value)).to.equal(null);
    });
  }

  const invalid: [string, string, string][] = [
    ['US', '1234', '10001'],
    ['US', '123456', '10001'],
    ['US', '12345-67', '10001'],
    ['CA', 'D1A 0B1', 'K1A 0B1'],
    ['CA', '12345', 'K1A 0B1'],
    ['GB', 'SW1A', 'SW1A 1AA'],
    ['GB', '12345', 'SW1A 1AA'],
    ['EG', '1151', '11511'],
    ['EG', '115111', '11511'],
    ['SA', '1156', '11564'],
    ['DE', '1011', '10115'],
    ['ES', '53001', '28001'],
    ['NL', '0123 AB', '1012 JS'],
  ];
  for (const [code, value, example] of invalid) {
    it(`rejects ${code} ${value} with the example ${example}`, () => {
      expect(validatePostalCode(code, value)).to.deep.equal({ key: 'validation.postalCode', params: { example } });
    });
  }

  it('requires the code where addresses need it', () => {
    expect(validatePostalCode('US', '')).to.deep.equal({ key: 'validation.required' });
    expect(validatePostalCode('GB', '  ')).to.deep.equal({ key: 'validation.required' });
  });

  it('lets it be empty where it is optional', () => {
    expect(validatePostalCode('EG', '')).to.equal(null);
    expect(validatePostalCode('SA', '')).to.equal(null);
  });

  it('ignores the field for countries without postal codes', () => {
    expect(validatePostalCode('AE', '')).to.equal(null);
    expect(validatePostalCode('AE', '00000')).to.equal(null);
  });
});

describe('validateEmail', () => {
  it('accepts practical addresses', () => {
    for (const email of ['name@example.com', 'first.last+tag@sub.example.co.uk', ' name@example.eg ', 'user@bücher.de']) {
      expect(validateEmail(email), email).to.equal(null);
    }
  });

  it('requires a value', () => {
    expect(validateEmail('')).to.deep.equal({ key: 'validation.required' });
    expect(validateEmail('   ')).to.deep.equal({ key: 'validation.required' });
  });

  it('rejects malformed addresses', () => {
    for (const email of ['name', 'name@', '@example.com', 'name@example', 'a@b@example.com', 'na me@example.com', 'name@.com', 'name@example.', 'name@example..com']) {
      expect(validateEmail(email), email).to.deep.equal({ key: 'validation.email' });
    }
  });

  it('rejects addresses longer than 254 characters', () => {
    const domain = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.com`;
    expect(validateEmail(`${'x'.repeat(254 - domain.length - 1)}@${domain}`)).to.equal(null);
    expect(validateEmail(`${'x'.repeat(255 - domain.length - 1)}@${domain}`)).to.deep.equal({ key: 'validation.email' });
  });
});

describe('countryName', () => {
  it('names countries in the requested language', () => {
    expect(countryName('EG', 'en')).to.equal('Egypt');
    expect(countryName('DE', 'de')).to.equal('Deutschland');
    expect(countryName('eg', 'ar')).to.equal(new Intl.DisplayNames(['ar'], { type: 'region' }).of('EG'));
    expect(countryName('EG', 'ar')).to.not.equal('Egypt');
  });

  it('falls back to the code for malformed input', () => {
    expect(countryName('E', 'en')).to.equal('E');
    expect(countryName('EG', '$$')).to.equal('EG');
  });
});
