import { expect } from '@open-wc/testing';
import { ANSWER_TIMEOUT_MS } from '../../src/checkout/answer-timeout.js';
import { PayFlow } from '../../src/controllers/pay-flow.js';
import { CheckoutHarness, errorCodes, shadow } from '../support/checkout.js';
import { FakeClock } from '../support/fake-clock.js';
import { paymentForm } from '../support/form.js';
import { createSession, expireSession, releaseHeldConfirms, retrieveSession, waitForHeldConfirms } from '../support/sandbox.js';

/**
 * The widget's requests, watched: the Idempotency-Key of every confirm, and a hold on the next
 * load of the session, so what the customer sees while the widget asks can be looked at.
 */
function watchRequests(sessionId: string) {
  const original = window.fetch;
  const confirmKeys: (string | null)[] = [];
  let lookUpRequested!: () => void;
  const lookUpSent = new Promise<void>((resolve) => (lookUpRequested = resolve));
  let answerLookUp!: () => void;
  const lookUpAnswered = new Promise<void>((resolve) => (answerLookUp = resolve));
  let holdLookUp = false;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/client/confirm')) confirmKeys.push(new Headers(init?.headers).get('idempotency-key'));
    if (holdLookUp && url.endsWith(`/checkout/sessions/${sessionId}/client`)) {
      holdLookUp = false;
      lookUpRequested();
      await lookUpAnswered;
    }
    return original(input, init);
  };
  return {
    confirmKeys,
    /** Holds the next load; resolves once the widget sent it. */
    holdNextLookUp: () => {
      holdLookUp = true;
      return lookUpSent;
    },
    answerLookUp,
    restore: () => void (window.fetch = original),
  };
}

/** What the form shows in its polite status and in its payment alert. */
async function formMessages(harness: CheckoutHarness) {
  const form = await paymentForm(harness.element);
  const alert = shadow(form).querySelector<HTMLElement>('.payment-error')!;
  return { status: shadow(form).querySelector('.status')!.textContent!.trim(), alert: alert.hidden ? '' : alert.textContent!.trim() };
}

const charges = async (id: string) => (await retrieveSession(id)).paymentIntent?.charges.map((charge) => charge.status) ?? [];

describe(`<xpay-checkout> a confirm with no answer within ${ANSWER_TIMEOUT_MS / 1000} s`, () => {
  let clock: FakeClock;
  let harness: CheckoutHarness | null = null;
  let watch: ReturnType<typeof watchRequests> | null = null;
  const pageTimers = PayFlow.timers;

  beforeEach(() => {
    clock = new FakeClock();
    PayFlow.timers = clock;
  });
  afterEach(() => {
    PayFlow.timers = pageTimers;
    watch?.restore();
    watch = null;
    harness?.remove();
    harness = null;
  });

  /**
   * A session whose next confirm the sandbox holds at `stage`, with no event stream and slow
   * polling, so only the widget's own look-up can learn the outcome; the customer presses pay
   * and the sandbox has the confirm.
   */
  async function payIntoAHold(stage: 'before_charge' | 'after_charge') {
    const session = await createSession({ sandbox: { eventStream: false, holdConfirms: { count: 1, stage } } });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    watch = watchRequests(session.id);
    await harness.state('open');
    await harness.fill('customerDetails.email', 'slow@example.com');
    await harness.fillCard();
    await harness.pay();
    await harness.state('processing');
    await waitForHeldConfirms(session.id);
    return { session, harness, watch };
  }

  it('held before charging: "checking", then "not taken"; paying again reuses the key and charges once', async () => {
    const { session, harness, watch } = await payIntoAHold('before_charge');
    clock.tick(ANSWER_TIMEOUT_MS - 1);
    await harness.element.updateComplete;
    expect((await formMessages(harness)).status, 'still waiting').to.equal('');

    const lookUp = watch.holdNextLookUp();
    clock.tick(1);
    await lookUp;
    await harness.element.updateComplete;
    expect(harness.element.getAttribute('state')).to.equal('processing');
    expect(await formMessages(harness)).to.deep.equal({
      status: 'This is taking longer than usual. We are checking whether your payment went through; please do not pay again yet.',
      alert: '',
    });

    watch.answerLookUp();
    await harness.state('open');
    expect(await formMessages(harness)).to.deep.equal({ status: '', alert: 'Your payment was not taken. You can press pay again.' });
    expect(errorCodes(harness.events)).to.deep.equal(['confirm_timeout']);
    expect(await charges(session.id)).to.deep.equal([]);

    await harness.pay();
    await harness.state('complete');
    expect(watch.confirmKeys).to.have.length(2);
    expect(watch.confirmKeys[1], 'the same attempt').to.equal(watch.confirmKeys[0]);
    // The held confirm, let go at last, meets the answer its key already has: no second charge.
    expect(await releaseHeldConfirms(session.id)).to.equal(1);
    expect(await charges(session.id)).to.deep.equal(['succeeded']);
    expect(harness.details('xpay-complete')).to.have.length(1);
  });

  it('held after charging: the look-up finds the payment, so complete, once, with one charge', async () => {
    const { session, harness, watch } = await payIntoAHold('after_charge');
    expect((await retrieveSession(session.id)).status, 'paid at the provider').to.equal('complete');
    expect(harness.element.getAttribute('state'), 'the widget has not heard').to.equal('processing');
    clock.tick(ANSWER_TIMEOUT_MS);
    await harness.state('complete');
    await releaseHeldConfirms(session.id);
    expect(watch.confirmKeys).to.have.length(1);
    expect(await charges(session.id)).to.deep.equal(['succeeded']);
    expect(harness.events.filter((event) => event.type !== 'xpay-ready').map((event) => event.type)).to.deep.equal(['xpay-complete']);
    expect(harness.details('xpay-complete')[0]).to.include({ sessionId: session.id, paymentStatus: 'paid' });
  });

  it('the session expired meanwhile: the look-up shows the expired notice', async () => {
    const { session, harness } = await payIntoAHold('before_charge');
    await expireSession(session.id);
    clock.tick(ANSWER_TIMEOUT_MS);
    await harness.state('expired');
    expect(harness.details('xpay-expired')).to.deep.equal([{ sessionId: session.id, reason: 'confirm' }]);
    expect(harness.root.querySelector('xpay-expired-notice')).to.exist;
    expect(await charges(session.id)).to.deep.equal([]);
  });
});
