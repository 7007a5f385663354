import type { ValidationMessage } from '../forms/validation.js';
import { CARD_BRAND_NAMES, type CardBrandId } from './card-brands.js';
import { digitsOnly, normalizeDigits } from './digits.js';

export type { CardBrandId };

export interface CardBrand {
  id: CardBrandId;
  /** The scheme's own trademark, shown as is in every language. */
  name: string;
  /** Every complete length the scheme issues, ascending. */
  lengths: readonly number[];
  cvcLength: number;
  /** Digit counts after which a space is shown: 4242 4242 4242 4242. */
  gaps: readonly number[];
}

/** One issuer prefix, or an inclusive range of prefixes with the same number of digits: ['2221', '2720']. */
type Prefix = string | readonly [low: string, high: string];

interface BrandRule {
  brand: CardBrand;
  prefixes: readonly Prefix[];
}

/** A gap at 16 as well, so 19-digit cards read 4-4-4-4-3 rather than ending in a block of seven. */
const GROUPS_OF_FOUR = [4, 8, 12, 16] as const;
/** Amex and Diners print 4-6-5 (4-6-4) on the card; the field mirrors the embossing. */
const GROUPS_4_6 = [4, 10] as const;

/**
 * Prefixes and lengths follow the schemes' published IIN tables as collected by
 * braintree/credit-card-type. Meeza has no public IIN table; its prefixes are the ones Amazon
 * Payment Services validates (paymentservices-reference.payfort.com, "aps-validation-js":
 * 507803, 507808, 507809, 507810), adopted by bendrucker/creditcards-types in PR #93 (2024).
 * Discover's co-branded 622126–622925 block is left to UnionPay, whose cards those are.
 */
const RULES: readonly BrandRule[] = [
  {
    brand: { id: 'visa', name: CARD_BRAND_NAMES.visa, lengths: [16, 18, 19], cvcLength: 3, gaps: GROUPS_OF_FOUR },
    prefixes: ['4'],
  },
  {
    brand: { id: 'mastercard', name: CARD_BRAND_NAMES.mastercard, lengths: [16], cvcLength: 3, gaps: GROUPS_OF_FOUR },
    prefixes: [['51', '55'], ['2221', '2720']],
  },
  {
    brand: { id: 'amex', name: CARD_BRAND_NAMES.amex, lengths: [15], cvcLength: 4, gaps: GROUPS_4_6 },
    prefixes: ['34', '37'],
  },
  {
    brand: { id: 'meeza', name: CARD_BRAND_NAMES.meeza, lengths: [16], cvcLength: 3, gaps: GROUPS_OF_FOUR },
    prefixes: ['507803', ['507808', '507810']],
  },
  {
    brand: { id: 'discover', name: CARD_BRAND_NAMES.discover, lengths: [16, 19], cvcLength: 3, gaps: GROUPS_OF_FOUR },
    prefixes: ['6011', ['644', '649'], '65'],
  },
  {
    brand: { id: 'jcb', name: CARD_BRAND_NAMES.jcb, lengths: [16, 17, 18, 19], cvcLength: 3, gaps: GROUPS_OF_FOUR },
    prefixes: [['3528', '3589']],
  },
  {
    brand: { id: 'unionpay', name: CARD_BRAND_NAMES.unionpay, lengths: [14, 15, 16, 17, 18, 19], cvcLength: 3, gaps: GROUPS_OF_FOUR },
    prefixes: ['62', '81'],
  },
  {
    brand: { id: 'diners', name: CARD_BRAND_NAMES.diners, lengths: [14, 16, 19], cvcLength: 3, gaps: GROUPS_4_6 },
    prefixes: [['300', '305'], '36', ['38', '39']],
  },
];

export const CARD_BRANDS: readonly CardBrand[] = /* @__PURE__ */ RULES.map((rule) => rule.brand);

/** ISO/IEC 7812 allows up to 19 digits; an unrecognised card may use any length from 12. */
const MAX_CARD_LENGTH = 19;
const UNKNOWN_BRAND_LENGTHS = [12, 13, 14, 15, 16, 17, 18, 19] as const;
const DEFAULT_CVC_LENGTH = 3;

