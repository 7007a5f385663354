// The demo shop's page after a completed checkout sent the customer back (afterCompletion
// redirect to `/?paid={CHECKOUT_SESSION_ID}`): the shop asks its server how the session ended
// and says so. Its own file: shop.js reads the page's URL once, as it runs.
import { expect, waitUntil } from '@open-wc/testing';
import { confirm, confirmBody, createSession } from '../support/sandbox.js';
import { openDemoPage, runShopScript, standInForShopServer } from './demo-support.js';

describe('the demo shop, back after paying', () => {
  const cleanups: (() => void)[] = [];
  after(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    history.replaceState(null, '', location.pathname);
  });

  it('thanks the customer with the amount the provider confirms, and logs the outcome', async () => {
    const session = await createSession({ currency: 'EGP', lineItems: [{ price: { unitAmount: 136100, productName: 'Cup' }, quantity: 1 }] });
    const paid = await confirm(session, await confirmBody(session));
    expect(paid.status).to.equal(200);
    history.replaceState(null, '', `${location.pathname}?paid=${encodeURIComponent(session.id)}`);
    const shopServer = standInForShopServer();
    cleanups.push(await openDemoPage(), shopServer.restore);
    runShopScript();
    const status = document.querySelector('#status')!;
    await waitUntil(() => status.textContent!.startsWith('Paid'), `the shop said "${status.textContent}"`, { timeout: 10000 });
    expect(status.textContent!.replace(/\s+/g, ' ')).to.equal('Paid EGP 1,361.00. Thank you! Your order ships within two days.');
    expect(document.querySelector('#log li')!.textContent).to.include(session.id);
  });
});
