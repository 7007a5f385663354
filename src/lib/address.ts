import type { ValidationMessage } from '../forms/validation.js';
import { normalizeDigits } from './digits.js';

export type PostalLabel = 'field.postalCode' | 'field.zipCode' | 'field.postcode' | 'field.cep';
export type RegionLabel = 'field.state' | 'field.province' | 'field.governorate' | 'field.emirate' | 'field.region';

export interface PostalRule {
  required: boolean;
  /** Tested against the value after `normalizePostalCode`. */
  pattern: RegExp;
  /** Shown in the error message; empty where no single format exists. */
  example: string;
  label: PostalLabel;
  /**
   * Where the code's fixed separator goes, counted from the end: "SW1A 1AA" and "K1A 0B1" split
   * before the last 3 characters. Lets customers type the code with or without it.
   */
  separator?: { beforeLast: number; char: ' ' | '-' };
}

export interface RegionRule {
  required: boolean;
  label: RegionLabel;
}

export interface CountryRules {
  /** ISO 3166-1 alpha-2, uppercase. */
  code: string;
  /** E.164 country calling code with its plus ("+20"); empty for a country not in the table. */
  callingCode: string;
  /** Null where addresses carry no postal code in practice. */
  postal: PostalRule | null;
  /** Null where addresses do not name a state, province or the like. */
  region: RegionRule | null;
}

type CountryData = Omit<CountryRules, 'code'>;

// The table is built from these helpers at load time; the annotation lets bundlers drop it when unused.
/* @__NO_SIDE_EFFECTS__ */
function postal(
  pattern: RegExp,
  example: string,
  required: boolean,
  extra: Partial<Pick<PostalRule, 'label' | 'separator'>> = {},
): PostalRule {
  return { pattern, example, required, label: 'field.postalCode', ...extra };
}

/* @__NO_SIDE_EFFECTS__ */
function fiveDigits(example: string, required: boolean): PostalRule {
  return postal(/^\d{5}$/, example, required);
}

/* @__NO_SIDE_EFFECTS__ */
function fourDigits(example: string, required: boolean): PostalRule {
  return postal(/^\d{4}$/, example, required);
}

/* @__NO_SIDE_EFFECTS__ */
function region(label: RegionLabel, required: boolean): RegionRule {
  return { label, required };
}

/**
 * Patterns, examples and which fields are required follow Google's address metadata
 * (libaddressinput, chromium-i18n.appspot.com/ssl-address), except that postal codes are optional
 * across the Arab world, where they exist but few customers know theirs and no carrier needs them.
 * Saudi codes may carry the National Address's 4-digit additional number ("12643-2121").
 * The sandbox re-implements the rules it enforces (sandbox/confirm-rules.mjs);
 * test/validation/rules-parity.test.ts holds both to one table of cases.
 */
const COUNTRIES: Record<string, CountryData> = {
  AE: { callingCode: '+971', postal: null, region: region('field.emirate', true) },
  AT: { callingCode: '+43', postal: fourDigits('1010', true), region: null },
  AU: {
    callingCode: '+61',
    postal: postal(/^\d{4}$/, '2000', true, { label: 'field.postcode' }),
    region: region('field.state', true),
  },
  BD: { callingCode: '+880', postal: fourDigits('1000', false), region: null },
  BE: { callingCode: '+32', postal: fourDigits('1000', true), region: null },
  BH: { callingCode: '+973', postal: postal(/^(?:\d|1[0-2])\d{2}$/, '317', false), region: null },
  // The CEP: 8 digits, the dash before the last 3 (the distribution suffix) often left out when typed.
  BR: {
    callingCode: '+55',
    postal: postal(/^\d{5}-\d{3}$/, '01310-100', true, { label: 'field.cep', separator: { beforeLast: 3, char: '-' } }),
    region: region('field.state', true),
  },
  CA: {
    callingCode: '+1',
    postal: postal(/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/, 'K1A 0B1', true, {
      separator: { beforeLast: 3, char: ' ' },
    }),
    region: region('field.province', true),
  },
  CH: { callingCode: '+41', postal: fourDigits('8001', true), region: null },
  DE: { callingCode: '+49', postal: fiveDigits('10115', true), region: null },
  DZ: { callingCode: '+213', postal: fiveDigits('16000', false), region: null },
  EG: { callingCode: '+20', postal: fiveDigits('11511', false), region: region('field.governorate', false) },
  // Spanish codes start with the province number, 01 to 52.
  ES: {
    callingCode: '+34',
    postal: postal(/^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, '28001', true),
    region: region('field.province', true),
  },
  FR: { callingCode: '+33', postal: fiveDigits('75008', true), region: null },
  // Royal Mail's format: outward code (area, district) and inward code (sector, unit).
  GB: {
    callingCode: '+44',
    postal: postal(
      /^(?:GIR 0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]) \d[ABD-HJLNP-UW-Z]{2})$/,
      'SW1A 1AA',
      true,
      { label: 'field.postcode', separator: { beforeLast: 3, char: ' ' } },
    ),
    region: null,
  },
  IN: { callingCode: '+91', postal: postal(/^[1-9]\d{5}$/, '110001', true), region: region('field.state', true) },
  IQ: { callingCode: '+964', postal: fiveDigits('10001', false), region: null },
  IT: { callingCode: '+39', postal: fiveDigits('00144', true), region: region('field.province', true) },
  JO: { callingCode: '+962', postal: fiveDigits('11937', false), region: null },
  KW: { callingCode: '+965', postal: fiveDigits('13001', false), region: null },
  LB: { callingCode: '+961', postal: postal(/^\d{4}(?: \d{4})?$/, '2038 3054', false), region: null },
  MA: { callingCode: '+212', postal: fiveDigits('10000', false), region: null },
  NL: {
    callingCode: '+31',
    postal: postal(/^[1-9]\d{3} [A-Z]{2}$/, '1012 JS', true, { separator: { beforeLast: 2, char: ' ' } }),
    region: null,
  },
  OM: { callingCode: '+968', postal: postal(/^(?:PC )?\d{3}$/, '112', false), region: null },
  PK: { callingCode: '+92', postal: fiveDigits('44000', false), region: null },
  PT: {
    callingCode: '+351',
    postal: postal(/^\d{4}-\d{3}$/, '1000-001', true, { separator: { beforeLast: 3, char: '-' } }),
    region: null,
  },
  QA: { callingCode: '+974', postal: null, region: null },
  SA: { callingCode: '+966', postal: postal(/^\d{5}(?:-\d{4})?$/, '11564', false), region: null },
  SE: {
    callingCode: '+46',
    postal: postal(/^\d{3} \d{2}$/, '114 55', true, { separator: { beforeLast: 2, char: ' ' } }),
    region: null,
  },
  TN: { callingCode: '+216', postal: fourDigits('1002', false), region: null },
  TR: { callingCode: '+90', postal: fiveDigits('34000', true), region: region('field.province', false) },
  US: {
    callingCode: '+1',
    postal: postal(/^\d{5}(?:[ -]\d{4})?$/, '10001', true, { label: 'field.zipCode' }),
    region: region('field.state', true),
  },
};

