// The demo shop as a phone shows it, with the widget mounted by shop.js through
// XPayCheckout.initEmbeddedCheckout (demo-support.ts runs the shop's own page and script).
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { XPayCheckout } from '../../src/index.js';
import { waitForState } from '../support/checkout.js';
import { openDemoPage, runShopScript, standInForShopServer, type ShopServer } from './demo-support.js';
import { overflowing, pageOverflow, payButtonInView, settled } from './layout-support.js';

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
  let shopServer!: ShopServer;
  before(async () => {
    shopServer = standInForShopServer(new Promise((resolve) => (sendConfig = resolve)));
    cleanups.push(await openDemoPage(), shopServer.restore);
    runShopScript();
  });
  after(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    document.querySelector('#checkout-container xpay-checkout')?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps a Checkout press made before the shop has its config', async () => {
    // shop.js has run and asked for its config; the answer is not in yet.
    await waitUntil(() => shopServer.configAsked, 'shop.js never asked for its config');
    const element = await checkout(() => sendConfig());
    expect(element.getAttribute('state')).to.equal('open');
  });

  it('brings the checkout into view when Checkout is pressed, far below it on a phone', async () => {
    await setViewport({ width: 360, height: 700 });
    scrollTo(0, 0);
    const area = document.querySelector('.checkout-area')!;
    expect(area.getBoundingClientRect().top, 'below the fold before the press').to.be.above(innerHeight);
    await checkout();
    const top = area.getBoundingClientRect().top;
    expect(Math.abs(top) <= 1, `the checkout area starts at ${top} px, not at the top of the screen`).to.equal(true);
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
