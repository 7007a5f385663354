import type { XPayCheckout } from '../../src/index.js';
import { shadow } from './checkout.js';

/** The payment form inside a rendered checkout. */
export async function paymentForm(checkout: XPayCheckout) {
  const form = shadow(checkout).querySelector('xpay-payment-form');
  if (!form) throw new Error('no payment form rendered');
  await form.updateComplete;
  return form;
}

export async function cardInput(checkout: XPayCheckout) {
  const form = await paymentForm(checkout);
  const card = shadow(form).querySelector('xpay-card-input');
  if (!card) throw new Error('no card entry rendered');
  await card.updateComplete;
  return card;
}

/** Finds an input by its confirm-body name in the form or in the card entry. */
export async function field(checkout: XPayCheckout, name: string): Promise<HTMLInputElement | HTMLSelectElement> {
  const form = await paymentForm(checkout);
  const roots: ShadowRoot[] = [shadow(form)];
  const card = shadow(form).querySelector('xpay-card-input');
  if (card) roots.push(shadow(card));
  for (const root of roots) {
    const found = root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (found) return found;
  }
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

export async function fillCard(checkout: XPayCheckout, number = '4242424242424242', expiry = '12 / 34', cvc = '123'): Promise<void> {
  await fill(checkout, 'paymentMethod.card.number', number);
  await fill(checkout, 'paymentMethod.card.expiry', expiry);
  await fill(checkout, 'paymentMethod.card.cvc', cvc);
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
