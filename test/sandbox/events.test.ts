import { expect } from '@open-wc/testing';
import { clientRequest, collectEvents, confirm, confirmBody, createSession, expireSession, updateSession } from '../support/sandbox.js';

describe('sandbox: live status', () => {
  it('streams the session on connect and session.updated on a merchant expire, then ends', async () => {
    const s = await createSession();
    const result = await collectEvents(s, { onOpen: () => expireSession(s.id) });
    expect(result.status).to.equal(200);
    expect(result.contentType).to.contain('text/event-stream');
    expect(result.events.map((e) => e.event)).to.deep.equal(['session.updated', 'session.updated']);
    expect(result.events[0].data.status).to.equal('open');
    expect(result.events[1].data.status).to.equal('expired');
    expect(result.ended, 'the stream ends once the session is final').to.equal(true);
  });

  it('pushes PATCH, promotion and quantity changes, and the completion', async () => {
    const s = await createSession({
      allowPromotionCodes: true,
      lineItems: [{ price: { unitAmount: 1000, productName: 'A' }, quantity: 1, adjustableQuantity: { enabled: true } }],
    });
    const result = await collectEvents(s, {
      onOpen: async () => {
        await updateSession(s.id, { merchantName: 'Patched' });
        await clientRequest('POST', `/checkout/sessions/${s.id}/client/promotion-code`, s.clientSecret, { code: 'WELCOME10' });
        await clientRequest('POST', `/checkout/sessions/${s.id}/client/line-items`, s.clientSecret, { lineItems: [{ id: s.lineItems[0].id, quantity: 3 }] });
        await confirm(s, await confirmBody(s));
      },
    });
    const data = result.events.map((e) => e.data);
    expect(data.map((d) => d.status)).to.deep.equal(['open', 'open', 'open', 'open', 'complete']);
    expect(data[1].merchantName).to.equal('Patched');
    expect(data[2].amountTotal).to.equal(900);
    expect(data[3].amountTotal).to.equal(2700);
    expect(result.ended).to.equal(true);
  });

  it('answers 503 when sandbox.eventStream is false', async () => {
    const s = await createSession({ sandbox: { eventStream: false } });
    const res = await clientRequest('GET', `/checkout/sessions/${s.id}/client/events`, s.clientSecret);
    expect(res.status).to.equal(503);
    expect(res.body.error.code).to.equal('event_stream_unavailable');
  });

  it('needs the client secret in the header', async () => {
    const s = await createSession();
    const res = await clientRequest('GET', `/checkout/sessions/${s.id}/client/events`, null);
    expect(res.status).to.equal(401);
  });

  it('expires a session by the clock and tells the stream', async () => {
    const s = await createSession({ expiresAfterMinutes: 0.03 });
    const body = await confirmBody(s);
    expect(Date.parse(s.expiresAt) - Date.parse(s.createdAt)).to.equal(1800);
    const started = Date.now();
    const result = await collectEvents(s, { timeoutMs: 6000 });
    expect(result.events.at(-1)!.data.status).to.equal('expired');
    expect(result.ended).to.equal(true);
    expect(Date.now() - started).to.be.below(5000);
    const load = await clientRequest('GET', `/checkout/sessions/${s.id}/client`, s.clientSecret);
    expect(load.body.status).to.equal('expired');
    const pay = await confirm(s, body);
    expect(pay.status).to.equal(410);
  });

  it('sends a final event and closes at once for a session that is already over', async () => {
    const s = await createSession();
    await expireSession(s.id);
    const result = await collectEvents(s, { timeoutMs: 3000 });
    expect(result.events).to.have.length(1);
    expect(result.events[0].data.status).to.equal('expired');
    expect(result.ended).to.equal(true);
  });
});
