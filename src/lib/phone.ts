import type { ValidationMessage } from '../forms/validation.js';
import { COUNTRY_CODES, countryRules } from './address.js';
import { digitsOnly, normalizeDigits } from './digits.js';

/** Every calling code of the supported countries once, in numeric order (+1, +20, +31, …). */
export const callingCodes: readonly string[] = /* @__PURE__ */ [...new Set(COUNTRY_CODES.map((code) => countryRules(code).callingCode))].sort(
  (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
);

/**
 * The digit dialled before a national number inside the country and dropped after the calling
 * code. Most plans use 0; North America uses 1; Italy has none, its landlines keep their 0 in
 * E.164 (+39 06 …).
 */
const TRUNK_PREFIXES: Readonly<Record<string, string>> = { '+1': '1', '+39': '' };
const DEFAULT_TRUNK_PREFIX = '0';

/**
 * The number in E.164 ("+201012345678") from a calling code and the number as typed
 * ("٠١٠ 1234-5678", "(010) 1234 5678"). A number typed with its own "+" already names its country
 * and is kept as is. Nothing typed gives an empty string, so validation reports it as required.
 */
export function normalizePhone(callingCode: string, nationalNumber: string): string {
  const typed = normalizeDigits(nationalNumber).trim();
  if (typed.startsWith('+')) return `+${digitsOnly(typed)}`;
  let national = digitsOnly(typed);
  if (!national) return '';
  const trunk = TRUNK_PREFIXES[callingCode] ?? DEFAULT_TRUNK_PREFIX;
  if (trunk && national.startsWith(trunk)) national = national.slice(trunk.length);
  return `+${digitsOnly(callingCode)}${national}`;
}

/** E.164 allows at most 15 digits, calling code included; no supported country has a complete number shorter than 8. */
const E164_PATTERN = /^\+\d{8,15}$/;

export function validatePhone(e164: string): ValidationMessage | null {
  if (!e164) return { key: 'validation.required' };
  return E164_PATTERN.test(e164) ? null : { key: 'validation.phone' };
}
