import type { Session } from '../api/schema.js';

/** Whether this session renders any element of the extras chunk. */
export function needsExtras(session: Session): boolean {
  return Boolean(session.allowPromotionCodes || session.lineItems.some((item) => item.adjustableQuantity?.enabled));
}

/** Whether this session offers a method with a step of its own (a one-time code, a Fawry reference). */
export function needsLocalMethods(session: Session): boolean {
  return Boolean(session.paymentMethodTypes?.some((method) => method.type !== 'card'));
}
