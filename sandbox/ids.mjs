// @ts-check
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random alphanumerics from the CSPRNG: client secrets are bearer credentials. */
export function randomToken(length = 24) {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** @param {string} prefix e.g. 'pi' gives 'pi_XXXX' */
export function newId(prefix, length = 24) {
  return `${prefix}_${randomToken(length)}`;
}