export const COUNTRY_CODES: readonly string[] = /* @__PURE__ */ Object.keys(COUNTRIES).sort();

/** Outside the table nothing is known, so the field only guards against obvious slips. */
const UNKNOWN_POSTAL_LENGTH = { min: 2, max: 12 } as const;
const UNKNOWN_COUNTRY: CountryData = {
  callingCode: '',
  postal: postal(new RegExp(`^.{${UNKNOWN_POSTAL_LENGTH.min},${UNKNOWN_POSTAL_LENGTH.max}}$`, 'u'), '', false),
  region: null,
};

export function countryRules(code: string): CountryRules {
  const upper = code.trim().toUpperCase();
  return { code: upper, ...(COUNTRIES[upper] ?? UNKNOWN_COUNTRY) };
}

/**
 * The postal code as it should be stored: ASCII digits, uppercase, single spaces, no spaces
 * around a dash ("12643 - 2121", as Saudi addresses are often written), and the country's fixed
 * separator in place ("sw1a1aa" → "SW1A 1AA", "k1a0b1" → "K1A 0B1").
 */
export function normalizePostalCode(code: string, value: string): string {
  const cleaned = normalizeDigits(value).trim().toUpperCase().replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ');
  const separator = countryRules(code).postal?.separator;
  if (!separator) return cleaned;
  const compact = cleaned.replace(/[\s-]/g, '');
  if (compact.length <= separator.beforeLast) return compact;
  const split = compact.length - separator.beforeLast;
  return compact.slice(0, split) + separator.char + compact.slice(split);
}

export function validatePostalCode(code: string, value: string): ValidationMessage | null {
  const rule = countryRules(code).postal;
  if (!rule) return null;
  const normalized = normalizePostalCode(code, value);
  if (!normalized) return rule.required ? { key: 'validation.required' } : null;
  if (rule.pattern.test(normalized)) return null;
  if (rule.example) return { key: 'validation.postalCode', params: { example: rule.example } };
  // Without a format to show, say what is wrong: the only check left is the length.
  return normalized.length < UNKNOWN_POSTAL_LENGTH.min
    ? { key: 'validation.minLength', params: { count: UNKNOWN_POSTAL_LENGTH.min } }
    : { key: 'validation.maxLength', params: { count: UNKNOWN_POSTAL_LENGTH.max } };
}

/** RFC 5321 caps a path at 256 octets, two of them the angle brackets. */
const MAX_EMAIL_LENGTH = 254;
/**
 * One @, no spaces, and a domain of non-empty dot-separated labels. Anything stricter rejects
 * real addresses (quoted local parts, internationalised domains); the mail server has the last word.
 */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function validateEmail(value: string): ValidationMessage | null {
  const email = value.trim();
  if (!email) return { key: 'validation.required' };
  return email.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(email) ? null : { key: 'validation.email' };
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

/**
 * The country's name in the customer's language from the browser's own CLDR data, so no bundle
 * carries a translated country list. Falls back to the code where the browser has no name.
 */
export function countryName(code: string, locale: string): string {
  try {
    let names = displayNamesCache.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
      displayNamesCache.set(locale, names);
    }
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // A malformed locale or code is a merchant typo; showing the code beats breaking the form.
    return code;
  }
}

export type AddressPart = 'line1' | 'line2' | 'city' | 'state' | 'postalCode';

/** Continental European addresses put the postal code before the city. */
const POSTAL_BEFORE_CITY = new Set(['AT', 'BE', 'CH', 'DE', 'DZ', 'ES', 'FR', 'IT', 'MA', 'NL', 'PT', 'SE', 'TN', 'TR']);

/** The address inputs a country uses, in the order its addresses are written. */
export function addressParts(code: string): AddressPart[] {
  const rules = countryRules(code);
  const locality: AddressPart[] = POSTAL_BEFORE_CITY.has(rules.code) ? ['postalCode', 'city'] : ['city', 'postalCode'];
  const parts: AddressPart[] = ['line1', 'line2', ...locality];
  if (rules.region) parts.splice(parts.indexOf('city') + 1, 0, 'state');
  return rules.postal ? parts : parts.filter((part) => part !== 'postalCode');
}
