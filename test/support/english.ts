import { en } from '../../src/i18n/en.js';
import { enLocalMethods } from '../../src/i18n/en-local-methods.js';
import { enPayment } from '../../src/i18n/en-payment.js';

/** Every English message, all three parts of src/i18n/en.ts: the whole catalog, as other locales have it. */
export const allEnglish = { ...en, ...enPayment, ...enLocalMethods };
