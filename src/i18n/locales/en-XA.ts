import { english, type MessageKey } from '../en.js';
import { pseudoMessage } from '../pseudo.js';
import type { Catalog } from '../translator.js';

/**
 * Pseudo-English (see pseudo.ts) of the English the page has, read as it is asked for: English
 * arrives in parts (en.ts), and the form's words join it only once the payment chunk has run.
 */
const catalog = new Proxy(english, {
  get: (strings, key) => {
    const message = strings[key as MessageKey];
    return message === undefined ? undefined : pseudoMessage(message);
  },
}) as Catalog;

export default catalog;
