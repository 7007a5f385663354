const digitsCache = new Map<string, number>();
const formatterCache = new Map<string, Intl.NumberFormat>();

/** The currency's own number of minor-unit digits (EGP 2, KWD 3, JPY 0), as ISO 4217 and CLDR define it. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(code, digits);
  }
  return digits;
}

/**
 * Integer minor units to an exact decimal string ("-1234.567"), so formatting never goes
 * through a binary fraction that could round a price wrongly.
 */
export function minorUnitsToDecimal(minor: number, digits: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`amount must be a safe integer of minor units, got ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const magnitude = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + magnitude;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    const digits = currencyDigits(currency);
    cached = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatterCache.set(key, cached);
  }
  return cached;
}

/** Formats an amount in minor units for a locale, e.g. (210000, 'EGP', 'en') → "EGP 2,100.00". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const code = currency.toUpperCase();
  // Intl accepts decimal strings exactly; the cast is for lib.dom typings that predate that.
  return formatter(locale, code).format(minorUnitsToDecimal(minor, currencyDigits(code)) as unknown as number);
}

/** An exchange rate as a plain localized number with up to 6 significant digits. */
export function formatRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 }).format(rate);
}

/**
 * The first number format of a page loads the engine's locale data (35–90 ms measured), which
 * would otherwise land on the first render of the session. Called as early as the locale can be
 * guessed (the script tag calls it while the core chunk and the session are still on the wire),
 * and in a task of its own: inside the caller's task it would make that one task long. `locale`
 * is the merchant's option; unset or `auto`, the browser's language is the likely one.
 */
export function warmNumberFormatting(locale: string | null | undefined, signal?: AbortSignal): void {
  setTimeout(() => {
    if (signal?.aborted) return;
    try {
      new Intl.NumberFormat(locale && locale !== 'auto' ? locale : navigator.language, { style: 'currency', currency: 'USD' }).format(1);
    } catch {
      // A tag Intl refuses is resolved later like any other; warming is only a head start.
    }
  });
}
