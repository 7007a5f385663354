import { expect } from '@open-wc/testing';
import { captureWarningsPerTest } from '../support/spies.js';
import { loadTranslator } from '../../src/i18n/catalogs.js';
import { addEnglish } from '../../src/i18n/en.js';
import { enLocalMethods } from '../../src/i18n/en-local-methods.js';
import { enPayment } from '../../src/i18n/en-payment.js';
import { allEnglish } from '../support/english.js';
import { localeLoaders } from '../../src/i18n/locale-loaders.js';
import { COUNTRY_CODES, countryRules } from '../../src/lib/address.js';
import type { Message } from '../../src/i18n/types.js';

const REQUIRED = ['en', 'ar', 'he', 'fa', 'ur', 'fr', 'de', 'es', 'es-419', 'it', 'pt', 'pt-BR', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'ro', 'hu', 'bg', 'hr', 'el', 'tr', 'ru', 'uk', 'ca', 'ja', 'ko', 'zh-CN', 'zh-TW', 'hi', 'bn', 'id', 'ms', 'th', 'vi', 'fil', 'sw'];

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

describe('catalogs', () => {
  // As on a page whose payment and local-methods chunks have run: en-XA reads the page's English.
  before(() => {
    addEnglish(enPayment);
    addEnglish(enLocalMethods);
  });

  it('ship every required locale', () => {
    for (const tag of REQUIRED.filter((t) => t !== 'en')) expect(localeLoaders, tag).to.have.property(tag);
  });

  for (const [tag, load] of Object.entries(localeLoaders)) {
    it(`${tag} is complete, keeps every placeholder and uses only its own plural forms`, async () => {
      const catalog = (await load()).default as Record<string, Message>;
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(allEnglish).sort());
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(allEnglish) as [string, Message][]) {
        const message = catalog[key];
        const expected = new Set(forms(english).flatMap((text) => [...placeholders(text)]));
        for (const text of forms(message)) {
          expect(text.trim(), `${tag} ${key} is empty`).to.not.equal('');
          for (const name of placeholders(text)) expect(expected.has(name), `${tag} ${key} has an unknown {${name}}`).to.equal(true);
        }
        if (typeof message === 'string') {
          // Only `count` may be spelled out by a language (e.g. Arabic dual); every other value must appear.
          for (const name of expected) if (name !== 'count') expect(placeholders(message).has(name), `${tag} ${key} lost {${name}}`).to.equal(true);
        } else {
          expect(message.other, `${tag} ${key} needs "other"`).to.be.a('string');
          for (const form of Object.keys(message)) expect(categories, `${tag} ${key} form "${form}"`).to.include(form);
        }
      }
    });
  }
});

describe('locale resolution and formats', () => {
  const warnings = captureWarningsPerTest();

  it('falls back pt-BR → pt-BR, pt-AO → pt, fr-CA → fr, an unknown tag → en with a warning', async () => {
    expect((await loadTranslator(['pt-BR'])).language).to.equal('pt-BR');
    const angola = await loadTranslator(['pt-AO']);
    expect([angola.language, angola.locale]).to.deep.equal(['pt', 'pt-AO']);
    const canada = await loadTranslator(['fr-CA']);
    expect([canada.language, canada.locale]).to.deep.equal(['fr', 'fr-CA']);
    const unknown = await loadTranslator(['tlh-Klingon']);
    expect(unknown.language).to.equal('en');
    expect(warnings.some((w) => w.includes('tlh'))).to.equal(true);
  });

  it('formats money and dates for ar-EG, de-DE, ja-JP and hi-IN', async () => {
    const at = Date.UTC(2026, 10, 22, 15, 30);
    const cases: [string, number, string][] = [
      ['ar-EG', 210000, 'EGP'],
      ['de-DE', 123456, 'EUR'],
      ['ja-JP', 1500, 'JPY'],
      ['hi-IN', 12345678, 'INR'],
    ];
    for (const [tag, minor, currency] of cases) {
      const translator = await loadTranslator([tag]);
      const digits = currency === 'JPY' ? 0 : 2;
      const expected = new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
      expect(translator.money(minor, currency), tag).to.equal(expected);
      expect(translator.dateTime(at), tag).to.equal(new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(at));
    }
    expect((await loadTranslator(['ar-EG'])).money(210000, 'EGP')).to.match(/[٠-٩]/);
    expect((await loadTranslator(['hi-IN'])).money(12345678, 'INR').replace(/\s/g, '')).to.equal('₹1,23,456.78');
  });

  it('isolates substituted values in right-to-left text, and only there', async () => {
    const arabic = await loadTranslator(['ar']);
    expect(arabic.t('summary.exchangeRate', { one: 1, from: 'KWD', rate: '164.553', to: 'EGP' })).to.include('\u2068KWD\u2069');
    const english = await loadTranslator(['en']);
    expect(english.t('summary.exchangeRate', { one: 1, from: 'KWD', rate: '164.553', to: 'EGP' })).to.equal('Exchange rate: 1 KWD = 164.553 EGP.');
  });

  it('writes the exchange rate\'s "1" in the locale\'s digits, like the rate beside it', async () => {
    for (const tag of ['ar-EG', 'fa', 'bn', 'en', 'de']) {
      const translator = await loadTranslator([tag]);
      const one = translator.number(1);
      const text = translator.t('summary.exchangeRate', { one: 1, from: 'KWD', rate: translator.rate(164.553), to: 'EGP' });
      expect(text, tag).to.include(one);
      if (one !== '1') expect(text, `${tag} has no Latin digit`).to.not.match(/[0-9]/);
    }
    expect((await loadTranslator(['ar-EG'])).number(1)).to.equal('١');
  });

  it("pt-BR calls Brazil's postal code a CEP, and no other country's", async () => {
    const brazilian = await loadTranslator(['pt-BR']);
    expect(brazilian.t(countryRules('BR').postal!.label)).to.equal('CEP');
    for (const key of ['field.postalCode', 'validation.postalCodeRequired', 'validation.postalCode'] as const) {
      expect(brazilian.t(key, { example: '11511' }), key).to.not.include('CEP');
    }
    for (const code of COUNTRY_CODES.filter((country) => country !== 'BR')) {
      const label = countryRules(code).postal?.label;
      if (label) expect(brazilian.t(label), code).to.not.include('CEP');
    }
  });

  it('Latin American Spanish gets es-419 and Spain keeps es', async () => {
    for (const tag of ['es-MX', 'es-AR', 'es-CO', 'es-US', 'es-419']) {
      const translator = await loadTranslator([tag]);
      expect([translator.language, translator.locale], tag).to.deep.equal(['es-419', tag]);
      expect(translator.t('card.expiry'), tag).to.equal('Fecha de vencimiento');
    }
    const spain = await loadTranslator(['es-ES']);
    expect(spain.language).to.equal('es');
    expect(spain.t('card.expiry')).to.equal('Fecha de caducidad');
  });

  it('plurals and the countdown follow the locale', async () => {
    const russian = await loadTranslator(['ru']);
    expect(russian.t('validation.minLength', { count: 1 })).to.not.equal(russian.t('validation.minLength', { count: 5 }));
    expect(russian.relativeTime(90_000)).to.equal(new Intl.RelativeTimeFormat('ru', { numeric: 'always' }).format(2, 'minute'));
    const arabic = await loadTranslator(['ar-EG']);
    expect(arabic.clock(65_000)).to.equal('١:٠٥');
  });
});
