import { expect, waitUntil } from '@open-wc/testing';
import type { CheckoutApi } from '../../src/api/client.js';
import { LiveStatus } from '../../src/api/live-status.js';
import type { Session } from '../../src/api/schema.js';
import { DEFAULT_POLL_INTERVAL_MS, pollIntervalMs } from '../../src/controllers/poll-interval.js';
import { minimalSessionBody } from './helpers.js';

const update = (body: Record<string, unknown>) => `event: session.updated\ndata: ${JSON.stringify(body)}\n\n`;

/** The two calls LiveStatus makes, answered from memory. */
function fakeApi(streams: (string | null)[]) {
  let opened = 0;
  const api = {
    sessionId: 'cs_test_1',
    // openEventStream (src/api/session-changes.ts) is this GET.
    async get(path: string) {
      if (path !== '/events') throw new Error(`unexpected GET ${path}`);
      const text = streams[opened++];
      if (text === undefined) return new Promise<Response>(() => undefined); // stays pending: the test is over
      return new Response(text === null ? null : text, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    },
    loadSession: () => new Promise<Session>(() => undefined),
  };
  return { api: api as unknown as CheckoutApi, opens: () => opened };
}

describe('LiveStatus', () => {
  it('passes on updates of its own session only', async () => {
    const { api } = fakeApi([update(minimalSessionBody({ id: 'cs_test_other', amountTotal: 1 })) + update(minimalSessionBody({ amountTotal: 2 }))]);
    const seen: Session[] = [];
    const live = new LiveStatus({ api, pollIntervalMs: 60_000, onSession: (session) => seen.push(session) });
    live.start();
    await waitUntil(() => seen.length > 0);
    live.stop();
    expect(seen.map((session) => [session.id, session.amountTotal])).to.deep.equal([['cs_test_1', 2]]);
  });

  it('an answer without a body counts as a broken stream (reconnects), not a crash', async () => {
    const { api, opens } = fakeApi([null, update(minimalSessionBody())]);
    const seen: Session[] = [];
    const live = new LiveStatus({ api, pollIntervalMs: 60_000, onSession: (session) => seen.push(session) });
    live.start();
    await waitUntil(() => seen.length === 1, 'the second stream is read', { timeout: 5000 });
    live.stop();
    expect(opens()).to.equal(2);
  });
});

describe('poll interval', () => {
  it('takes the merchant’s interval, never below half a second, and the default for anything not a number', () => {
    expect(pollIntervalMs(2000)).to.equal(2000);
    expect(pollIntervalMs(100)).to.equal(500);
    expect(pollIntervalMs('3000')).to.equal(3000);
    for (const unusable of [Number.NaN, 0, 'soon', null, undefined]) expect(pollIntervalMs(unusable), String(unusable)).to.equal(DEFAULT_POLL_INTERVAL_MS);
  });
});
