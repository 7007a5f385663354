import { expect, waitUntil } from '@open-wc/testing';
import { initEmbeddedCheckout, type EmbeddedCheckout, type XPayCheckout } from '../../src/index.js';
import { detailsOf, recordEvents, shadow, waitForState, type RecordedEvent } from '../support/checkout.js';
import { createSession, expireSession, testEnv, type SandboxSession } from '../support/sandbox.js';

// A page of its own: the first test needs a page that has never loaded the payment code.
describe('Start again on a session that loaded expired (CONTRACT §6)', () => {
  let checkout: EmbeddedCheckout | null = null;
  afterEach(() => {
    checkout?.destroy();
    checkout = null;
    document.querySelectorAll('body > .host').forEach((element) => element.remove());
  });

  async function expiredThenOpen(): Promise<[SandboxSession, SandboxSession]> {
    const expired = await createSession();
    await expireSession(expired.id);
    return [expired, await createSession()];
  }

  async function mount(sessions: SandboxSession[]): Promise<{ element: XPayCheckout; events: RecordedEvent[] }> {
    const host = Object.assign(document.createElement('div'), { className: 'host' });
    document.body.append(host);
    const secrets = sessions.map((session) => session.clientSecret);
    checkout = await initEmbeddedCheckout({ apiBase: testEnv.apiBase, fetchClientSecret: async () => secrets.shift()! });
    checkout.mount(host);
    const element = host.querySelector('xpay-checkout')!;
    return { element, events: recordEvents(element) };
  }

  const startAgainIn = (element: XPayCheckout) => {
    const notice = shadow(element).querySelector('xpay-expired-notice');
    return notice ? [...shadow(notice).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Start again') : undefined;
  };

  const readyIds = (events: RecordedEvent[]) => detailsOf(events, 'xpay-ready').map((detail) => detail.sessionId);

  it('opens the new session although the expired one never loaded the payment form', async () => {
    const [expired, open] = await expiredThenOpen();
    const { element, events } = await mount([expired, open]);
    await waitForState(element, 'expired');
    expect(customElements.get('xpay-payment-form') === undefined, 'no payment code for an expired session').to.equal(true);
    await waitUntil(() => startAgainIn(element), 'the Start again button');
    startAgainIn(element)!.click();
    await waitUntil(() => readyIds(events).length === 2, 'ready for the new session', { timeout: 8000 });
    expect(readyIds(events)).to.deep.equal([expired.id, open.id]);
    await waitForState(element, 'open');
  });

  it('still announces the expired session ready when Start again is pressed the moment it shows', async () => {
    // The payment code is loaded by now, so the expired session's inert form renders too: its
    // ready comes a task after the notice.
    const [expired, open] = await expiredThenOpen();
    const { element, events } = await mount([expired, open]);
    const pressed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(async () => {
        const notice = shadow(element).querySelector<XPayCheckout>('xpay-expired-notice');
        if (!notice) return;
        observer.disconnect();
        await notice.updateComplete;
        startAgainIn(element)!.click();
        resolve();
      });
      observer.observe(shadow(element), { childList: true, subtree: true });
    });
    await pressed;
    await waitUntil(() => readyIds(events).length === 2, 'ready for the new session', { timeout: 8000 });
    expect(events.map((event) => `${event.type} ${'sessionId' in event.detail ? event.detail.sessionId : ''}`)).to.deep.equal([
      `xpay-ready ${expired.id}`,
      `xpay-expired ${expired.id}`,
      `xpay-ready ${open.id}`,
    ]);
  });
});
