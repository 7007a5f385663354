// The demo shop as a phone shows it: its own page (demo/public/index.html), stylesheet and script,
// run unchanged, with the widget mounted by shop.js through XPayCheckout.initEmbeddedCheckout.
// Only the shop's server is stood in for, by answering its two endpoints the way
// demo/server.mjs does (the merchant's create call against the test sandbox), and the script
// tag's global is the source build's module, which is what the tag loads.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import * as widget from '../../src/index.js';
import type { XPayCheckout } from '../../src/index.js';
import { waitForState } from '../support/checkout.js';
import { createSession, testEnv } from '../support/sandbox.js';
import { overflowing, pageOverflow, payButtonInView, settled } from './layout-support.js';

const DEMO = '/demo/public/';

/** The demo's body and stylesheet in this page, as the demo server would serve them. */
async function openDemoPage(): Promise<() => void> {
  const markup = new DOMParser().parseFromString(await (await fetch(`${DEMO}index.html`)).text(), 'text/html');
  const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${DEMO}shop.css` });
  const loaded = new Promise((resolve, reject) => {
    stylesheet.addEventListener('load', resolve);
    stylesheet.addEventListener('error', reject);
  });
  document.head.append(stylesheet);
  await loaded;
  const nodes = [...markup.body.children];
  document.body.append(...nodes);
  return () => {
    for (const node of nodes) node.remove();
    stylesheet.remove();
  };
}

let configAsked = false;

/** The shop server's endpoints that shop.js calls, its config once `configSent`; everything else goes to the network. */
function standInForShopServer(configSent: Promise<void>): () => void {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin === location.origin && url.pathname === '/config.json') {
      configAsked = true;
      await configSent;
      return Response.json({ apiBase: testEnv.apiBase });
    }
    if (url.origin === location.origin && url.pathname === '/shop/create-session') {
      const params = JSON.parse(String(init?.body ?? '{}'));
      const session = await createSession({ ...params, uiMode: 'embedded', returnUrl: `${location.origin}/?session_id={CHECKOUT_SESSION_ID}`, cancelUrl: `${location.origin}/` });
      return Response.json({ clientSecret: session.clientSecret, sessionId: session.id });
    }
    return original(input, init);
  };
  return () => void (window.fetch = original);
}

/** Presses the shop's Checkout button (then runs `afterPress`) and waits for the widget shop.js mounts to be open. */
async function checkout(afterPress?: () => void): Promise<XPayCheckout> {
  const logged = document.querySelectorAll('#log li').length;
  document.querySelector<HTMLButtonElement>('#checkout')!.click();
  afterPress?.();
  // shop.js logs `ready` with the session id: a long unbroken line, which the log must wrap.
  await waitUntil(() => document.querySelectorAll('#log li').length > logged, 'the demo never logged ready', { timeout: 10000 });
  const element = document.querySelector<XPayCheckout>('#checkout-container xpay-checkout')!;
  await waitForState(element, 'open');
  return element;
}

async function expectFits(element: XPayCheckout, at: string): Promise<void> {
  await settled();
  expect(pageOverflow(), `${at}: the demo page does not scroll sideways`).to.be.at.most(0);
  expect(element.getBoundingClientRect().right, `${at}: the widget ends inside the viewport`).to.be.at.most(innerWidth);
  expect(overflowing(element), `${at}: nothing sticks out of the widget`).to.deep.equal([]);
  const pay = await payButtonInView(element);
  expect(pay.inside, `${at}: the pay button is wholly in view`).to.equal(true);
}

describe('layout: the demo shop on a phone', () => {
  const cleanups: (() => void)[] = [];

  let sendConfig!: () => void;
  before(async () => {
    cleanups.push(await openDemoPage(), standInForShopServer(new Promise((resolve) => (sendConfig = resolve))));
    Object.assign(window, { XPayCheckout: widget });
    void import(`${DEMO}shop.js`);
  });
  after(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    document.querySelector('#checkout-container xpay-checkout')?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps a Checkout press made before the shop has its config', async () => {
    // shop.js has run and asked for its config; the answer is not in yet.
    await waitUntil(() => configAsked, 'shop.js never asked for its config');
    const element = await checkout(() => sendConfig());
    expect(element.getAttribute('state')).to.equal('open');
  });

  for (const locale of ['en', 'ar']) {
    it(`fits 320 and 360 px with the widget open, every field asked for (${locale})`, async function () {
      this.timeout(30000);
      await setViewport({ width: 320, height: 700 });
      const options = document.querySelector<HTMLFormElement>('#options')!;
      options.querySelector<HTMLSelectElement>('[name="locale"]')!.value = locale;
      for (const box of options.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = true;
      const element = await checkout();
      for (const width of [320, 360]) {
        await setViewport({ width, height: 700 });
        await expectFits(element, `${locale}, ${width} px`);
      }
    });
  }
});
