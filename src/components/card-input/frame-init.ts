import type { MessageKey } from '../../i18n/en.js';
import '../../i18n/use-payment-english.js';
import type { Translator } from '../../i18n/translator.js';
import { CARD_BRANDS, cvcLength, type CardBrand } from '../../lib/card.js';
import { FRAME_TOKENS, frameErrorId, type FrameError, type FrameMessages, type FrameTheme } from '../../frames/protocol.js';

/**
 * Provider error codes a card field can get back (a tokenize 400), said in the customer's
 * language at that field. Anything else is `validation.rejected`: `invalid_expiry_year`, for
 * one, only reaches the provider for a year too far ahead (the frame refuses past ones itself).
 */
const SERVER_CODE_ERRORS: Readonly<Record<string, MessageKey>> = {
  parameter_missing: 'validation.required',
  incorrect_number: 'validation.cardNumberInvalid',
  invalid_number: 'validation.cardNumberInvalid',
  invalid_expiry_month: 'validation.expiryInvalid',
  expired_card: 'validation.expiryPast',
  invalid_cvc: 'validation.cvcInvalid',
  incorrect_cvc: 'validation.cvcInvalid',
};

/** Every error the frame's own checks (src/lib/card.ts, and each empty field's own) can raise, plus what a provider 400 maps to. */
const ERROR_KEYS: readonly MessageKey[] = [
  'validation.cardNumberRequired',
  'validation.expiryRequired',
  'validation.cvcRequired',
  'validation.nameRequired',
  'validation.digitsOnly',
  'validation.cardNumberIncomplete',
  'validation.cardNumberInvalid',
  'validation.expiryIncomplete',
  'validation.expiryInvalid',
  'validation.expiryPast',
  'validation.rejected',
  ...Object.values(SERVER_CODE_ERRORS),
];

/** The security-code lengths in use: one "Enter the N-digit security code" each. */
const CVC_LENGTHS = [...new Set([cvcLength(null), ...CARD_BRANDS.map((brand) => brand.cvcLength)])];

export const FRAME_ERRORS: readonly FrameError[] = [
  ...[...new Set(ERROR_KEYS)].map((key) => ({ key })),
  ...CVC_LENGTHS.map((count) => ({ key: 'validation.cvcIncomplete' as const, params: { count } })),
];

function cvcHint(i18n: Translator, brand: CardBrand | null): string {
  const count = cvcLength(brand);
  return brand?.id === 'amex' ? i18n.t('card.cvcHintAmex', { count }) : i18n.t('card.cvcHint', { count });
}

/**
 * The frame's strings, resolved here through the Translator (the only source of UI text) and
 * sent in `xpay:init`, so the frame carries no catalog.
 */
export function frameMessages(i18n: Translator): FrameMessages {
  return {
    title: i18n.t('card.frameTitle'),
    number: i18n.t('card.number'),
    expiry: i18n.t('card.expiry'),
    expiryPlaceholder: i18n.t('card.expiryPlaceholder'),
    cvc: i18n.t('card.cvc'),
    name: i18n.t('field.name'),
    cvcHints: Object.fromEntries([['', cvcHint(i18n, null)], ...CARD_BRANDS.map((brand) => [brand.id, cvcHint(i18n, brand)])]),
    brands: Object.fromEntries(CARD_BRANDS.map((brand) => [brand.id, i18n.t('card.brand', { brand: brand.name })])),
    errors: Object.fromEntries(FRAME_ERRORS.map((error) => [frameErrorId(error), i18n.t(error.key, error.params)])),
    codes: { ...SERVER_CODE_ERRORS },
  };
}

/**
 * The theme as it resolved on `element`: the widget's internal tokens already hold merchant
 * `--xpay-*` over session branding over the palette (CONTRACT §4), so the frame gets exactly
 * what the fields around it use. Tokens that resolve to nothing (no themed ancestor) are left
 * to the frame's own defaults.
 */
export function frameTheme(element: Element): FrameTheme {
  const style = getComputedStyle(element);
  const theme: FrameTheme = {
    scheme: style.colorScheme,
    rem: getComputedStyle(element.ownerDocument.documentElement).fontSize,
  };
  for (const token of FRAME_TOKENS) {
    const value = style.getPropertyValue(`--_${token}`).trim();
    if (value) theme[token] = value;
  }
  return theme;
}
