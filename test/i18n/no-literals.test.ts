import { expect, fixtureCleanup } from '@open-wc/testing';
import type { XPayCheckout } from '../../src/index.js';
import { mountCheckout, waitForState } from '../support/checkout.js';
import { payButton } from '../support/form.js';
import { createSession, expireSession } from '../support/sandbox.js';
import { sleep } from '../support/spies.js';

/** Every text node and every text-bearing attribute, across all shadow roots. */
function visibleText(root: Node, out: string[] = []): string[] {
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && !['STYLE', 'SCRIPT'].includes(parent.tagName)) out.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext']) {
        const value = node.getAttribute(attribute);
        if (value) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * With the pseudo-locale every catalog string is bracketed (⟦…⟧). What is left after removing
 * those and the session's own data (names, labels, amounts) must have no letters at all.
 */
function literalsIn(element: XPayCheckout, data: string[]): string[] {
  const known = [...data].sort((a, b) => b.length - a.length);
  return visibleText(element)
    .map((text) => {
      // Catalog strings can nest (a translated label inside "{label} (optional)"): innermost first.
      let rest = text;
      while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      for (const value of known) rest = rest.split(value).join(' ');
      // Money and codes: currency codes and symbols come from Intl, not from us.
      return rest.replace(/\b[A-Z]{3}\b/g, ' ').trim();
    })
    .filter((rest) => /\p{L}/u.test(rest));
}

const data = ['Literal Shop', 'Espresso cup', 'Saucer', 'Gift note', 'Slot', 'Morning', 'Evening', 'Card', 'valU installments', 'Mobile wallet', 'VISA'];

describe('no UI literal outside the catalogs', () => {
  afterEach(() => fixtureCleanup());

  it('open (every section, every extra), processing, expired and error states', async () => {
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    const countries = ['EG', 'SA', 'AE', 'KW', 'QA', 'BH', 'OM', 'JO', 'MA', 'US', 'GB', 'CA', 'DE', 'FR', 'IT', 'ES', 'NL', 'AT', 'AU', 'BD', 'BE', 'CH', 'DZ', 'IN', 'IQ', 'LB', 'PK', 'PT', 'SE', 'TN', 'TR', 'BR'].map((code) => regionNames.of(code)!);
    const session = await createSession({
      locale: 'en-XA',
      merchantName: 'Literal Shop',
      nameCollection: true,
      phoneNumberCollection: true,
      billingAddressCollection: true,
      shippingAddressCollection: true,
      allowPromotionCodes: true,
      paymentMethodTypes: ['card', 'valu', 'wallet'],
      lineItems: [
        { price: { unitAmount: 60000, productName: 'Espresso cup' }, quantity: 2, adjustableQuantity: { enabled: true, minimum: 1, maximum: 5 } },
        { price: { unitAmount: 10000, productName: 'Saucer' }, quantity: 1 },
      ],
      customFields: [
        { key: 'note', label: 'Gift note', type: 'TEXT', isOptional: true, maxCharacters: 40 },
        { key: 'slot', label: 'Slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Morning', value: 'am' }, { label: 'Evening', value: 'pm' }] },
      ],
      expiresAfterMinutes: 1.5,
    });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await sleep(100);
    const allowed = [...data, ...countries];
    expect(literalsIn(element, allowed)).to.deep.equal([]);

    (await payButton(element)).click();
    await sleep(100);
    expect(literalsIn(element, allowed), 'with every validation message shown').to.deep.equal([]);

    await expireSession(session.id);
    await waitForState(element, 'expired');
    expect(literalsIn(element, allowed)).to.deep.equal([]);
  });

  it('loading and error states', async () => {
    const element = await mountCheckout({ clientSecret: 'cs_test_missing_secret_x', locale: 'en-XA' });
    expect(literalsIn(element, [])).to.deep.equal([]);
    await waitForState(element, 'error');
    expect(literalsIn(element, [])).to.deep.equal([]);
  });
});
