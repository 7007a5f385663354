import { CheckoutError } from '../../src/api/errors.js';

/** The smallest body the session schema accepts: every required field, nothing else. */
export function minimalSessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cs_test_1',
    object: 'checkout.session',
    status: 'open',
    uiMode: 'embedded',
    currency: 'EGP',
    amountSubtotal: 1000,
    amountTotal: 1000,
    lineItems: [{ id: 'li_1', quantity: 1, amountSubtotal: 1000, amountTotal: 1000 }],
    expiresAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** What `promise` rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The CheckoutError `promise` rejects with; anything else fails the test. */
export async function checkoutFailure(promise: Promise<unknown>): Promise<CheckoutError> {
  const error = await rejection(promise);
  if (error instanceof CheckoutError) return error;
  throw error;
}
