/**
 * The schemes' own trademarks, shown as they are in every language. Apart from the card rules
 * (card.ts) so that a receipt can name a brand without shipping how cards are recognised.
 */
export const CARD_BRAND_NAMES = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  meeza: 'Meeza',
  discover: 'Discover',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  diners: 'Diners Club',
} as const;

export type CardBrandId = keyof typeof CARD_BRAND_NAMES;

/** A brand's name for a provider's brand id; an id this widget does not know is shown as sent. */
export function cardBrandName(id: string): string {
  return Object.hasOwn(CARD_BRAND_NAMES, id) ? CARD_BRAND_NAMES[id as CardBrandId] : id;
}
