import { createContext } from '@lit/context';
import type { Translator } from './translator.js';

/**
 * The customer's translator, provided by `<xpay-checkout>` (its LocaleController) and consumed
 * by every element inside it, so no element takes the language as a drilled-down property.
 */
export const translatorContext = createContext<Translator>(Symbol('xpay-translator'));
