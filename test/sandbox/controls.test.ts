import { expect } from '@open-wc/testing';
import { clientRequest, createSession, merchantRequest, type SandboxSession } from '../support/sandbox.js';

const load = (s: SandboxSession) => clientRequest<SandboxSession>('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);

describe('sandbox: load test controls', () => {
  it('failLoads { count, status, retryAfter }: the next count loads answer that status, then one loads', async () => {
    const s = await createSession({ sandbox: { failLoads: { count: 2, status: 429, retryAfter: 1 } } });
    for (let i = 0; i < 2; i += 1) {
      const res = await load(s);
      expect(res.status).to.equal(429);
      expect(res.headers.get('Retry-After'), 'readable across origins').to.equal('1');
      expect(res.body.error).to.include({ code: 'rate_limited', type: 'rate_limit_error' });
    }
    expect((await load(s)).status).to.equal(200);
  });

  it('names the error after the status, and sends no Retry-After unless asked', async () => {
    const expected: [number, string][] = [[410, 'session_expired'], [503, 'service_unavailable'], [404, 'session_not_found'], [418, 'simulated_failure'], [500, 'simulated_failure']];
    for (const [status, code] of expected) {
      const s = await createSession({ sandbox: { failLoads: { count: 1, status } } });
      const res = await load(s);
      expect(res.status).to.equal(status);
      expect(res.body.error.code, String(status)).to.equal(code);
      expect(res.headers.get('Retry-After')).to.equal(null);
    }
  });

  it('fails only loads: the rest of the API answers as usual meanwhile', async () => {
    const s = await createSession({ allowPromotionCodes: true, sandbox: { failLoads: { count: 5, status: 503 } } });
    const promo = await clientRequest('POST', `/checkout/sessions/${s.id}/client/promotion-code`, s.clientSecret, { code: 'WELCOME10' });
    expect(promo.status).to.equal(200);
    expect((await load(s)).status).to.equal(503);
  });

  it('loadIdMismatch: loads answer 200 with another session’s id', async () => {
    const s = await createSession({ sandbox: { loadIdMismatch: true } });
    const res = await load(s);
    expect(res.status).to.equal(200);
    expect(res.body.id).to.match(/^cs_test_/).and.not.equal(s.id);
    expect(res.body.amountTotal).to.equal(s.amountTotal);
    // The merchant sees the real session.
    expect((await merchantRequest('GET', `/checkout/sessions/${s.id}`)).body.id).to.equal(s.id);
  });

  it('refuses controls out of range', async () => {
    const bad: [unknown, string][] = [
      [{ failLoads: { count: 0, status: 503 } }, 'sandbox.failLoads.count'],
      [{ failLoads: { count: 1, status: 200 } }, 'sandbox.failLoads.status'],
      [{ failLoads: { count: 1, status: 503, retryAfter: -1 } }, 'sandbox.failLoads.retryAfter'],
      [{ failLoads: 11 }, 'sandbox.failLoads'],
      [{ loadIdMismatch: 'yes' }, 'sandbox.loadIdMismatch'],
    ];
    for (const [sandbox, param] of bad) {
      const res = await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ price: { unitAmount: 100, productName: 'x' }, quantity: 1 }], sandbox });
      expect(res.status, JSON.stringify(sandbox)).to.equal(400);
      expect(res.body.error.param, JSON.stringify(sandbox)).to.equal(param);
    }
  });
});
