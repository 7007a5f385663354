/**
 * The card frame's postMessage protocol (CONTRACT §5), shared by the frame and its host
 * `<xpay-card-input>`. Types only, plus the frame's path: both sides import it, and the frame
 * must stay tiny. Every message is namespaced `xpay:`; frame → parent messages carry state,
 * never card data.
 */
import type { CardBrandId } from '../lib/card.js';
import type { MessageKey } from '../i18n/en.js';

/** Where the provider serves the frame, below its API base. */
export const FRAME_PATH = '/checkout/frames/card.html';

/** One error the frame can show, as the parent must translate it: a key and at most a count. */
export interface FrameError {
  key: MessageKey;
  params?: { count: number };
}

/** The key under which the parent sends an error's text: `validation.cvcIncomplete#4`. */
export function frameErrorId(error: FrameError): string {
  return error.params ? `${error.key}#${error.params.count}` : error.key;
}

/**
 * Every string the frame shows, already in the customer's language. The parent resolves them
 * through its Translator (the only source of UI text) and sends them in `xpay:init`, an
 * extension of CONTRACT §5 that keeps catalogs out of the frame.
 */
export interface FrameMessages {
  title: string;
  number: string;
  expiry: string;
  expiryPlaceholder: string;
  cvc: string;
  name: string;
  /** The security-code hint for each length a brand uses, by brand id ("" for unknown). */
  cvcHints: Partial<Record<CardBrandId | '', string>>;
  /** "Card brand: Visa", per brand. */
  brands: Partial<Record<CardBrandId, string>>;
  /** Error texts keyed by `frameErrorId`. */
  errors: Record<string, string>;
  /** The error key a provider 400 `code` shows at its field; any other code shows `validation.rejected`. */
  codes: Record<string, MessageKey>;
}

/**
 * The widget's resolved internal tokens the frame's CSS reads, named without their `--_`
 * (`c-fg` → `--_c-fg`). The parent reads each on itself, where they already resolve as merchant
 * `--xpay-*` → session branding → palette (CONTRACT §4); `scheme` and `rem` carry the page's
 * `color-scheme` (a mismatch would paint the frame opaque) and root font size (rem sizes).
 */
export const FRAME_TOKENS = [
  'font-family', 'c-fg', 'c-bg', 'c-muted-fg', 'c-input', 'c-ring', 'c-destructive', 'c-disabled-bg', 'c-disabled-fg',
  'focus-ring', 'space-1', 'space-2', 'space-3', 'input-height',
  'input-font-size', 'input-padding-inline', 'input-border-width', 'input-border-color', 'input-radius', 'input-bg',
] as const;

export type FrameTheme = Partial<Record<(typeof FRAME_TOKENS)[number] | 'scheme' | 'rem', string>>;


export interface InitMessage {
  type: 'xpay:init';
  sessionId: string;
  clientSecret: string;
  /** The language of `messages` (the frame's `lang`). */
  locale: string;
  dir: 'ltr' | 'rtl';
  theme: FrameTheme;
  messages: FrameMessages;
  collectName: boolean;
  disabled: boolean;
}

export type ParentMessage =
  | InitMessage
  | { type: 'xpay:tokenize'; idempotencyKey: string }
  | { type: 'xpay:validate'; requestId: number; focus: boolean }
  | { type: 'xpay:focus-input' }
  | { type: 'xpay:clear' }
  | { type: 'xpay:disabled'; disabled: boolean };

/**
 * The card's state, never its data: also `CardState`, what `<xpay-card-input>` exposes. `error`
 * is the first error the frame shows, with its count where the message has one (the brand's
 * security-code length), so the page can say it too (the form's error summary).
 */
export interface FrameCardState {
  empty: boolean;
  complete: boolean;
  brand: CardBrandId | null;
  error: FrameError | null;
}

/** The provider's payment method, as `POST …/client/payment-methods` answers 200 (also `TokenizedCard`). */
export interface FramePaymentMethod {
  id: string;
  type: 'card';
  card: { brand: string; last4: string; expMonth: number; expYear: number; funding: string | null; country: string | null };
}

/** Why tokenizing failed: `card_invalid` (the frame's own checks), `session_expired`, `network`, or the provider's 400 code. */
export interface TokenizeFailure {
  code: string;
  param: string | null;
}

export type FrameMessage =
  | { type: 'xpay:frame-ready' }
  /**
   * `edits`: how many edits the customer has made since the frame page loaded. The frame re-sends
   * its state on every init and validation; only an edit makes it another card.
   */
  | ({ type: 'xpay:change'; edits: number } & FrameCardState)
  | { type: 'xpay:resize'; height: number }
  | { type: 'xpay:focus' }
  | { type: 'xpay:blur' }
  | { type: 'xpay:submit' }
  | { type: 'xpay:validated'; requestId: number; valid: boolean }
  | { type: 'xpay:tokenized'; idempotencyKey: string; paymentMethod: FramePaymentMethod }
  | ({ type: 'xpay:tokenize-failed'; idempotencyKey: string } & TokenizeFailure);

/** A message object of the protocol's shape; its fields are still checked by whoever reads it. */
export function isProtocolMessage(data: unknown): data is { type: string } {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string' && (data as { type: string }).type.startsWith('xpay:');
}

/** An init carries everything the frame needs, with plain values; anything else is not one. */
export function isInitMessage(data: ParentMessage): data is InitMessage {
  const { sessionId, clientSecret, messages, theme } = data as Partial<InitMessage>;
  return /^[\w-]{1,255}$/.test(String(sessionId)) && typeof clientSecret === 'string' && typeof messages === 'object' && typeof theme === 'object' && !!messages && !!theme;
}
