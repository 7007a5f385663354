import { expect, fixtureCleanup } from '@open-wc/testing';
import type { XPayCheckout } from '../../src/index.js';
import { shadow, waitForState } from '../support/checkout.js';
import { createSession, expireSession, testEnv } from '../support/sandbox.js';
import { sleep, spyOnFetch } from '../support/spies.js';

function mountWithEvents(props: Partial<Pick<XPayCheckout, 'clientSecret' | 'pollInterval'>>) {
  const element = document.createElement('xpay-checkout');
  const expired: any[] = [];
  element.addEventListener('xpay-expired', (event) => expired.push(event.detail));
  Object.assign(element, { apiBase: testEnv.apiBase, ...props });
  document.body.append(element);
  return { element, expired };
}

async function expectBlockingNotice(element: XPayCheckout) {
  const notice = shadow(element).querySelector('xpay-expired-notice')!;
  expect(notice, 'the expired notice').to.exist;
  await notice.updateComplete;
  const dialog = shadow(notice).querySelector('[role="alertdialog"]')!;
  expect(dialog.getAttribute('aria-modal')).to.equal('true');
  expect(shadow(notice).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('This checkout has expired');
  expect(shadow(element).querySelector('.layout')!.hasAttribute('inert')).to.equal(true);
  await sleep(0);
  // Focus sits inside the dialog (across the shadow boundaries).
  expect(document.activeElement === element, 'focus inside the widget').to.equal(true);
  expect(shadow(element).activeElement === notice, 'focus inside the notice').to.equal(true);
  expect(shadow(notice).activeElement === dialog, 'focus on the dialog').to.equal(true);
  return { notice, dialog };
}

describe('<xpay-checkout> expiry', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
  });

  it('blocks on load when the session is already expired (reason "status") and links back to cancelUrl', async () => {
    const session = await createSession({ cancelUrl: 'https://shop.example/cart' });
    await expireSession(session.id);
    const { element, expired } = mountWithEvents({ clientSecret: session.clientSecret });
    await waitForState(element, 'expired');
    const { dialog } = await expectBlockingNotice(element);
    expect(expired).to.deep.equal([{ sessionId: session.id, reason: 'status' }]);
    expect(dialog.querySelector('a')!.getAttribute('href')).to.equal('https://shop.example/cart');
    await expect(element).to.be.accessible();
  });

  it('has no back link when the session has no cancelUrl', async () => {
    const session = await createSession();
    await expireSession(session.id);
    const { element } = mountWithEvents({ clientSecret: session.clientSecret });
    await waitForState(element, 'expired');
    const { dialog } = await expectBlockingNotice(element);
    expect(dialog.querySelector('a')).to.equal(null);
  });

  it('blocks when the clock reaches expiresAt (reason "expires_at") and re-checks the server', async () => {
    // No event stream and slow polling: only the clock can notice.
    const session = await createSession({ expiresAfterMinutes: 0.05, sandbox: { eventStream: false } });
    const spy = spyOnFetch();
    const { element, expired } = mountWithEvents({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    await waitForState(element, 'open');
    const loadsBefore = spy.calls.filter((c) => c.url.endsWith('/client')).length;
    await waitForState(element, 'expired', 6000);
    await expectBlockingNotice(element);
    expect(expired).to.deep.equal([{ sessionId: session.id, reason: 'expires_at' }]);
    await sleep(300);
    spy.restore();
    expect(spy.calls.filter((c) => c.url.endsWith('/client')).length).to.equal(loadsBefore + 1);
  });

  it('blocks when the provider expires the session while open, through the event stream (reason "server")', async () => {
    const session = await createSession();
    const { element, expired } = mountWithEvents({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    await waitForState(element, 'open');
    await sleep(200);
    const started = performance.now();
    await expireSession(session.id);
    await waitForState(element, 'expired', 2000);
    expect(performance.now() - started).to.be.lessThan(2000);
    await expectBlockingNotice(element);
    expect(expired).to.deep.equal([{ sessionId: session.id, reason: 'server' }]);
  });

  it('falls back to polling when the event stream is unavailable (reason "server")', async () => {
    const session = await createSession({ sandbox: { eventStream: false } });
    const spy = spyOnFetch();
    const { element, expired } = mountWithEvents({ clientSecret: session.clientSecret, pollInterval: 400 });
    await waitForState(element, 'open');
    await sleep(100);
    expect(spy.calls.some((c) => c.url.endsWith('/client/events'))).to.equal(true);
    await expireSession(session.id);
    await waitForState(element, 'expired', 2000);
    spy.restore();
    expect(expired).to.deep.equal([{ sessionId: session.id, reason: 'server' }]);
    expect(spy.calls.filter((c) => c.url.endsWith('/client')).length).to.be.greaterThan(1);
  });

  it('warns in a polite live region with a visible countdown when under two minutes remain, without taking focus', async () => {
    const session = await createSession({ expiresAfterMinutes: 1.5 });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const { element } = mountWithEvents({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await sleep(50);
    const countdown = shadow(element).querySelector<HTMLElement>('.countdown')!;
    expect(countdown.hidden).to.equal(false);
    expect(countdown.textContent).to.match(/Time left\s+1:[0-3]\d/);
    const live = countdown.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.match(/This checkout expires in 2 minutes/);
    expect(document.activeElement === input, 'focus stays where the customer was').to.equal(true);
    const first = countdown.querySelector('.countdown-clock')!.textContent;
    await sleep(1100);
    expect(countdown.querySelector('.countdown-clock')!.textContent).to.not.equal(first);
    await expect(element).to.be.accessible();
    input.remove();
  });

  it('a device clock ten minutes fast does not expire a session with eight minutes left', async () => {
    const session = await createSession({ expiresAfterMinutes: 8 });
    const realNow = Date.now;
    Date.now = () => realNow() + 600_000;
    try {
      const { element, expired } = mountWithEvents({ clientSecret: session.clientSecret });
      await waitForState(element, 'open');
      await sleep(300);
      expect(element.getAttribute('state')).to.equal('open');
      expect(expired).to.deep.equal([]);
      // Eight minutes by the provider's clock: no two-minute warning either.
      expect(shadow(element).querySelector<HTMLElement>('.countdown')!.hidden).to.equal(true);
    } finally {
      Date.now = realNow;
    }
  });

  it('shows no countdown when plenty of time remains', async () => {
    const session = await createSession();
    const { element } = mountWithEvents({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    expect(shadow(element).querySelector<HTMLElement>('.countdown')!.hidden).to.equal(true);
  });

  it('stops every request after removal', async () => {
    const session = await createSession({ sandbox: { eventStream: false } });
    const { element } = mountWithEvents({ clientSecret: session.clientSecret, pollInterval: 300 });
    await waitForState(element, 'open');
    await sleep(400);
    element.remove();
    const spy = spyOnFetch();
    await sleep(1200);
    spy.restore();
    expect(spy.calls).to.deep.equal([]);
  });
});
