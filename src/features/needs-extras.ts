import type { Session } from '../api/schema.js';

/** Whether this session renders any element of the extras chunk. */
export function needsExtras(session: Session): boolean {
  return Boolean(session.allowPromotionCodes || session.lineItems.some((item) => item.adjustableQuantity?.enabled));
}
