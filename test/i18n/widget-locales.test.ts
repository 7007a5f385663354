import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { XPayCheckout } from '../../src/index.js';
import { browserLocales, resolve } from '../../src/i18n/catalogs.js';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { readFrameState } from '../support/card-frame.js';
import { field, fill, fillCard, payButton, paymentForm } from '../support/form.js';
import { createSession, retrieveSession, testEnv } from '../support/sandbox.js';

const root = (element: XPayCheckout) => shadow(element).querySelector<HTMLElement>('.root')!;
const direction = (node: Element) => getComputedStyle(node).direction;

describe('<xpay-checkout> languages', () => {
  afterEach(() => fixtureCleanup());

  for (const tag of ['ar', 'he', 'fa', 'ur']) {
    it(`${tag} lays out right-to-left with card, phone and email inputs left-to-right`, async () => {
      const session = await createSession({ locale: tag, phoneNumberCollection: true, nameCollection: true });
      const element = await mountCheckout({ clientSecret: session.clientSecret });
      await waitForState(element, 'open');
      expect(root(element).getAttribute('dir')).to.equal('rtl');
      expect(root(element).getAttribute('lang')).to.equal(tag);
      expect(direction(root(element))).to.equal('rtl');
      expect(direction(await field(element, 'customerDetails.name'))).to.equal('rtl');
      for (const name of ['customerDetails.email', 'customerDetails.phoneCallingCode', 'customerDetails.phone']) {
        expect(direction(await field(element, name)), name).to.equal('ltr');
      }
      // The card frame speaks the page's language and direction; its digits stay left-to-right.
      const frame = await readFrameState();
      expect(frame.lang).to.equal(tag);
      expect(frame.dir).to.equal('rtl');
      for (const part of ['number', 'expiry', 'cvc'] as const) expect(frame.fields[part].direction, part).to.equal('ltr');
      // Logical properties: the summary column sits on the right in RTL.
      const summary = shadow(element).querySelector('xpay-order-summary')!.getBoundingClientRect();
      const form = (await paymentForm(element)).getBoundingClientRect();
      if (summary.top === form.top) expect(summary.left).to.be.greaterThan(form.left);
      await expect(element).to.be.accessible();
    });
  }

  it('two widgets with different locales share one page', async () => {
    const german = await createSession({ locale: 'de' });
    const arabic = await createSession({ locale: 'ar' });
    const first = await mountCheckout({ clientSecret: german.clientSecret });
    const second = await mountCheckout({ clientSecret: arabic.clientSecret });
    await waitForState(first, 'open');
    await waitForState(second, 'open');
    expect(root(first).getAttribute('lang')).to.equal('de');
    expect(root(second).getAttribute('lang')).to.equal('ar');
    expect((await payButton(first)).textContent).to.match(/zahlungspflichtig|bezahlen|zahlen/i);
    expect((await payButton(second)).textContent).to.match(/[\u0600-\u06ff]/);
    expect(direction(root(first))).to.equal('ltr');
    expect(direction(root(second))).to.equal('rtl');
  });

  it('the locale attribute overrides the session and "auto" follows the browser', async () => {
    const session = await createSession({ locale: 'de' });
    const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'fr' });
    await waitForState(element, 'open');
    expect(root(element).getAttribute('lang')).to.equal('fr');
    element.locale = 'auto';
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root(element).getAttribute('lang')).to.equal(resolve(browserLocales()).catalog);
    expect(root(element).getAttribute('lang')).to.not.equal('fr');
  });

  it('requests a locale chunk only when needed, and renders nothing half-translated', async () => {
    // Observed live: the page's resource-timing buffer may already be full from earlier tests.
    const catalogs: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (/\/locales\/[\w-]+\.(js|ts)/.test(entry.name)) catalogs.push(entry.name);
    });
    observer.observe({ type: 'resource' });
    try {
      const english = await createSession({ locale: 'en' });
      const first = await mountCheckout({ clientSecret: english.clientSecret });
      await waitForState(first, 'open');
      const swedish = await createSession({ locale: 'sv' });
      const element = document.createElement('xpay-checkout');
      let firstOpenText = '';
      element.addEventListener('xpay-ready', async () => {
        firstOpenText = (await payButton(element)).textContent!;
      });
      Object.assign(element, { clientSecret: swedish.clientSecret, apiBase: testEnv.apiBase });
      document.body.append(element);
      await waitForState(element, 'open');
      await waitUntil(() => firstOpenText !== '');
      await waitUntil(() => catalogs.length > 0, 'the Swedish catalog is fetched');
      expect(catalogs).to.have.length(1);
      expect(catalogs[0]).to.match(/\/locales\/sv\.(js|ts)/);
      expect(firstOpenText).to.match(/Betala/);
      element.remove();
    } finally {
      observer.disconnect();
    }
  });

  it('Arabic-Indic digits typed into the card number reach the sandbox as Latin digits', async () => {
    const session = await createSession({ locale: 'ar' });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'digits@example.com');
    await fillCard(element, '٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢', '١٢٣٤', '١٢٣');
    expect((await readFrameState()).fields.number.value).to.equal('4242 4242 4242 4242');
    (await payButton(element)).click();
    await waitForState(element, 'complete', 15000);
    const stored = await retrieveSession(session.id);
    expect(stored.status).to.equal('complete');
    expect(stored.paymentIntent!.charges[0].paymentMethodDetails.card?.last4).to.equal('4242');
  });
});
