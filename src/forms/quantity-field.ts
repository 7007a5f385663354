/**
 * The quantity field's name is its param in the provider's line-items call. Apart from the
 * edits controller, so the summary that names its steppers does not pull that controller into
 * what every session loads.
 */
export const quantityFieldName = (itemId: string) => `lineItems.${itemId}.quantity`;
