/**
 * Driving the card frame from play functions. The frame is a document of its own (CONTRACT
 * section 5), served on Storybook's origin here (see fixture-provider.ts), so a play function
 * can reach it through `iframe.contentDocument`, which a merchant page never could. Typing sets
 * an input's value and dispatches `input`, which is all the frame's handlers read
 * (src/frames/card.ts): they format the value, detect the brand and tell the parent.
 */
import { expect, waitFor } from 'storybook/test';
import type { XPayCardInput } from '../../src/components/card-input/xpay-card-input.js';
import { FRAME_PATH } from '../../src/frames/protocol.js';
import type { MessageKey } from '../../src/i18n/en.js';
import { deepQuery } from './dom.js';

export type CardField = 'number' | 'expiry' | 'cvc' | 'name';

export interface CardFrame {
  /** The parent's end: `state` is all it knows of the card (`empty`, `complete`, `brand`, `error`). */
  input: XPayCardInput;
  iframe: HTMLIFrameElement;
  document: Document;
  window: Window & typeof globalThis;
}

export interface CardEntry {
  number: string;
  expiry: string;
  cvc: string;
}

/** A card that pays (the sandbox's catalogue: any Luhn-valid number outside TEST_CARDS). */
export const PAYING_CARD: CardEntry = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' };

/** The sandbox's test cards (sandbox/catalogue.mjs TEST_CARDS) the stories pay with. */
export const TEST_CARD_NUMBERS = {
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
} as const;

/** The host's card entry element, once rendered. */
export async function cardInputOf(host: Element, timeout = 10_000): Promise<XPayCardInput> {
  return waitFor(
    () => {
      const input = deepQuery<XPayCardInput>(host, 'xpay-card-input');
      expect(input, '<xpay-card-input>').toBeTruthy();
      return input!;
    },
    { timeout },
  );
}

/** The host's card frame, once its page has loaded and taken the widget's `xpay:init` (its form shows). */
export async function cardFrame(host: Element, timeout = 10_000): Promise<CardFrame> {
  const input = await cardInputOf(host, timeout);
  return waitFor(
    () => {
      const iframe = input.shadowRoot?.querySelector('iframe');
      expect(iframe, 'the card frame').toBeTruthy();
      const win = iframe!.contentWindow as (Window & typeof globalThis) | null;
      expect(win?.location.pathname.endsWith(FRAME_PATH), `the frame at …${FRAME_PATH}`).toBe(true);
      const form = win!.document.getElementById('form');
      expect(form && !form.hidden, 'the frame has its xpay:init').toBe(true);
      return { input, iframe: iframe!, document: win!.document, window: win! };
    },
    { timeout },
  );
}

export function cardInput(frame: CardFrame, field: CardField): HTMLInputElement {
  const element = frame.document.getElementById(field);
  if (!(element instanceof frame.window.HTMLInputElement)) throw new Error(`the card frame has no #${field} input`);
  return element;
}

/** Replaces a frame input's text as typing or pasting it would. */
export function typeInCard(frame: CardFrame, field: CardField, text: string): void {
  const input = cardInput(frame, field);
  input.value = text;
  input.dispatchEvent(new frame.window.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
}

/** Types a card (the paying one unless told otherwise) and waits until the parent has heard of it. */
export async function fillCard(frame: CardFrame, card: Partial<CardEntry> = {}): Promise<void> {
  const entry = { ...PAYING_CARD, ...card };
  for (const field of ['number', 'expiry', 'cvc'] as const) if (entry[field]) typeInCard(frame, field, entry[field]);
  await waitFor(() => expect(frame.input.state.empty, 'xpay:change reached the parent').toBe(false));
}

/**
 * Waits until the frame shows an error at `field` (`aria-invalid`, a message next to it) and
 * the parent's card state names `key`: the frame tells the parent the key, never the text.
 */
export async function waitForCardError(frame: CardFrame, field: CardField, key: MessageKey, timeout = 8000): Promise<void> {
  await waitFor(
    () => {
      const input = cardInput(frame, field);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(frame.document.getElementById(`${field}-error`)?.textContent?.trim(), `the error next to #${field}`).toBeTruthy();
      expect(input.getAttribute('aria-describedby') ?? '').toContain(`${field}-error`);
      expect(frame.input.state.error?.key).toBe(key);
    },
    { timeout },
  );
}
