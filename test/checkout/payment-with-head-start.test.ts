import { expect, waitUntil } from '@open-wc/testing';
import { initEmbeddedCheckout, type EmbeddedCheckout } from '../../src/index.js';
import { waitForState } from '../support/checkout.js';
import { createSession, expireSession, testEnv } from '../support/sandbox.js';

// A page of its own, and the expired case first: once loaded, the payment code stays loaded.
describe('payment code with the head start (issue 13)', () => {
  const checkouts: EmbeddedCheckout[] = [];
  afterEach(() => {
    for (const checkout of checkouts.splice(0)) checkout.destroy();
    document.querySelectorAll('body > .host').forEach((element) => element.remove());
  });

  const paymentLoaded = () => customElements.get('xpay-payment-form') !== undefined;

  it('is never fetched for a session that answers expired', async () => {
    const session = await createSession();
    await expireSession(session.id);
    const checkout = await initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret });
    checkouts.push(checkout);
    const host = Object.assign(document.createElement('div'), { className: 'host' });
    document.body.append(host);
    checkout.mount(host);
    await waitForState(host.querySelector('xpay-checkout')!, 'expired');
    expect(paymentLoaded()).to.equal(false);
  });

  it('starts loading once the session answers open, before any element is mounted', async () => {
    const session = await createSession();
    checkouts.push(await initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret }));
    expect(document.querySelector('xpay-checkout') === null).to.equal(true);
    await waitUntil(paymentLoaded, 'the payment form defined without a mounted checkout', { timeout: 8000 });
  });
});