/**
 * How many leading digits of `digits` the prefix accounts for, 0 when it cannot match. Input
 * shorter than the prefix still matches if it could grow into one, so the brand shows while
 * typing: the prefixes of length k of every number in [low, high] are exactly [low[:k], high[:k]].
 */
function matchLength(digits: string, prefix: Prefix): number {
  const [low, high] = typeof prefix === 'string' ? [prefix, prefix] : prefix;
  const length = Math.min(digits.length, low.length);
  const head = digits.slice(0, length);
  return head >= low.slice(0, length) && head <= high.slice(0, length) ? length : 0;
}

/**
 * The brand whose prefix accounts for the most leading digits; null while the input is empty,
 * matches nothing, or still fits several brands equally well ("3" may become Amex, JCB or Diners).
 */
export function detectBrand(digits: string): CardBrand | null {
  let best: CardBrand | null = null;
  let bestLength = 0;
  let tied = false;
  for (const { brand, prefixes } of RULES) {
    const length = Math.max(...prefixes.map((prefix) => matchLength(digits, prefix)));
    if (length > bestLength) {
      best = brand;
      bestLength = length;
      tied = false;
    } else if (length > 0 && length === bestLength) {
      tied = true;
    }
  }
  return tied ? null : best;
}

/** The mod-10 check digit test every card scheme uses to catch typos and transpositions. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export interface FormattedCardNumber {
  /** ASCII digits only, capped at the brand's longest length: the value to submit. */
  digits: string;
  /** The digits grouped with spaces: the value to show. */
  formatted: string;
  brand: CardBrand | null;
}

function maxLength(brand: CardBrand | null): number {
  return brand ? brand.lengths[brand.lengths.length - 1] : MAX_CARD_LENGTH;
}

/** Spaces only between groups, never trailing, so backspace never lands on an invisible gap. */
function group(digits: string, gaps: readonly number[]): string {
  let formatted = '';
  let start = 0;
  for (const gap of gaps) {
    if (digits.length <= gap) break;
    formatted += `${digits.slice(start, gap)} `;
    start = gap;
  }
  return formatted + digits.slice(start);
}

/** Accepts whatever was typed or pasted ("4242-4242 …", Arabic-Indic digits) and returns it grouped. */
export function formatCardNumber(rawInput: string): FormattedCardNumber {
  const typed = digitsOnly(rawInput);
  const brand = detectBrand(typed);
  const digits = typed.slice(0, maxLength(brand));
  return { digits, formatted: group(digits, brand?.gaps ?? GROUPS_OF_FOUR), brand };
}

/**
 * Where the caret belongs once `previousValue` (the field as the customer left it) has been
 * reformatted to `nextValue`: after the same number of digits, so inserted or removed spaces
 * never push it around. A caret at the end stays at the end, which also covers characters the
 * formatter appends (the expiry's leading zero and " / ").
 */
export function caretAfterFormat(previousValue: string, previousCaret: number, nextValue: string): number {
  if (previousCaret >= previousValue.length) return nextValue.length;
  let remaining = digitsOnly(previousValue.slice(0, previousCaret)).length;
  if (remaining === 0) return 0;
  const next = normalizeDigits(nextValue);
  for (let index = 0; index < next.length; index += 1) {
    if (/\d/.test(next[index])) {
      remaining -= 1;
      if (remaining === 0) return index + 1;
    }
  }
  return nextValue.length;
}

const EXPIRY_SEPARATOR = ' / ';

/** A one-digit month followed by a separator the customer typed: "1/", "3 ", "4-". */
const SHORT_MONTH_TYPED = /^\s*(\d)\s*[/\-.\s]/;

