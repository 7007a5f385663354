import { expect } from '@open-wc/testing';
import { initEmbeddedCheckout, type EmbeddedCheckout } from '../../src/index.js';
import { sessionUrl, type HeadStart } from '../../src/api/session-request.js';
import { recordEvents, shadow, waitForState } from '../support/checkout.js';
import { createSession, testEnv } from '../support/sandbox.js';

/** The session GETs this window sends from now on, with when each went out. */
function recordSessionGets() {
  const original = window.fetch;
  const gets: { url: string; at: number }[] = [];
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (/\/client$/.test(url) && (init?.method ?? 'GET') === 'GET') gets.push({ url, at: performance.now() });
    return original(input, init);
  };
  return { gets, restore: () => (window.fetch = original) };
}

describe('The session request gets a head start (issue 13)', () => {
  let checkout: EmbeddedCheckout | null = null;
  let recording: ReturnType<typeof recordSessionGets> | null = null;
  afterEach(() => {
    checkout?.destroy();
    checkout = null;
    recording?.restore();
    document.querySelectorAll('body > .host').forEach((element) => element.remove());
  });

  async function mount(options: { clientSecret: string }, headStart?: HeadStart) {
    const host = Object.assign(document.createElement('div'), { className: 'host' });
    document.body.append(host);
    checkout = await initEmbeddedCheckout({ apiBase: testEnv.apiBase, ...options }, headStart);
    const mountedAt = performance.now();
    checkout.mount(host);
    const element = host.querySelector('xpay-checkout')!;
    return { element, mountedAt, events: recordEvents(element) };
  }

  it('initEmbeddedCheckout sends the GET before the element exists, and the element takes its answer', async () => {
    const session = await createSession({ merchantName: 'Head Start Shop' });
    recording = recordSessionGets();
    const { element, mountedAt } = await mount({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    expect(recording.gets.map((get) => get.url)).to.deep.equal([sessionUrl(testEnv.apiBase, session.id)]);
    expect(recording.gets[0].at).to.be.below(mountedAt);
    expect(shadow(element).querySelector('xpay-order-summary')).to.exist;
  });

  it('an answer older than ten seconds is not trusted: the load asks again', async () => {
    const session = await createSession();
    recording = recordSessionGets();
    const stale: HeadStart = {
      url: sessionUrl(testEnv.apiBase, session.id),
      clientSecret: session.clientSecret,
      sentAt: Date.now() - 11_000,
      // Shown, it would fail the checkout: the widget must not read it.
      response: Promise.resolve(new Response('{"not":"a session"}', { status: 200 })),
    };
    const { element, events } = await mount({ clientSecret: session.clientSecret }, stale);
    await waitForState(element, 'open');
    expect(events.filter((event) => event.type === 'xpay-error')).to.deep.equal([]);
    expect(recording.gets).to.have.length(1);
  });

  it('a fresh answer is read once: a failed one fails the first try as if the widget had sent it', async () => {
    const session = await createSession();
    const fresh: HeadStart = {
      url: sessionUrl(testEnv.apiBase, session.id),
      clientSecret: session.clientSecret,
      sentAt: Date.now(),
      response: Promise.resolve(new Response('{"error":{"code":"unauthorized","message":"nope"}}', { status: 401 })),
    };
    const { element, events } = await mount({ clientSecret: session.clientSecret }, fresh);
    await waitForState(element, 'error');
    expect(events.filter((event) => event.type === 'xpay-error').map((event) => event.detail.code)).to.deep.equal(['unauthorized']);
    // Retry sends a real request: the head start was spent.
    recording = recordSessionGets();
    await element.reload();
    await waitForState(element, 'open');
    expect(recording.gets).to.have.length(1);
  });
});
