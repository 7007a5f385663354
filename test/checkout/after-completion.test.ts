import { expect } from '@open-wc/testing';
import { AfterCompletionController } from '../../src/controllers/after-completion-controller.js';
import { REDIRECT_DELAY_SECONDS } from '../../src/lib/after-completion.js';
import { CheckoutHarness } from '../support/checkout.js';
import { FakeClock } from '../support/fake-clock.js';
import { createSession } from '../support/sandbox.js';
import { text } from './local-flows.js';

/** What follows a completed payment (`afterCompletion`, issue 12). */
describe('<xpay-checkout> after completion', () => {
  let harness: CheckoutHarness | null = null;
  let clock: FakeClock;
  const pageTimers = AfterCompletionController.timers;
  beforeEach(() => {
    clock = new FakeClock();
    AfterCompletionController.timers = clock;
  });
  afterEach(() => {
    AfterCompletionController.timers = pageTimers;
    harness?.remove();
  });

  async function pay(afterCompletion: unknown) {
    const session = await createSession({ merchantName: 'Nile Books', afterCompletion });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    const navigations: string[] = [];
    (harness.element as unknown as { navigateTop: (url: string) => void }).navigateTop = (url) => navigations.push(url);
    await harness.state('open');
    await harness.fill('customerDetails.email', 'mona@example.com');
    await harness.fillCard();
    await harness.pay();
    await harness.state('complete');
    return { session, navigations, receipt: harness.root.querySelector<HTMLElement>('[part~="notice-complete"]')! };
  }

  it("shows the merchant's message as text", async () => {
    const { receipt, navigations } = await pay({ type: 'hosted_confirmation', hostedConfirmation: { customMessage: 'Your books ship <b>tomorrow</b>.' } });
    expect(text(receipt.querySelector('.receipt-message'))).to.equal('Your books ship <b>tomorrow</b>.');
    expect(receipt.querySelector('b')).to.equal(null);
    clock.tick(60_000);
    expect(navigations).to.deep.equal([]);
  });

  it('announces the redirect, offers to go now, and goes after the delay with the session id filled in', async () => {
    const { session, receipt, navigations } = await pay({ type: 'redirect', redirect: { url: 'https://shop.example/thanks?cs={CHECKOUT_SESSION_ID}' } });
    const target = `https://shop.example/thanks?cs=${session.id}`;
    expect(receipt.getAttribute('role')).to.equal('status');
    expect(text(receipt.querySelector('.receipt-redirect'))).to.equal(`Taking you back to Nile Books in ${REDIRECT_DELAY_SECONDS} seconds. Continue now`);
    expect(receipt.querySelector<HTMLAnchorElement>('.receipt-redirect a')!.href).to.equal(target);
    clock.tick(REDIRECT_DELAY_SECONDS * 1000 - 1);
    expect(navigations).to.deep.equal([]);
    clock.tick(1);
    expect(navigations).to.deep.equal([target]);
  });
});
