import { expect } from '@open-wc/testing';
import { CheckoutHarness } from '../support/checkout.js';
import { field } from '../support/form.js';
import { createSession, retrieveSession } from '../support/sandbox.js';

/** What the provider knows of the customer (`customer`) fills the form in; the customer can still change it (issue 12). */
describe('<xpay-checkout> customer prefill', () => {
  let harness: CheckoutHarness | null = null;
  afterEach(() => harness?.remove());

  it('prefills from the session’s customer, keeps a separate shipping address apart, and sends what the customer changed', async () => {
    const session = await createSession({
      nameCollection: true,
      phoneNumberCollection: true,
      billingAddressCollection: true,
      shippingAddressCollection: true,
      customer: {
        name: 'Hana Youssef',
        email: 'hana@example.com',
        phone: '+201012345678',
        address: { line1: '12 Tahrir St', city: 'Cairo', country: 'EG' },
        shipping: { name: 'Hana Youssef', address: { line1: '3 Corniche Rd', city: 'Alexandria', country: 'EG' } },
      },
    });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    const value = async (name: string) => ((await field(harness!.element, name)) as HTMLInputElement).value;
    expect(await value('customerDetails.email')).to.equal('hana@example.com');
    expect(await value('customerDetails.name')).to.equal('Hana Youssef');
    expect(await value('customerDetails.phone')).to.equal('1012345678');
    expect(await value('customerDetails.billingDetails.address.line1')).to.equal('12 Tahrir St');
    // Shipping goes elsewhere, so "same as billing" starts unticked, showing the known address.
    expect(await value('customerDetails.shipping.address.line1')).to.equal('3 Corniche Rd');

    await harness.fill('customerDetails.email', 'hana.y@example.com');
    await harness.fillCard();
    await harness.pay();
    await harness.state('complete');
    const paid = await retrieveSession(session.id);
    expect(paid.customerDetails?.email).to.equal('hana.y@example.com');
    expect(paid.customerDetails?.shipping?.address?.city).to.equal('Alexandria');
  });
});
