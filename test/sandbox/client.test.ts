import { expect } from '@open-wc/testing';
import { clientRequest, createSession, type SandboxSession } from '../support/sandbox.js';

const promo = (s: SandboxSession, code: string | null) =>
  clientRequest<SandboxSession>('POST', `/checkout/sessions/${s.id}/client/promotion-code`, s.clientSecret, { code });
const quantities = (s: SandboxSession, lineItems: { id: string; quantity: unknown }[]) =>
  clientRequest<SandboxSession>('POST', `/checkout/sessions/${s.id}/client/line-items`, s.clientSecret, { lineItems });
const load = (s: SandboxSession) => clientRequest('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);

describe('sandbox: client load', () => {
  it('fails the first N loads with 503 when sandbox.failLoads is set', async () => {
    const s = await createSession({ sandbox: { failLoads: 2 } });
    const first = await load(s);
    expect(first.status).to.equal(503);
    expect(first.body.error.code).to.be.a('string');
    expect((await load(s)).status).to.equal(503);
    const third = await load(s);
    expect(third.status).to.equal(200);
    expect(third.body.id).to.equal(s.id);
  });

  it('serves a schema-breaking body when sandbox.malformedLoad is set', async () => {
    const s = await createSession({ sandbox: { malformedLoad: true } });
    const res = await load(s);
    expect(res.status).to.equal(200);
    expect(res.body).to.not.have.property('currency');
    expect(res.body.amountTotal).to.equal('200000');
  });
});

describe('sandbox: promotion codes', () => {
  it('applies WELCOME10 case-insensitively, replaces it with FLAT50, and removes it', async () => {
    const s = await createSession({ allowPromotionCodes: true });
    const ten = await promo(s, 'welcome10');
    expect(ten.status).to.equal(200);
    expect(ten.body.totalDetails.amountDiscount).to.equal(20000);
    expect(ten.body.amountTotal).to.equal(180000);
    const [d] = ten.body.discounts;
    expect(d).to.include({ object: 'discount', promotionCodeCode: 'WELCOME10', checkoutSessionId: s.id, end: null });
    expect(d.id).to.match(/^di_/);
    expect(d.promotionCodeId).to.match(/^promo_/);
    expect(d.coupon).to.include({ name: '10% off', percentOff: 10, amountOff: null });

    const flat = await promo(s, 'FLAT50');
    expect(flat.body.discounts).to.have.length(1);
    expect(flat.body.discounts[0].coupon).to.include({ amountOff: 5000, currency: 'EGP', percentOff: null });
    expect(flat.body.amountTotal).to.equal(195000);

    const removed = await promo(s, null);
    expect(removed.body.discounts).to.deep.equal([]);
    expect(removed.body.amountTotal).to.equal(200000);
    expect((await promo(s, '')).body.amountTotal).to.equal(200000);
  });

  it('caps FLAT50 at the subtotal and scales it to the currency', async () => {
    const cheap = await createSession({ allowPromotionCodes: true, lineItems: [{ price: { unitAmount: 3000, productName: 'Pen' }, quantity: 1 }] });
    const res = await promo(cheap, 'flat50');
    expect(res.body.totalDetails.amountDiscount).to.equal(3000);
    expect(res.body.amountTotal).to.equal(0);
    const kwd = await createSession({ allowPromotionCodes: true, currency: 'KWD', lineItems: [{ price: { unitAmount: 80000, productName: 'A' }, quantity: 1 }] });
    expect((await promo(kwd, 'FLAT50')).body.totalDetails.amountDiscount).to.equal(50000);
  });

  it('refuses expired, unknown and disallowed codes at the code field', async () => {
    const s = await createSession({ allowPromotionCodes: true });
    const expired = await promo(s, 'EXPIRED10');
    expect(expired.status).to.equal(400);
    expect(expired.body.error).to.include({ code: 'invalid_promotion_code', message: 'This promotion code has expired.', param: 'code' });
    const unknown = await promo(s, 'FREEBIES');
    expect(unknown.body.error).to.include({ code: 'invalid_promotion_code', message: 'This promotion code is not valid.', param: 'code' });
    const closed = await createSession();
    const refused = await promo(closed, 'WELCOME10');
    expect(refused.status).to.equal(400);
    expect(refused.body.error).to.include({ code: 'promotion_codes_not_allowed', param: 'code' });
  });
});

describe('sandbox: quantities', () => {
  const adjustable = {
    lineItems: [
      { price: { unitAmount: 1000, productName: 'Adjustable' }, quantity: 2, adjustableQuantity: { enabled: true, minimum: 1, maximum: 5 } },
      { price: { unitAmount: 500, productName: 'Fixed' }, quantity: 1 },
    ],
  };

  it('changes an adjustable quantity and recomputes totals', async () => {
    const s = await createSession(adjustable);
    const res = await quantities(s, [{ id: s.lineItems[0].id, quantity: 5 }]);
    expect(res.status).to.equal(200);
    expect(res.body.lineItems[0].quantity).to.equal(5);
    expect(res.body.lineItems[0].amountSubtotal).to.equal(5000);
    expect(res.body.amountTotal).to.equal(5500);
  });

  it('refuses out-of-range and non-adjustable quantities at the item’s param', async () => {
    const s = await createSession(adjustable);
    const [a, fixed] = s.lineItems;
    for (const q of [0, 6, 2.5, '3']) {
      const res = await quantities(s, [{ id: a.id, quantity: q }]);
      expect(res.status, String(q)).to.equal(400);
      expect(res.body.error).to.include({ code: 'quantity_out_of_range', param: `lineItems.${a.id}.quantity` });
      expect(res.body.error.message).to.contain('1').and.contain('5');
    }
    const notAdjustable = await quantities(s, [{ id: fixed.id, quantity: 2 }]);
    expect(notAdjustable.body.error).to.include({ code: 'quantity_not_adjustable', param: `lineItems.${fixed.id}.quantity` });
    const unknown = await quantities(s, [{ id: 'li_nope', quantity: 2 }]);
    expect(unknown.status).to.equal(400);
    // Nothing changed by the refused requests.
    expect((await load(s)).body.amountTotal).to.equal(2500);
  });
});
