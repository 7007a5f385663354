import { expect, fixtureCleanup } from '@open-wc/testing';
import { CheckoutHarness } from '../support/checkout.js';
import { cardInput } from '../support/form.js';
import { createSession, retrieveSession } from '../support/sandbox.js';

describe('card frame inside <xpay-checkout>', () => {
  let harness: CheckoutHarness | null = null;
  afterEach(() => {
    harness?.remove();
    harness = null;
    fixtureCleanup();
  });

  it('pays with a card typed into the frame: the page only ever sends the token', async () => {
    const session = await createSession();
    const sent: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      sent.push(`${String(input)} ${String(init?.body ?? '')}`);
      return realFetch(input, init);
    };
    try {
      harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
      await harness.state('open');
      await harness.fill('customerDetails.email', 'jane@example.com');
      await harness.fillCard();
      expect((await cardInput(harness.element)).state.complete).to.equal(true);
      await harness.pay();
      await harness.state('complete', 15000);
    } finally {
      window.fetch = realFetch;
    }
    const paid = await retrieveSession(session.id);
    expect(paid.status).to.equal('complete');
    const confirms = sent.filter((line) => line.includes('/client/confirm'));
    expect(confirms.length).to.be.greaterThan(0);
    for (const line of sent) expect(line, 'no card number leaves the page').not.to.include('4242424242424242');
    expect(confirms[0]).to.match(/"paymentMethod":\{"type":"card","id":"pm_/);
  });
});
