import { expect } from '@open-wc/testing';
import {
  clientRequest,
  confirm,
  confirmBody,
  createSession,
  heldConfirms,
  merchantRequest,
  releaseHeldConfirms,
  retrieveSession,
  testEnv,
  waitForHeldConfirms,
  type SandboxSession,
} from '../support/sandbox.js';

const load = (s: SandboxSession) => clientRequest<SandboxSession>('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);

/** A confirm the test can give up on, as the widget does when the provider keeps it waiting. */
function abandonableConfirm(s: SandboxSession, body: unknown, key: string) {
  const controller = new AbortController();
  const answer = fetch(`${testEnv.apiBase}/checkout/sessions/${s.id}/client/confirm`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${s.clientSecret}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
    signal: controller.signal,
  });
  // Given up on, it rejects: that is the point, not a failure of the test.
  answer.catch(() => undefined);
  return { answer, abandon: () => controller.abort() };
}

const charges = async (id: string) => (await retrieveSession(id)).paymentIntent?.charges.map((charge) => charge.status) ?? [];

describe('sandbox: test controls', () => {
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

  describe('holdConfirms', () => {
    it('before_charge: the confirm waits with nothing done, listed, until released; then it pays and answers', async () => {
      const s = await createSession({ sandbox: { holdConfirms: { count: 1, stage: 'before_charge' } } });
      const answer = confirm(s, await confirmBody(s), 'held-1');
      expect(await waitForHeldConfirms(s.id)).to.deep.equal([{ stage: 'before_charge', idempotencyKey: 'held-1' }]);
      const waiting = await retrieveSession(s.id);
      expect(waiting.status).to.equal('open');
      expect(waiting.paymentIntent).to.equal(null);
      expect(await releaseHeldConfirms(s.id)).to.equal(1);
      const res = await answer;
      expect(res.status).to.equal(200);
      expect(res.body.status).to.equal('complete');
      expect(await heldConfirms(s.id)).to.deep.equal([]);
      expect(await charges(s.id)).to.deep.equal(['succeeded']);
    });

    it('before_charge, given up on: a retry under the same key pays, and the held one, released later, replays it', async () => {
      const s = await createSession({ sandbox: { holdConfirms: { count: 1, stage: 'before_charge' } } });
      const body = await confirmBody(s);
      const held = abandonableConfirm(s, body, 'same-key');
      await waitForHeldConfirms(s.id);
      held.abandon();
      // Only the next `count` confirms are held: the retry goes straight through.
      const retry = await confirm(s, body, 'same-key');
      expect(retry.status).to.equal(200);
      expect(retry.body.status).to.equal('complete');
      expect(await releaseHeldConfirms(s.id)).to.equal(1);
      // The released confirm met the retry's answer under its key: nothing more was charged.
      const replay = await confirm(s, body, 'same-key');
      expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(await charges(s.id)).to.deep.equal(['succeeded']);
    });

    it('before_charge, released after its client left: it still pays, as a provider carries on', async () => {
      const s = await createSession({ sandbox: { holdConfirms: { count: 1, stage: 'before_charge' } } });
      const held = abandonableConfirm(s, await confirmBody(s), 'gone');
      await waitForHeldConfirms(s.id);
      held.abandon();
      await releaseHeldConfirms(s.id);
      expect((await retrieveSession(s.id)).status).to.equal('complete');
      expect(await charges(s.id)).to.deep.equal(['succeeded']);
    });

    it('after_charge: the payment completes at once, its answer withheld until released', async () => {
      const s = await createSession({ sandbox: { holdConfirms: { count: 1, stage: 'after_charge' } } });
      const answer = confirm(s, await confirmBody(s), 'charged');
      expect(await waitForHeldConfirms(s.id)).to.deep.equal([{ stage: 'after_charge', idempotencyKey: 'charged' }]);
      const meanwhile = await load(s);
      expect(meanwhile.body.status).to.equal('complete');
      expect(await charges(s.id)).to.deep.equal(['succeeded']);
      await releaseHeldConfirms(s.id);
      const res = await answer;
      expect(res.status).to.equal(200);
      expect(res.body.status).to.equal('complete');
    });

    it('after_charge holds declines too; a refused body is answered at once and holds nothing', async () => {
      const s = await createSession({ sandbox: { holdConfirms: { count: 1, stage: 'after_charge' } } });
      const refused = await confirm(s, { customerDetails: { email: 'not-an-email' }, paymentMethod: { type: 'card', id: 'pm_x' } });
      expect(refused.status).to.equal(400);
      const answer = confirm(s, await confirmBody(s, '4000000000000002'));
      await waitForHeldConfirms(s.id);
      expect(await charges(s.id)).to.deep.equal(['failed']);
      await releaseHeldConfirms(s.id);
      expect((await answer).status).to.equal(402);
    });

    it('holds only the next count confirms; release with nothing held releases nothing', async () => {
      const s = await createSession({ sandbox: { holdConfirms: { count: 1, stage: 'before_charge' } } });
      expect(await releaseHeldConfirms(s.id)).to.equal(0);
      const first = confirm(s, await confirmBody(s, '4000000000000002'));
      await waitForHeldConfirms(s.id);
      await releaseHeldConfirms(s.id);
      expect((await first).status).to.equal(402);
      const second = await confirm(s, await confirmBody(s));
      expect(second.status).to.equal(200);
    });

    it('the held-confirm endpoints take the secret key only', async () => {
      const s = await createSession();
      expect((await merchantRequest('GET', `/sandbox/sessions/${s.id}/held-confirms`, undefined, { key: null })).status).to.equal(401);
      expect((await clientRequest('POST', `/sandbox/sessions/${s.id}/held-confirms/release`, s.clientSecret)).status).to.equal(401);
      expect((await merchantRequest('GET', '/sandbox/sessions/cs_test_nope/held-confirms')).status).to.equal(404);
    });
  });

  it('refuses controls out of range', async () => {
    const bad: [unknown, string][] = [
      [{ failLoads: { count: 0, status: 503 } }, 'sandbox.failLoads.count'],
      [{ failLoads: { count: 1, status: 200 } }, 'sandbox.failLoads.status'],
      [{ failLoads: { count: 1, status: 503, retryAfter: -1 } }, 'sandbox.failLoads.retryAfter'],
      [{ failLoads: 11 }, 'sandbox.failLoads'],
      [{ loadIdMismatch: 'yes' }, 'sandbox.loadIdMismatch'],
      [{ holdConfirms: { count: 0, stage: 'before_charge' } }, 'sandbox.holdConfirms.count'],
      [{ holdConfirms: { count: 1, stage: 'during_charge' } }, 'sandbox.holdConfirms.stage'],
      [{ holdConfirms: { count: 1 } }, 'sandbox.holdConfirms.stage'],
    ];
    for (const [sandbox, param] of bad) {
      const res = await merchantRequest('POST', '/checkout/sessions', { lineItems: [{ price: { unitAmount: 100, productName: 'x' }, quantity: 1 }], sandbox });
      expect(res.status, JSON.stringify(sandbox)).to.equal(400);
      expect(res.body.error.param, JSON.stringify(sandbox)).to.equal(param);
    }
  });
});
