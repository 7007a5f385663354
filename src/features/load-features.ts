/**
 * In source (tests, Storybook) plain dynamic imports. The bundles replace this module with one
 * that loads the separately built chunks next to the script itself (see vite.config.ts).
 */
export const loadPayment = (): Promise<unknown> => import('./payment.js');
export const loadExtras = (): Promise<unknown> => import('./extras.js');
