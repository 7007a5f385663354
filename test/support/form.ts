import type { XPayCheckout } from '../../src/index.js';
import { cardFrameReady, typeCardDetails } from './card-frame.js';
import { shadow } from './checkout.js';

/** The payment form inside a rendered checkout. */
export async function paymentForm(checkout: XPayCheckout) {
  const form = shadow(checkout).querySelector('xpay-payment-form');
  if (!form) throw new Error('no payment form rendered');
  await form.updateComplete;
  return form;
}

/** The card element (the host of the provider's frame) inside a rendered checkout. */
export async function cardInput(checkout: XPayCheckout) {
  const form = await paymentForm(checkout);
  const card = shadow(form).querySelector('xpay-card-input');
  if (!card) throw new Error('no card entry rendered');
  await card.updateComplete;
  return card;
}

/** Finds an input by its confirm-body name in the form (card inputs live in the frame: see fillCard). */
export async function field(checkout: XPayCheckout, name: string): Promise<HTMLInputElement | HTMLSelectElement> {
  const form = await paymentForm(checkout);
  const found = shadow(form).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (found) return found;
  throw new Error(`no field named ${name}`);
}

/** Types into a field the way the browser does for a user: value, then an input event. */
export async function fill(checkout: XPayCheckout, name: string, value: string): Promise<void> {
  const input = await field(checkout, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: value }));
  if (input instanceof HTMLSelectElement) input.dispatchEvent(new Event('change', { bubbles: true }));
  await (await paymentForm(checkout)).updateComplete;
}

/**
 * Types a card into the checkout's card frame with the real keyboard (the frame is cross-origin:
 * see support/card-frame.ts) and waits until the card element has heard every change.
 */
export async function fillCard(checkout: XPayCheckout, number = '4242424242424242', expiry = '12 / 34', cvc = '123'): Promise<void> {
  const card = await cardInput(checkout);
  await cardFrameReady(card);
  await typeCardDetails(card, { number, expiry, cvc });
}

export async function payButton(checkout: XPayCheckout): Promise<HTMLButtonElement> {
  return shadow(await paymentForm(checkout)).querySelector<HTMLButtonElement>('[part="pay-button"]')!;
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
