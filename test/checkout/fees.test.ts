import { expect, waitUntil } from '@open-wc/testing';
import { CheckoutHarness } from '../support/checkout.js';
import { payButton } from '../support/form.js';
import { createSession, retrieveSession } from '../support/sandbox.js';
import { chooseMethod, LOCAL_METHODS, paymentAlert, summaryRows, text, waitForRow } from './local-flows.js';

/**
 * Fees passed through to the customer (issue 12): the provider prices them for the method and
 * the card; the widget shows them as their own lines and never charges a total it did not show.
 */
describe('<xpay-checkout> fees', () => {
  let harness: CheckoutHarness | null = null;
  afterEach(() => harness?.remove());

  const feeConfig = { feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14 };

  async function open(params: Record<string, unknown> = {}) {
    const session = await createSession({ feeConfig, paymentMethodTypes: LOCAL_METHODS, phoneNumberCollection: true, ...params });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    return session;
  }

  it('shows the card fee and the VAT on it as their own lines, and the total follows the chosen method', async () => {
    await open();
    const h = harness!;
    expect(summaryRows(h)).to.include({ 'Card fee': 'EGP 50.00', 'VAT on the fee': 'EGP 7.00', 'Total due': 'EGP 2,057.00' });
    await chooseMethod(h, 'valu');
    await waitForRow(h, 'valU fee', 'EGP 60.00');
    expect(summaryRows(h)).to.include({ 'VAT on the fee': 'EGP 8.40', 'Total due': 'EGP 2,068.40' });
    expect(summaryRows(h)).not.to.have.property('Card fee');
    expect(text(await payButton(h.element))).to.equal('Pay EGP 2,068.40');
    await chooseMethod(h, 'fawry');
    await waitForRow(h, 'Fawry fee', 'EGP 5.00');
    await chooseMethod(h, 'card');
    await waitForRow(h, 'Card fee', 'EGP 50.00');
  });

  it('stops when an international card raises the fee, says why, and the next press pays the total shown', async () => {
    const session = await open();
    const h = harness!;
    await h.fill('customerDetails.email', 'omar@example.com');
    await h.fill('customerDetails.phone', '1012345678');
    await h.fillCard('4000008260000000');
    await h.pay();
    const alert = await paymentAlert(h);
    await waitForRow(h, 'International card fee', 'EGP 90.00');
    expect(summaryRows(h)).to.include({ 'VAT on the fee': 'EGP 12.60', 'Total due': 'EGP 2,102.60' });
    expect(text(alert)).to.equal('The total is now EGP 2,102.60 (International card fee: EGP 90.00). Check it, then press pay again.');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(h.details('xpay-error').map((detail) => detail.code)).to.deep.equal(['amount_changed']);
    expect(h.details('xpay-complete')).to.have.length(0);
    expect((await retrieveSession(session.id)).paymentIntent?.amountReceived ?? 0, 'nothing charged').to.equal(0);
    expect(text(await payButton(h.element))).to.equal('Pay EGP 2,102.60');

    await h.pay();
    await h.state('complete');
    const paid = await retrieveSession(session.id);
    expect(paid.amountTotal).to.equal(210260);
    expect(paid.paymentIntent!.amountReceived).to.equal(210260);
  });

  it('prices a recognised brand as soon as the number shows it', async () => {
    await open();
    const h = harness!;
    // Amex costs a point more than the domestic card rate.
    await h.fillCard('378282246310005', '12 / 34', '1234');
    await waitForRow(h, 'Card fee', 'EGP 70.00');
    await waitUntil(() => summaryRows(h)['Total due'] === 'EGP 2,079.80', 'the total did not follow the brand');
  });
});
