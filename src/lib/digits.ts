/**
 * The zero of each decimal digit block customers may type in: Arabic-Indic (Arabic keyboards),
 * Extended Arabic-Indic (Persian and Urdu keyboards), Devanagari (hi) and Bengali (bn).
 * Each block is ten consecutive code points, so a digit's value is its offset from the zero.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6] as const;

const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g;

function asciiDigit(native: string): string {
  const code = native.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9)!;
  return String(code - zero);
}

/**
 * Rewrites native digits as ASCII 0-9 and leaves every other character alone, so card numbers,
 * postal codes and phone numbers typed on a local keyboard validate and submit like ASCII ones.
 */
export function normalizeDigits(input: string): string {
  return input.replace(NATIVE_DIGIT, asciiDigit);
}

/** The ASCII digits of `input` and nothing else: separators, spaces and letters are dropped. */
export function digitsOnly(input: string): string {
  return normalizeDigits(input).replace(/\D/g, '');
}
