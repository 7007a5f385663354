// The whole checkout: what assistive technology hears, and where focus goes, when the customer
// applies and removes a promotion code (after a quantity change, whose own announcement stays put).
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { deepActiveElement } from '../support/form.js';
import { createSession } from '../support/sandbox.js';

const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function shadowRoots(node: ParentNode, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const element of node.querySelectorAll('*')) {
    if (element.shadowRoot) {
      found.push(element.shadowRoot);
      shadowRoots(element.shadowRoot, found);
    }
  }
  return found;
}

/** Every text a live region takes on from now on, across every shadow root of the widget. */
function recordLiveRegions(host: Element) {
  const said: string[] = [];
  const last = new Map<Element, string>();
  const read = (record: boolean) => {
    for (const root of shadowRoots(host.parentNode!)) {
      for (const region of root.querySelectorAll('[role="status"], [role="alert"], [aria-live]')) {
        const text = normalize(region.textContent ?? '');
        if (record && text && text !== last.get(region)) said.push(text);
        last.set(region, text);
      }
    }
  };
  read(false);
  const observer = new MutationObserver(() => read(true));
  for (const root of shadowRoots(host.parentNode!)) observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('promotion code: one announcement of the new total, focus on something meaningful', () => {
  afterEach(() => fixtureCleanup());

  it('applied by keyboard: the total is said once and focus is on Remove; removed: said once, focus back on Add', async () => {
    const session = await createSession({
      allowPromotionCodes: true,
      lineItems: [{ price: { unitAmount: 50000, productName: 'Lamp' }, quantity: 1, adjustableQuantity: { enabled: true, minimum: 1, maximum: 5 } }],
    });
    const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'en' });
    await waitForState(element, 'open');
    const summary = shadow(element).querySelector('xpay-order-summary')!;
    const stepper = shadow(summary).querySelector('xpay-quantity-stepper')!;
    const promo = shadow(element).querySelector('xpay-promo-code')!;
    const promoRoot = shadow(promo);

    // A quantity change first: the root's own announcement, which applying a code must leave alone.
    shadow(stepper).querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => normalize(shadow(element).textContent ?? '').includes('Quantity updated. New total: EGP 1,000.00.'), 'the quantity announcement', { timeout: 5000 });

    const live = recordLiveRegions(element);
    promoRoot.querySelector<HTMLButtonElement>('.disclosure')!.focus();
    await sendKeys({ press: 'Enter' });
    await promo.updateComplete;
    await sendKeys({ type: 'welcome10' });
    await sendKeys({ press: 'Enter' });
    const remove = () => promoRoot.querySelector<HTMLButtonElement>('.remove');
    await waitUntil(() => remove() && deepActiveElement() === remove(), 'focus on the Remove button', { timeout: 5000 });
    await element.updateComplete;
    expect(live.said.filter((text) => text.includes('EGP 900.00'))).to.deep.equal(['Promotion code WELCOME10 applied. New total: EGP 900.00.']);
    expect(remove()!.getAttribute('aria-label')).to.equal('Remove promotion code WELCOME10');

    await sendKeys({ press: 'Enter' });
    const disclosure = () => promoRoot.querySelector<HTMLButtonElement>('.disclosure');
    await waitUntil(() => disclosure() && deepActiveElement() === disclosure(), 'focus back on Add promotion code', { timeout: 5000 });
    await element.updateComplete;
    live.stop();
    expect(live.said.filter((text) => text.includes('EGP 1,000.00'))).to.deep.equal(['Promotion code removed. New total: EGP 1,000.00.']);
    expect(live.said).to.have.length(2);
  });
});
