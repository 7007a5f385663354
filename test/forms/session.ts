import { parseSession, type Session } from '../../src/api/schema.js';

/** A session as the widget would hold it (parsed by the real schema), with `extra` on top of a minimal open one. */
export function testSession(extra: Record<string, unknown> = {}): Session {
  const session = parseSession({
    id: 'cs_test_form',
    object: 'checkout.session',
    status: 'open',
    uiMode: 'embedded',
    currency: 'EGP',
    amountSubtotal: 150000,
    amountTotal: 150000,
    lineItems: [{ id: 'li_1', quantity: 1, amountSubtotal: 150000, amountTotal: 150000 }],
    expiresAt: '2030-01-01T00:00:00Z',
    paymentMethodTypes: [{ type: 'card', displayName: 'Card' }],
    ...extra,
  });
  if (!session) throw new Error('the test session does not match the schema');
  return session;
}

export const DELIVERY_SLOT = {
  key: 'delivery_slot',
  label: 'Delivery slot',
  type: 'DROPDOWN',
  dropdownOptions: [
    { label: 'Morning', value: 'morning' },
    { label: 'Afternoon', value: 'afternoon' },
    { label: 'Evening', value: 'evening' },
  ],
} as const;
