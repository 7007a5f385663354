import { expect } from '@open-wc/testing';
import { CheckoutApi } from '../../src/api/client.js';
import { clientRequest, createSession, testEnv, type SandboxSession } from '../support/sandbox.js';
import { captureWarningsPerTest } from '../support/spies.js';
import { checkoutFailure } from '../unit/helpers.js';

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

/** The widget's own client against the sandbox; pauses are recorded, not waited. */
function widgetClient(s: SandboxSession) {
  const waits: number[] = [];
  const api = new CheckoutApi({
    apiBase: testEnv.apiBase,
    clientSecret: s.clientSecret,
    sessionId: s.id,
    retry: { random: () => 0.5, wait: async (ms) => void waits.push(ms) },
  });
  return { api, waits };
}

describe('widget client: load answers (CONTRACT section 2)', () => {
  const warnings = captureWarningsPerTest();

  for (const status of [409, 418]) {
    it(`${status} is unexpected_response, without a retry`, async () => {
      const s = await createSession({ sandbox: { failLoads: { count: 2, status } } });
      const { api, waits } = widgetClient(s);
      const error = await checkoutFailure(api.loadSession());
      expect([error.code, error.details.status]).to.deep.equal(['unexpected_response', status]);
      expect(waits).to.deep.equal([]);
      // Only one of the two scheduled failures was used: nothing was retried.
      expect((await load(s)).status).to.equal(status);
      expect((await load(s)).status).to.equal(200);
    });
  }

  it('429 with Retry-After: waits what the provider asked, then loads', async () => {
    const s = await createSession({ sandbox: { failLoads: { count: 1, status: 429, retryAfter: 2 } } });
    const { api, waits } = widgetClient(s);
    const session = await api.loadSession();
    expect(session.id).to.equal(s.id);
    expect(waits).to.deep.equal([2000]);
  });

  it('503 three times is network after three tries; twice, the third try loads', async () => {
    const down = await createSession({ sandbox: { failLoads: { count: 3, status: 503 } } });
    const failed = widgetClient(down);
    expect((await checkoutFailure(failed.api.loadSession())).code).to.equal('network');
    expect(failed.waits).to.have.length(2);
    expect((await load(down)).status).to.equal(200);

    const flaky = await createSession({ sandbox: { failLoads: 2 } });
    const recovered = widgetClient(flaky);
    expect((await recovered.api.loadSession()).id).to.equal(flaky.id);
    expect(recovered.waits).to.have.length(2);
  });

  it('410 is session_expired (the expired notice, reason status)', async () => {
    const s = await createSession({ sandbox: { failLoads: { count: 1, status: 410 } } });
    const { api, waits } = widgetClient(s);
    expect((await checkoutFailure(api.loadSession())).code).to.equal('session_expired');
    expect(waits).to.deep.equal([]);
  });

  it('a session whose id is not the secret’s is invalid_session', async () => {
    const s = await createSession({ sandbox: { loadIdMismatch: true } });
    const raw = await load(s);
    expect(raw.status).to.equal(200);
    expect(raw.body.id).to.not.equal(s.id);
    const { api, waits } = widgetClient(s);
    expect((await checkoutFailure(api.loadSession())).code).to.equal('invalid_session');
    expect(waits).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
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
