import { formatMoney, formatRate } from '../lib/money.js';
import { english, type MessageKey } from './en.js';
import { directionOf } from './resolve.js';
import type { Message, MessageParams } from './types.js';

export type Catalog = Record<MessageKey, Message>;

/** Keys already reported missing, so a re-render every second does not flood the console. */
const warnedMissing = new Set<string>();

/** The form of `message` for `count`, or null when the catalog entry is unusable. */
function pick(message: Message | undefined, plural: () => Intl.LDMLPluralRule): string | null {
  if (typeof message === 'string') return message;
  if (!message || typeof message !== 'object') return null;
  const form = message[plural() as keyof typeof message] ?? message.other;
  return typeof form === 'string' ? form : null;
}

const englishPlurals = new Intl.PluralRules('en');

/**
 * Strings and formats for one locale. Each widget holds its own instance (nothing is
 * page-global), so two widgets, or a merchant's own Lit app, can use different languages.
 * A new instance per locale change lets Lit see the change through property identity.
 */
export class Translator {
  readonly dir: 'ltr' | 'rtl';
  private readonly plurals: Intl.PluralRules;
  // Made on first use and kept: a formatter costs far more than a format, and a long order
  // formats a quantity per line, the countdown every second.
  private numbers?: Intl.NumberFormat;
  private twoDigits?: Intl.NumberFormat;
  private relative?: Intl.RelativeTimeFormat;

  constructor(
    /** Tag used for numbers, money and dates. */
    readonly locale: string,
    /** Tag of the catalog the strings come from (also the `lang` of the rendered text). */
    readonly language: string,
    /** English arrives in parts (en.ts), so a catalog may lack what `t` then finds elsewhere. */
    private readonly catalog: Partial<Catalog>,
  ) {
    this.dir = directionOf(language);
    this.plurals = new Intl.PluralRules(locale);
  }

  /**
   * Never throws, so a missing or broken entry can never take a render down with it: the
   * catalog's message, else English (with its own plural rules), else the key itself, with
   * one console warning per key and language.
   */
  t(key: MessageKey, params: MessageParams = {}): string {
    const count = Number(params.count ?? 0);
    let template = pick(this.catalog[key], () => this.plurals.select(count));
    if (template === null) {
      template = pick(english[key], () => englishPlurals.select(count));
      const id = `${this.language}:${key}`;
      if (!warnedMissing.has(id)) {
        warnedMissing.add(id);
        console.warn(`[xpay-checkout] no "${key}" message in the "${this.language}" catalog${template === null ? '' : ', using English'}`);
      }
    }
    if (template === null) return key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const text = typeof value === 'number' ? this.number(value) : value;
      // In right-to-left text a value such as "KWD" or "164.553" is isolated (FSI…PDI), so the
      // bidi algorithm cannot reorder it with the words around it.
      return this.dir === 'rtl' ? `\u2068${text}\u2069` : text;
    });
  }

  number(value: number): string {
    return (this.numbers ??= new Intl.NumberFormat(this.locale)).format(value);
  }

  money(minor: number, currency: string): string {
    return formatMoney(minor, currency, this.locale);
  }

  rate(rate: number): string {
    return formatRate(rate, this.locale);
  }

  /** "in 2 minutes", "in 45 seconds": the spoken form of the expiry countdown. */
  relativeTime(remainingMs: number): string {
    const format = (this.relative ??= new Intl.RelativeTimeFormat(this.locale, { numeric: 'always' }));
    const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
    return seconds >= 60 ? format.format(Math.ceil(seconds / 60), 'minute') : format.format(seconds, 'second');
  }

  /** "1:05": the visible countdown, with the locale's own digits. */
  clock(remainingMs: number): string {
    const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
    const pad = (this.twoDigits ??= new Intl.NumberFormat(this.locale, { minimumIntegerDigits: 2, useGrouping: false }));
    return `${this.number(Math.floor(seconds / 60))}:${pad.format(seconds % 60)}`;
  }

  dateTime(epochMs: number): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
  }
}
