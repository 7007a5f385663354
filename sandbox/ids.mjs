// @ts-check
// Web Crypto rather than node:crypto, so that the modules building sessions load in a browser
// too (Storybook's fixtures reuse them): `globalThis.crypto` is there in Node 20 and browsers.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// The largest multiple of the alphabet's size a byte can hold. Bytes at or above it are drawn
// again (rejection sampling), so every character stays equally likely: a bare `byte % 62`
// would favour the first 8.
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/** Random alphanumerics from the CSPRNG: client secrets are bearer credentials. */
export function randomToken(length = 24) {
  let out = '';
  // A few spare bytes, so that one draw usually covers the rejected ones too.
  const bytes = new Uint8Array(Math.min(length + 8, 65536));
  while (out.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += ALPHABET[byte % ALPHABET.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/**
 * Random decimal digits from the CSPRNG, e.g. a payment reference a customer reads out.
 * @param {number} length
 */
export function randomDigits(length) {
  const digits = new Uint32Array(length);
  globalThis.crypto.getRandomValues(digits);
  // 2^32 mod 10 = 6: the bias toward 0-5 is one in 700 million, nothing a reference cares about.
  return Array.from(digits, (n) => String(n % 10)).join('');
}

/** @param {string} prefix e.g. 'pi' gives 'pi_XXXX' */
export function newId(prefix, length = 24) {
  return `${prefix}_${randomToken(length)}`;
}
