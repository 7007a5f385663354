import type { Session } from '../api/schema.js';

/** What the customer pays in: the presentment currency when the session converts, else its own. */
export function displayTotals(session: Session) {
  const presentment = session.presentmentDetails;
  const details = session.totalDetails;
  if (presentment) {
    return {
      currency: presentment.currency,
      subtotal: presentment.amountSubtotal ?? null,
      total: presentment.amountTotal ?? presentment.amount,
      discount: presentment.amountDiscount ?? 0,
      shipping: presentment.amountShipping ?? 0,
      tax: presentment.amountTax ?? 0,
      platformFee: presentment.amountPlatformFee ?? 0,
      vat: presentment.amountCollectedVat ?? 0,
    };
  }
  return {
    currency: session.currency,
    subtotal: session.amountSubtotal,
    total: session.amountTotal,
    discount: details?.amountDiscount ?? 0,
    shipping: details?.amountShipping ?? 0,
    tax: details?.amountTax ?? 0,
    platformFee: details?.amountPlatformFee ?? 0,
    vat: details?.amountCollectedVat ?? 0,
  };
}
