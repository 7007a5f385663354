// Drives the cross-origin card frame from a test. Page JavaScript cannot reach into the frame,
// so every helper here is a server command (test/card-frame/frame-commands.mjs) that types,
// clicks and reads through puppeteer with the real keyboard.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { XPayCardInput } from '../../src/components/card-input/xpay-card-input.js';

export type CardField = 'number' | 'expiry' | 'cvc' | 'name';

export interface FrameField {
  value: string;
  label: string;
  ariaInvalid: string | null;
  describedBy: string;
  error: string;
  errorLive: string | null;
  placeholder: string;
  maxLength: number;
  disabled: boolean;
  dir: string;
  direction: string;
  visible: boolean;
}

export interface FrameState {
  origin: string;
  title: string;
  lang: string;
  dir: string;
  brand: string | null;
  brandName: string;
  cvcHint: string;
  /** The id of the frame's focused element (its body when none). */
  active: string | null;
  hasFocus: boolean;
  scrollbars: boolean;
  fields: Record<CardField, FrameField>;
}

/** Which card frame on the page: the one whose iframe has this `name` (see frameOf), else the last. */
export interface FrameChoice {
  name?: string;
}

/** Picks `card`'s own frame, for pages with more than one. */
export function frameOf(card: XPayCardInput): FrameChoice {
  const name = card.shadowRoot?.querySelector('iframe')?.name;
  return name ? { name } : {};
}

/** Clicks into a frame field and types `text` key by key; `replace` first deletes what is there. Returns the input events fired. */
export function typeInFrame(field: CardField, text: string, options: FrameChoice & { replace?: boolean } = {}): Promise<number> {
  return executeServerCommand<number, unknown>('card-frame:type', { field, text, ...options });
}

export function pressKey(key: string): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('card-frame:press', { key });
}

export function clickFrameField(field: CardField, options: FrameChoice = {}): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('card-frame:click', { field, ...options });
}

/** Waits for an initialised card frame, then reads its DOM. */
export function readFrameState(options: FrameChoice = {}): Promise<FrameState> {
  return executeServerCommand<FrameState, unknown>('card-frame:read', options);
}

export function frameStyle(selector: string, property: string, options: FrameChoice = {}): Promise<string | null> {
  return executeServerCommand<string | null, unknown>('card-frame:style', { selector, property, ...options });
}

/** The next `count` requests to URLs containing `match` (default: payment-method POSTs) die on the network; 0 turns it off. */
export function failNetwork(count: number, match?: string): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('card-frame:fail-network', { count, match });
}

/** Posts `message` from inside the frame page named `from` to the parent page and every frame of it. */
export function postFromFrame(from: string, message: unknown): Promise<number> {
  return executeServerCommand<number, unknown>('card-frame:post-from', { from, message });
}

/** Idempotency-Keys of the matching requests since failNetwork was called. */
export function networkLog(): Promise<(string | null)[]> {
  return executeServerCommand<(string | null)[], unknown>('card-frame:network-log');
}

/**
 * Types into the frame and waits until `card` has heard every resulting `xpay:change` (one per
 * input event), so the parent's state is current when this resolves.
 */
export async function typeCard(card: XPayCardInput, field: CardField, text: string, options: { replace?: boolean } = {}): Promise<void> {
  const before = card.version;
  const inputs = await typeInFrame(field, text, { ...frameOf(card), ...options });
  await waitUntil(() => card.version >= before + inputs, `the parent heard ${card.version - before} of ${inputs} changes`);
}

export interface CardDetailsInput {
  number?: string;
  expiry?: string;
  cvc?: string;
  name?: string;
}

/** Fills the frame's fields given, in visual order. */
export async function typeCardDetails(card: XPayCardInput, details: CardDetailsInput): Promise<void> {
  for (const field of ['number', 'expiry', 'cvc', 'name'] as const) {
    const text = details[field];
    if (text !== undefined) await typeCard(card, field, text, { replace: true });
  }
}

/** Resolves once the element's frame has loaded and been initialised, with what it shows. */
export async function cardFrameReady(card: XPayCardInput): Promise<FrameState> {
  await waitUntil(() => card.shadowRoot?.querySelector('iframe'), 'no card iframe rendered');
  return readFrameState(frameOf(card));
}
