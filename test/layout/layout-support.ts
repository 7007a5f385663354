// What the layout tests share: the widget's elements through every shadow root, what sticks out
// of its box, a session with every field, and load answers with provider strings swapped in.
import { waitUntil } from '@open-wc/testing';
import type { XPayCheckout } from '../../src/index.js';
import { shadow } from '../support/checkout.js';
import { payButton } from '../support/form.js';
import { testEnv } from '../support/sandbox.js';

/** A session that asks for everything the form can show, in the demo shop's currency. */
export const FULL_SESSION = Object.freeze({
  merchantName: 'Nile Goods',
  lineItems: [
    { price: { unitAmount: 100000, productName: 'Hand-thrown coffee cup' }, quantity: 1, adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } },
    { price: { unitAmount: 15000, productName: 'Gift wrapping' }, quantity: 1 },
  ],
  nameCollection: true,
  phoneNumberCollection: true,
  billingAddressCollection: true,
  shippingAddressCollection: true,
  allowPromotionCodes: true,
  paymentMethodTypes: ['card', 'valu', 'wallet'],
  customFields: [
    { key: 'order_note', label: 'Note for the courier', type: 'TEXT', isOptional: true, maxCharacters: 120 },
    { key: 'national_id', label: 'National ID', type: 'NUMERIC', minCharacters: 14, maxCharacters: 14 },
    { key: 'delivery_slot', label: 'Delivery slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Morning', value: 'morning' }, { label: 'Evening', value: 'evening' }] },
  ],
  shippingAmount: 5000,
  taxRate: 14,
});

/** Every element under `root`, descending into each shadow root on the way. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

export function rootOf(element: XPayCheckout): HTMLElement {
  const root = shadow(element).querySelector<HTMLElement>('.root');
  if (!root) throw new Error('no .root rendered');
  return root;
}

function nameOf(element: Element, rect: DOMRect): string {
  const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  return `${element.localName}${element.id ? `#${element.id}` : ''}${classes} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`;
}

/**
 * What sticks out of the widget's box sideways: the root scrolling, or any rendered element
 * (through every shadow root) reaching past its inline edges. Screen-reader-only text is a 1px
 * clip by design and is left out. Empty when everything fits.
 */
export function overflowing(element: XPayCheckout): string[] {
  const root = rootOf(element);
  const box = root.getBoundingClientRect();
  const found: string[] = [];
  if (root.scrollWidth > root.clientWidth) found.push(`the root scrolls: ${root.scrollWidth} in ${root.clientWidth}`);
  for (const child of deepElements(shadow(element))) {
    if (child.closest('.visually-hidden')) continue;
    const rect = child.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) found.push(nameOf(child, rect));
  }
  return found.length ? [`root [${Math.round(box.left)}, ${Math.round(box.right)}]`, ...found.slice(0, 8)] : [];
}

/** Whether the page scrolls sideways. */
export function pageOverflow(): number {
  return document.documentElement.scrollWidth - innerWidth;
}

/** Scrolls the pay button into view and tells whether all of it is inside the viewport. */
export async function payButtonInView(element: XPayCheckout): Promise<{ inside: boolean; rect: DOMRect }> {
  const button = await payButton(element);
  button.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = button.getBoundingClientRect();
  return { inside: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight && rect.width > 0, rect };
}

/** Two frames: whatever a resize or a render set in motion has been laid out. */
export function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * The sandbox keeps provider strings short (a merchant name of 100 characters at most, fixed
 * method names and codes), a real provider may not: this rewrites each answer to the session's
 * client load (the first load and every poll) with `patch`, headers kept, so the widget renders
 * strings of any length through its real load path. Returns the restore function.
 */
export function rewriteSessionLoads(sessionId: string, patch: (session: Record<string, any>) => void): () => void {
  const original = window.fetch;
  const load = `${testEnv.apiBase}/checkout/sessions/${sessionId}/client`;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url !== load || !response.ok) return response;
    const body = await response.json();
    patch(body);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
  };
  return () => void (window.fetch = original);
}

/** Opens the promotion-code entry, so its input and Apply button are part of the layout. */
export async function openPromoEntry(element: XPayCheckout): Promise<void> {
  const promo = shadow(element).querySelector('xpay-promo-code');
  const disclosure = promo && shadow(promo).querySelector<HTMLButtonElement>('.disclosure');
  if (!promo || !disclosure) throw new Error('no promotion-code entry rendered');
  disclosure.click();
  await waitUntil(() => !shadow(promo).querySelector<HTMLElement>('#promo-field')!.hidden, 'the promotion-code field never opened');
}