function splitMonth(raw: string, digits: string, deleting: boolean): { month: string; rest: string } {
  const shortMonth = SHORT_MONTH_TYPED.exec(raw);
  // While deleting, padding "1 / 30" back to "01 / 30" would undo the keystroke and trap the caret.
  if (shortMonth) return { month: deleting ? shortMonth[1] : `0${shortMonth[1]}`, rest: digits.slice(1) };
  if (!deleting) {
    if (digits.startsWith('00')) return { month: '0', rest: '' };
    // No month starts with 2-9, and none is 13-19, so those digits already belong to the year.
    if (digits[0] > '1') return { month: `0${digits[0]}`, rest: digits.slice(1) };
    if (digits[0] === '1' && digits.length > 1 && digits[1] > '2') return { month: '01', rest: digits.slice(1) };
  }
  return { month: digits.slice(0, 2), rest: digits.slice(2) };
}

/**
 * Shapes the expiry field as "MM / YY" while typing: "1" waits for a second digit, "2" becomes
 * "02 / ", "12" becomes "12 / ", and pastes such as "12/2030", "1230" or "12 / 30" come out as
 * "12 / 30". While `deleting`, nothing is added back, so backspace can remove the separator.
 */
export function formatExpiryInput(raw: string, deleting: boolean): string {
  const normalized = normalizeDigits(raw);
  const digits = digitsOnly(normalized);
  if (!digits) return '';
  const { month, rest } = splitMonth(normalized, digits, deleting);
  // A four-digit year ("2030") keeps its last two digits; anything else is typed too far.
  const year = rest.length === 4 && rest.startsWith('20') ? rest.slice(2) : rest.slice(0, 2);
  if (year) return month + EXPIRY_SEPARATOR + year;
  if (deleting || month.length < 2) return month;
  return month + EXPIRY_SEPARATOR;
}

/** "MM / YY", "MM/YYYY", "MMYY" or "M/YY", month not yet range-checked. */
const EXPIRY_PATTERN = /^\s*(?:(\d{2})\s*[/\-.]?|(\d)\s*[/\-.])\s*(\d{2}|\d{4})\s*$/;

function readExpiry(value: string): { month: number; year: number } | null {
  const match = EXPIRY_PATTERN.exec(normalizeDigits(value));
  if (!match) return null;
  const year = match[3];
  return {
    month: Number(match[1] ?? match[2]),
    // Two-digit years are this century: cards are issued for at most about 20 years.
    year: year.length === 2 ? 2000 + Number(year) : Number(year),
  };
}

/** The expiry as numbers (year with four digits), or null if it is incomplete or names no month. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const expiry = readExpiry(value);
  return expiry && expiry.month >= 1 && expiry.month <= 12 ? expiry : null;
}

export function validateCardNumber(digits: string): ValidationMessage | null {
  const number = digitsOnly(digits);
  if (!number) return { key: 'validation.required' };
  const brand = detectBrand(number);
  const lengths: readonly number[] = brand?.lengths ?? UNKNOWN_BRAND_LENGTHS;
  if (number.length > maxLength(brand)) return { key: 'validation.cardNumberInvalid' };
  if (!lengths.includes(number.length)) return { key: 'validation.cardNumberIncomplete' };
  return luhnValid(number) ? null : { key: 'validation.cardNumberInvalid' };
}

/** A card works through the last day of its expiry month, so the current month is still valid. */
export function validateExpiry(value: string, now: Date = new Date()): ValidationMessage | null {
  if (!value.trim()) return { key: 'validation.required' };
  const expiry = readExpiry(value);
  if (!expiry) return { key: 'validation.expiryIncomplete' };
  if (expiry.month < 1 || expiry.month > 12) return { key: 'validation.expiryInvalid' };
  const thisMonth = now.getFullYear() * 12 + now.getMonth();
  if (expiry.year * 12 + expiry.month - 1 < thisMonth) return { key: 'validation.expiryPast' };
  return null;
}

/** Before the brand is known the field expects the common three digits. */
export function cvcLength(brand: CardBrand | null): number {
  return brand?.cvcLength ?? DEFAULT_CVC_LENGTH;
}

export function validateCvc(value: string, brand: CardBrand | null): ValidationMessage | null {
  const cvc = normalizeDigits(value.trim());
  if (!cvc) return { key: 'validation.required' };
  if (!/^\d+$/.test(cvc)) return { key: 'validation.digitsOnly' };
  const count = cvcLength(brand);
  return cvc.length === count ? null : { key: 'validation.cvcIncomplete', params: { count } };
}
