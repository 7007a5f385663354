import { expect } from '@open-wc/testing';
import { currencyDigits, formatMoney as format, minorUnitsToDecimal, warmNumberFormatting } from '../../src/lib/money.js';

/** Intl separates with no-break spaces; the assertions are about everything else. */
const formatMoney = (...args: Parameters<typeof format>) => format(...args).replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('knows each currency’s own minor-unit digits', () => {
    expect(currencyDigits('EGP')).to.equal(2);
    expect(currencyDigits('KWD')).to.equal(3);
    expect(currencyDigits('JPY')).to.equal(0);
    expect(currencyDigits('usd')).to.equal(2);
  });

  it('converts minor units to exact decimal strings', () => {
    expect(minorUnitsToDecimal(210000, 2)).to.equal('2100.00');
    expect(minorUnitsToDecimal(5, 3)).to.equal('0.005');
    expect(minorUnitsToDecimal(-1999, 2)).to.equal('-19.99');
    expect(minorUnitsToDecimal(1500, 0)).to.equal('1500');
    expect(() => minorUnitsToDecimal(1.5, 2)).to.throw(RangeError);
  });

  it('formats EGP with 2 decimals, KWD with 3 and JPY with none', () => {
    expect(formatMoney(210000, 'EGP', 'en')).to.equal('EGP 2,100.00');
    expect(formatMoney(12345, 'KWD', 'en')).to.equal('KWD 12.345');
    expect(formatMoney(1500, 'JPY', 'en')).to.equal('¥1,500');
    expect(formatMoney(1500, 'JPY', 'ja-JP')).to.equal('￥1,500');
  });

  it('formats for the locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).to.equal('1.234,56 €');
    expect(formatMoney(210000, 'EGP', 'ar-EG')).to.equal('‏٢٬١٠٠٫٠٠ ج.م.‏');
    expect(formatMoney(12345678, 'INR', 'hi-IN')).to.equal('₹1,23,456.78');
  });

  it('never loses precision on large amounts', () => {
    expect(formatMoney(999999999999999, 'USD', 'en')).to.equal('$9,999,999,999,999.99');
  });

  describe('warmNumberFormatting', () => {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve));
    let created: string[];
    const RealNumberFormat = Intl.NumberFormat;
    beforeEach(() => {
      created = [];
      Intl.NumberFormat = function (locale: string, options?: Intl.NumberFormatOptions) {
        created.push(locale);
        return new RealNumberFormat(locale, options);
      } as unknown as typeof Intl.NumberFormat;
    });
    afterEach(() => {
      Intl.NumberFormat = RealNumberFormat;
    });

    it('loads the locale data in a task of its own, not in the caller\'s', async () => {
      warmNumberFormatting('de-DE', new AbortController().signal);
      expect(created).to.deep.equal([]);
      await nextTask();
      expect(created).to.deep.equal(['de-DE']);
    });

    it('does nothing once its session scope has ended, and never throws on a tag Intl refuses', async () => {
      const ended = new AbortController();
      warmNumberFormatting('fr-FR', ended.signal);
      ended.abort();
      warmNumberFormatting('not a tag!', new AbortController().signal);
      await nextTask();
      expect(created).to.deep.equal(['not a tag!']);
    });

    it('guesses the browser language when the merchant set no locale or "auto"', async () => {
      warmNumberFormatting(undefined);
      warmNumberFormatting('auto');
      warmNumberFormatting(null);
      await nextTask();
      expect(created).to.deep.equal([navigator.language, navigator.language, navigator.language]);
    });
  });
});
