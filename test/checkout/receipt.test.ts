import { expect } from '@open-wc/testing';
import { CheckoutHarness } from '../support/checkout.js';
import { createSession, merchantRequest } from '../support/sandbox.js';

/** The completed state reads like a receipt: what was paid, with what, and where the receipt goes. */
describe('<xpay-checkout> receipt', () => {
  let harness: CheckoutHarness | null = null;
  afterEach(() => harness?.remove());

  async function payAndRead(params: Record<string, unknown> = {}) {
    const session = await createSession({ merchantName: 'Nile Books', ...params });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    await harness.fill('customerDetails.email', 'layla@example.com');
    await harness.fillCard('5555555555554444');
    await harness.pay();
    await harness.state('complete');
    const receipt = harness.root.querySelector<HTMLElement>('[part~="notice-complete"]')!;
    const lines = Object.fromEntries(
      [...receipt.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]),
    );
    return { session, receipt, lines };
  }

  it('shows a check mark, the amount paid, the card brand and last four, and the receipt email', async () => {
    const { receipt, lines } = await payAndRead();
    expect(receipt.querySelector('svg[aria-hidden="true"]'), 'a check mark').to.exist;
    expect(receipt.getAttribute('role')).to.equal('status');
    expect(lines).to.deep.equal({ 'Amount paid': 'EGP 2,000.00', 'Paid with': 'Mastercard ending in 4444' });
    expect(receipt.textContent).to.contain('A receipt is on its way to layla@example.com.');
    await expect(harness!.element).to.be.accessible();
  });

  it('a session loaded already complete shows the same receipt from the provider’s record', async () => {
    const { session } = await payAndRead();
    harness!.remove();
    const retrieved = await merchantRequest('GET', `/checkout/sessions/${session.id}`);
    expect(retrieved.body.status).to.equal('complete');
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('complete');
    const receipt = harness.root.querySelector<HTMLElement>('[part~="notice-complete"]')!;
    expect(receipt.textContent).to.contain('Mastercard ending in 4444');
    expect(receipt.textContent).to.contain('layla@example.com');
  });
});
