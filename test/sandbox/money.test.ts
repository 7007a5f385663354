import { expect } from '@open-wc/testing';
import { clientRequest, createSession, type SandboxSession } from '../support/sandbox.js';

/** Every breakdown the server publishes must add up, to the minor unit. */
function expectConsistent(s: SandboxSession) {
  const t = s.totalDetails;
  expect(s.amountSubtotal).to.equal(s.lineItems.reduce((sum, li) => sum + li.amountSubtotal, 0));
  expect(t.amountDiscount).to.equal(s.lineItems.reduce((sum, li) => sum + li.amountDiscount, 0));
  expect(t.amountTax).to.equal(s.lineItems.reduce((sum, li) => sum + li.amountTax, 0));
  for (const li of s.lineItems) {
    expect(li.amountSubtotal).to.equal(li.price.unitAmount * li.quantity);
    expect(li.amountTotal).to.equal(li.amountSubtotal - li.amountDiscount + li.amountTax);
  }
  expect(s.amountTotal).to.equal(
    s.amountSubtotal - t.amountDiscount + t.amountShipping + t.amountTax + t.amountPlatformFee + t.amountCollectedVat,
  );
}

describe('sandbox: money', () => {
  it('sums line items in EGP (2 decimals)', async () => {
    const s = await createSession({
      lineItems: [
        { price: { unitAmount: 12550, productName: 'A' }, quantity: 3 },
        { price: { unitAmount: 999, productName: 'B' }, quantity: 2 },
      ],
    });
    expect(s.amountSubtotal).to.equal(39648);
    expect(s.amountTotal).to.equal(39648);
    expect(s.totalDetails).to.deep.equal({ amountDiscount: 0, amountShipping: 0, amountTax: 0, amountPlatformFee: 0, amountCollectedVat: 0 });
    expectConsistent(s);
  });

  it('keeps KWD in fils (3 decimals) and JPY in whole yen', async () => {
    const kwd = await createSession({ currency: 'kwd', lineItems: [{ price: { unitAmount: 1250, productName: 'A' }, quantity: 2 }], taxRate: 5 });
    expect(kwd.currency).to.equal('KWD');
    expect(kwd.amountSubtotal).to.equal(2500);
    expect(kwd.totalDetails.amountTax).to.equal(125);
    expect(kwd.amountTotal).to.equal(2625);
    expectConsistent(kwd);

    const jpy = await createSession({ currency: 'JPY', lineItems: [{ price: { unitAmount: 1980, productName: 'A' }, quantity: 1 }], taxRate: 10, allowPromotionCodes: true });
    expect(jpy.amountTotal).to.equal(2178);
    expectConsistent(jpy);
  });

  it('adds shipping, tax, the pass-through fee and the VAT on that fee with the documented rounding', async () => {
    const s = await createSession({
      lineItems: [
        { price: { unitAmount: 37035, productName: 'A' }, quantity: 1 },
        { price: { unitAmount: 999, productName: 'B' }, quantity: 1 },
      ],
      shippingAmount: 1500,
      taxRate: 14,
      feeConfig: { feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14 },
    });
    // subtotal 38034; tax 14 % = 5324.76 -> 5325; fee 2.5 % of 38034 + 1500 + 5325 = 44859 is
    // 1121.475 -> 1121; VAT 14 % of the fee = 156.94 -> 157 (goods tax is taxRate, not VAT)
    expect(s.totalDetails).to.deep.equal({ amountDiscount: 0, amountShipping: 1500, amountTax: 5325, amountPlatformFee: 1121, amountCollectedVat: 157 });
    expect(s.amountTotal).to.equal(38034 + 1500 + 5325 + 1121 + 157);
    expect(s.feeConfig).to.deep.equal({ feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14, source: 'session' });
    expect(s.fees).to.deep.equal({ paymentMethodType: 'card', feeAmount: 1121, feePercentage: 2.5, fixedAmount: 0, vatAmount: 157, totalAmount: 1278, cardInfo: null });
    expectConsistent(s);
  });

  it('collects no VAT when the merchant bears the fee', async () => {
    const s = await createSession({ taxRate: 14, feeConfig: { vatCollectionEnabled: true, vatCollectionRate: 14 } });
    expect(s.feeConfig).to.deep.equal({ feesPassThrough: false, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14, source: 'session' });
    expect(s.fees).to.equal(null);
    expect(s.totalDetails).to.include({ amountTax: 28000, amountPlatformFee: 0, amountCollectedVat: 0 });
    expect(s.amountTotal).to.equal(228000);
  });

  it('converts to the presentment currency with the published rate', async () => {
    const s = await createSession({
      currency: 'EGP',
      presentmentCurrency: 'USD',
      lineItems: [
        { price: { unitAmount: 200000, productName: 'A' }, quantity: 1 },
        { price: { unitAmount: 5000, productName: 'B' }, quantity: 1 },
      ],
      shippingAmount: 1000,
    });
    const p = s.presentmentDetails!;
    expect(p.currency).to.equal('USD');
    expect(p.exchangeRateId).to.match(/^exr_/);
    expect(p.exchangeRate).to.be.a('number').above(0);
    // 6 significant digits
    expect(Number(p.exchangeRate.toPrecision(6))).to.equal(p.exchangeRate);
    const convert = (minor: number) => Math.round((minor / 100 / p.exchangeRate) * 100);
    // Each part is converted; the total is their sum, so the rows a customer sees add up exactly.
    expect(p.amountSubtotal).to.equal(convert(s.amountSubtotal));
    expect(p.amountShipping).to.equal(convert(1000));
    for (const key of ['amountDiscount', 'amountTax', 'amountPlatformFee', 'amountCollectedVat'] as const) expect(p[key]).to.equal(0);
    expect(p.amountTotal).to.equal(p.amountSubtotal - p.amountDiscount + p.amountShipping + p.amountTax + p.amountPlatformFee + p.amountCollectedVat);
    expect(Math.abs(p.amountTotal - convert(s.amountTotal))).to.be.at.most(1);
    expect(p.amount).to.equal(p.amountTotal);
    expect(s.lineItems[0].presentmentDetails).to.deep.equal({ currency: 'USD', amountSubtotal: convert(200000), amountTotal: convert(200000) });

    const kwd = await createSession({ currency: 'EGP', presentmentCurrency: 'KWD' });
    const k = kwd.presentmentDetails!;
    expect(Math.abs(k.amountTotal - Math.round((kwd.amountTotal / 100 / k.exchangeRate) * 1000))).to.be.at.most(1);

    const same = await createSession({ currency: 'EGP', presentmentCurrency: 'egp' });
    expect(same.presentmentDetails).to.equal(null);
  });

  it('spreads a percentage discount so line discounts sum exactly', async () => {
    const s = await createSession({
      allowPromotionCodes: true,
      lineItems: [
        { price: { unitAmount: 333, productName: 'A' }, quantity: 1 },
        { price: { unitAmount: 333, productName: 'B' }, quantity: 1 },
        { price: { unitAmount: 334, productName: 'C' }, quantity: 1 },
      ],
      taxRate: 14,
    });
    const res = await clientRequest<SandboxSession>('POST', `/checkout/sessions/${s.id}/client/promotion-code`, s.clientSecret, { code: 'WELCOME10' });
    expect(res.status).to.equal(200);
    const d = res.body;
    expect(d.totalDetails.amountDiscount).to.equal(100);
    expect(d.totalDetails.amountTax).to.equal(126);
    expect(d.amountTotal).to.equal(1000 - 100 + 126);
    expectConsistent(d);
  });
});
