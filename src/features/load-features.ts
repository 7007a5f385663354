/**
 * The payment form and the extras are chunks of their own (plain dynamic imports, which the
 * build, tests, Storybook and an npm user's bundler all follow). One import is shared by every
 * caller; a failure is forgotten, so Retry asks again (browsers refetch a module whose fetch
 * failed: whatwg/html#10327), and the developer is told which part of the widget was missing.
 */
function chunk(name: string, load: () => Promise<unknown>): () => Promise<unknown> {
  let pending: Promise<unknown> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      console.error(`[xpay-checkout] could not load the ${name} chunk; host the whole dist/ folder`, error);
      throw error;
    }));
}

export const loadPayment = chunk('payment', () => import('./payment.js'));
export const loadExtras = chunk('extras', () => import('./extras.js'));
export const loadLocalMethods = chunk('local-methods', () => import('./local-methods.js'));
