import { expect } from '@open-wc/testing';
import { addEnglish, english, type MessageKey } from '../../src/i18n/en.js';
import { enPayment } from '../../src/i18n/en-payment.js';
import { allEnglish } from '../support/english.js';
import { Translator, type Catalog } from '../../src/i18n/translator.js';
import { captureWarningsPerTest } from '../support/spies.js';

/** A catalog with holes, as a stale or hand-broken chunk could be. */
function catalogWithout(keys: string[], overrides: Record<string, unknown> = {}): Catalog {
  const catalog: Record<string, unknown> = { ...allEnglish, ...overrides };
  for (const key of keys) delete catalog[key];
  return catalog as Catalog;
}

describe('Translator.t never throws', () => {
  const warnings = captureWarningsPerTest();
  // The English fallback of a page whose payment chunk has run (validation.* is the form's).
  before(() => addEnglish(enPayment));

  it('a key missing from the catalog falls back to English, warning once per key', () => {
    const german = new Translator('de-DE', 'xx-missing-1', catalogWithout(['action.retry', 'validation.minLength']));
    expect(german.t('action.retry')).to.equal('Try again');
    expect(german.t('action.retry')).to.equal('Try again');
    // English plural rules pick the English form.
    expect(german.t('validation.minLength', { count: 1 })).to.equal('Enter at least 1 character.');
    expect(german.t('validation.minLength', { count: 3 })).to.equal('Enter at least 3 characters.');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('action.retry').and.contain('xx-missing-1');
  });

  it('a key that English lacks too comes back as the key itself', () => {
    const translator = new Translator('en', 'xx-missing-2', english);
    expect(translator.t('error.no_such_code' as MessageKey)).to.equal('error.no_such_code');
    expect(translator.t('error.no_such_code' as MessageKey, { count: 2 })).to.equal('error.no_such_code');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('error.no_such_code');
  });

  it('a broken entry (no usable form, wrong type) falls back like a missing one', () => {
    const translator = new Translator('ru', 'xx-missing-3', catalogWithout([], {
      'validation.minLength': { few: 42 },
      'action.retry': 7,
      'loading': null,
    }));
    expect(translator.t('validation.minLength', { count: 3 })).to.equal('Enter at least 3 characters.');
    expect(translator.t('action.retry')).to.equal('Try again');
    expect(translator.t('loading')).to.equal('Loading checkout…');
    expect(warnings).to.have.length(3);
  });

  it('a plural without the chosen form uses "other"; a missing value keeps its placeholder', () => {
    const translator = new Translator('ru', 'xx-missing-4', catalogWithout([], { 'validation.minLength': { other: 'min {count}' } }));
    expect(translator.t('validation.minLength', { count: 1 })).to.equal('min 1');
    expect(translator.t('summary.logo')).to.equal('{merchant} logo');
    expect(warnings).to.deep.equal([]);
  });
});

describe('Translator formats', () => {
  it('makes each kind of formatter once, however many numbers a long order or the countdown formats', () => {
    const RealNumberFormat = Intl.NumberFormat;
    const RealRelativeTimeFormat = Intl.RelativeTimeFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made += 1;
      return new RealNumberFormat(...args);
    } as unknown as typeof Intl.NumberFormat;
    const writableIntl = Intl as { RelativeTimeFormat: typeof Intl.RelativeTimeFormat };
    writableIntl.RelativeTimeFormat = class extends RealRelativeTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.RelativeTimeFormat>) {
        super(...args);
        made += 1;
      }
    };
    try {
      const arabic = new Translator('ar-EG', 'ar', {});
      const quantities = Array.from({ length: 200 }, (_, i) => arabic.number(i + 1));
      const clocks = [65_000, 5_000, 600_000].map((ms) => arabic.clock(ms));
      const spoken = [65_000, 5_000].map((ms) => arabic.relativeTime(ms));
      expect(made, 'one plain, one two-digit number format, one relative time format').to.equal(3);
      expect(quantities[199]).to.equal('٢٠٠');
      expect(clocks).to.deep.equal(['١:٠٥', '٠:٠٥', '١٠:٠٠']);
      expect(spoken[0]).to.equal(new RealRelativeTimeFormat('ar-EG', { numeric: 'always' }).format(2, 'minute'));
    } finally {
      Intl.NumberFormat = RealNumberFormat;
      writableIntl.RelativeTimeFormat = RealRelativeTimeFormat;
    }
  });
});
