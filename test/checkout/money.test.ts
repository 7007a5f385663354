import { expect, fixtureCleanup } from '@open-wc/testing';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { createSession } from '../support/sandbox.js';

async function summaryText(params: Record<string, unknown>) {
  const session = await createSession(params);
  const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'en' });
  await waitForState(element, 'open');
  const summary = shadow(element).querySelector('xpay-order-summary')!;
  await summary.updateComplete;
  return { session, text: normalizeSpaces(shadow(summary).textContent!) };
}

/** Intl separates with no-break spaces; the assertions are about everything else. */
const normalizeSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

const item = (unitAmount: number, quantity = 1, productName = 'Widget') => ({ price: { unitAmount, productName }, quantity });

describe('<xpay-checkout> money', () => {
  afterEach(() => fixtureCleanup());

  it('EGP with two decimals, every total line from totalDetails', async () => {
    const { text } = await summaryText({
      currency: 'EGP',
      lineItems: [item(100000, 2, 'Desk lamp'), item(5050, 1, 'Bulb')],
      shippingAmount: 7500,
      taxRate: 14,
      feeConfig: { feesPassThrough: true, feePercentage: 2, vatCollectionEnabled: true, vatCollectionRate: 14 },
    });
    expect(text).to.include('Desk lamp');
    expect(text).to.include('Qty 2 · EGP 1,000.00 each');
    expect(text).to.include('EGP 2,000.00');
    expect(text).to.include('Subtotal EGP 2,050.50');
    expect(text).to.include('Shipping EGP 75.00');
    expect(text).to.match(/Tax EGP 287\.07/);
    // 2 % of what the goods, shipping and tax come to (2,412.57), and 14 % VAT on that fee.
    expect(text).to.match(/Card fee EGP 48\.25/);
    expect(text).to.match(/VAT on the fee EGP 6\.76/);
    expect(text).to.include('Total due EGP 2,467.58');
  });

  it('KWD with three decimals', async () => {
    const { session, text } = await summaryText({ currency: 'KWD', lineItems: [item(12345)] });
    expect(session.amountTotal).to.equal(12345);
    expect(text).to.include('Total due KWD 12.345');
  });

  it('JPY with no decimals', async () => {
    const { text } = await summaryText({ currency: 'JPY', lineItems: [item(1500, 3)] });
    expect(text).to.include('Total due ¥4,500');
  });

  it('a presentment session shows the presentment amounts and the exchange rate', async () => {
    const { session, text } = await summaryText({ currency: 'EGP', presentmentCurrency: 'KWD', lineItems: [item(200000)], shippingAmount: 7500 });
    const presentment = session.presentmentDetails!;
    const kwd = (minor: number) => normalizeSpaces(new Intl.NumberFormat('en', { style: 'currency', currency: 'KWD', minimumFractionDigits: 3 }).format(minor / 1000));
    // Every row is in the presentment currency, and the rows add up to the total shown.
    expect(text).to.include(`Subtotal ${kwd(presentment.amountSubtotal)}`);
    expect(text).to.include(`Shipping ${kwd(presentment.amountShipping)}`);
    expect(presentment.amountSubtotal + presentment.amountShipping).to.equal(presentment.amountTotal);
    expect(presentment.currency).to.equal('KWD');
    const expectedTotal = new Intl.NumberFormat('en', { style: 'currency', currency: 'KWD', minimumFractionDigits: 3 }).format(presentment.amountTotal / 1000);
    expect(text).to.include(`Total due ${normalizeSpaces(expectedTotal)}`);
    expect(text).to.include(`Exchange rate: 1 KWD = ${new Intl.NumberFormat('en', { maximumSignificantDigits: 6 }).format(presentment.exchangeRate)} EGP.`);
    expect(text).to.include('The merchant receives EGP 2,075.00.');
  });
});
