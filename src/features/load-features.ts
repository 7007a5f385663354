/**
 * Plain dynamic imports, which tests, Storybook and the ES build follow. The IIFE replaces this
 * module with one that loads the separately built chunks next to the script itself (see vite.config.ts).
 */
export const loadPayment = (): Promise<unknown> => import('./payment.js');
export const loadExtras = (): Promise<unknown> => import('./extras.js');
