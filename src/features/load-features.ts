import { retryableImport } from '../lib/retryable-import.js';

/**
 * The payment form and the extras are chunks of their own (plain dynamic imports, which the
 * build, tests, Storybook and an npm user's bundler all follow). Retry asks for a chunk that
 * failed again (src/lib/retryable-import.ts), and the developer is told which part of the
 * widget was missing.
 */
function chunk<T>(name: string, load: () => Promise<T>): () => Promise<T> {
  return retryableImport(load, (error) => console.error(`[xpay-checkout] could not load the ${name} chunk; host the whole dist/ folder`, error));
}

export const loadPayment = chunk('payment', () => import('./payment.js'));
export const loadExtras = chunk('extras', () => import('./extras.js'));
export const loadLocalMethods = chunk('local-methods', () => import('./local-methods.js'));
