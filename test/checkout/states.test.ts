import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { XPayCheckout } from '../../src/index.js';
import { CheckoutHarness, detailsOf, errorCodes, mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { confirm, confirmBody, createSession, expireSession, testEnv } from '../support/sandbox.js';
import { spyOnFetch } from '../support/spies.js';

/** Creates the element with its recorder attached before it connects, so no early event is missed. */
function createWithEvents(props: Partial<Pick<XPayCheckout, 'clientSecret' | 'apiBase' | 'pollInterval' | 'locale'>>) {
  const { element, events } = CheckoutHarness.mount(props);
  return { element, events };
}

/** Every value the host's `state` attribute takes, in order. */
function recordStates(element: XPayCheckout): string[] {
  const states: string[] = [];
  new MutationObserver(() => states.push(element.getAttribute('state') ?? '')).observe(element, { attributeFilter: ['state'] });
  return states;
}


describe('<xpay-checkout> states', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
  });

  it('renders an open session, reflects state="open" and fires xpay-ready once', async () => {
    const session = await createSession({ merchantName: 'Nile Books' });
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    expect(element.getAttribute('state')).to.equal('loading');
    await waitForState(element, 'open');
    await waitUntil(() => events.some((e) => e.type === 'xpay-ready'));
    expect(events.filter((e) => e.type === 'xpay-ready')).to.deep.equal([{ type: 'xpay-ready', detail: { sessionId: session.id } }]);
    const summary = shadow(element).querySelector('xpay-order-summary')!;
    await summary.updateComplete;
    expect(shadow(summary).textContent).to.include('Nile Books');
    expect(shadow(summary).textContent).to.include('Premium Plan - Monthly');
    await expect(element).to.be.accessible();
  });

  it('opens the event stream only after xpay-ready: the session GET is the one request before it', async () => {
    const session = await createSession();
    const spy = spyOnFetch();
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    const apiCallsAtReady = new Promise<string[]>((resolve) =>
      element.addEventListener('xpay-ready', () => resolve(spy.calls.filter((call) => call.url.startsWith(testEnv.apiBase)).map((call) => call.url)), { once: true }),
    );
    expect(await apiCallsAtReady).to.deep.equal([`${testEnv.apiBase}/checkout/sessions/${session.id}/client`]);
    await waitUntil(() => spy.calls.some((call) => call.url.endsWith('/client/events')), 'the stream opens after ready');
    spy.restore();
    expect(events.filter((e) => e.type === 'xpay-ready')).to.have.lengthOf(1);
  });

  it('shows nothing for a load under 100 ms, then a skeleton with a status role until the session answers', async () => {
    const session = await createSession();
    // The session's answer waits for the test, so the load is as slow as it needs to be.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith(`/checkout/sessions/${session.id}/client`)) await answered;
      return realFetch(input, init);
    };
    try {
      const startedAt = performance.now();
      const element = await mountCheckout({ clientSecret: session.clientSecret });
      const root = shadow(element).querySelector<HTMLElement>('.root')!;
      expect(shadow(element).querySelector('.skeleton') === null, 'no bones at the first render').to.equal(true);
      expect(root.hidden, 'and no empty card either').to.equal(true);
      await waitUntil(() => shadow(element).querySelector('.skeleton'), 'the skeleton once the load is slow');
      expect(performance.now() - startedAt).to.be.at.least(100);
      const skeleton = shadow(element).querySelector('.skeleton')!;
      expect(root.hidden).to.equal(false);
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(400);
      answer();
      await waitForState(element, 'open');
      expect(shadow(element).querySelector('.skeleton') === null).to.equal(true);
    } finally {
      window.fetch = realFetch;
      answer();
    }
  });

  it('missing_api_base: error state without any request', async () => {
    const spy = spyOnFetch();
    const { element, events } = createWithEvents({ clientSecret: 'cs_test_1_secret_a', apiBase: null });
    await waitForState(element, 'error');
    spy.restore();
    const [error] = events;
    expect(error.type).to.equal('xpay-error');
    expect(error.type === 'xpay-error' && error.detail.code).to.equal('missing_api_base');
    expect(error.type === 'xpay-error' && error.detail.message).to.match(/address is missing/);
    expect(spy.calls).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('invalid_client_secret: error state without any request', async () => {
    const spy = spyOnFetch();
    const { element, events } = createWithEvents({ clientSecret: 'not-a-secret', apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    spy.restore();
    expect(errorCodes(events)).to.deep.equal(['invalid_client_secret']);
    expect(spy.calls).to.have.length(0);
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('This checkout link is not valid');
    expect(alert.querySelector('button')).to.equal(null);
  });

  it('a locale set after the session ended never leaves the widget waiting for strings', async () => {
    const { element } = createWithEvents({ clientSecret: 'not-a-secret', apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    element.locale = 'fi';
    await element.updateComplete;
    expect(shadow(element).querySelector('.root')!.getAttribute('aria-label')).to.equal('Checkout');
  });

  it('unauthorized: a secret that does not belong to the session', async () => {
    const session = await createSession();
    const { element, events } = createWithEvents({ clientSecret: `${session.id}_secret_wrongtoken`, apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    expect(errorCodes(events)).to.deep.equal(['unauthorized']);
  });

  it('session_not_found: an unknown session id', async () => {
    const { element, events } = createWithEvents({ clientSecret: 'cs_test_doesnotexist_secret_abc', apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    expect(errorCodes(events)).to.deep.equal(['session_not_found']);
  });

  it('network: three tries with backoff, then a Retry button that loads again', async () => {
    const session = await createSession({ sandbox: { failLoads: 3 } });
    const spy = spyOnFetch();
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    const loads = spy.calls.filter((call) => call.url.endsWith(`/checkout/sessions/${session.id}/client`));
    expect(loads).to.have.length(3);
    expect(errorCodes(events)).to.deep.equal(['network']);
    await expect(element).to.be.accessible();
    const retry = shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitForState(element, 'open');
    spy.restore();
  });

  it('network: an unreachable API ends in the network error', async () => {
    const { element, events } = createWithEvents({ clientSecret: 'cs_test_1_secret_a', apiBase: 'http://127.0.0.1:9/v1' });
    await waitForState(element, 'error');
    expect(errorCodes(events)).to.deep.equal(['network']);
  });

  it('recovers from transient 5xx answers within its three tries', async () => {
    const session = await createSession({ sandbox: { failLoads: 2 } });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
  });

  it('invalid_session: a body that fails the schema', async () => {
    const session = await createSession({ sandbox: { malformedLoad: true } });
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    expect(errorCodes(events)).to.deep.equal(['invalid_session']);
  });

  it('ui_mode_not_embedded: a hosted session links to its own page', async () => {
    const session = await createSession({ uiMode: 'hosted' });
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    await waitForState(element, 'error');
    expect(errorCodes(events)).to.deep.equal(['ui_mode_not_embedded']);
    const link = shadow(element).querySelector<HTMLAnchorElement>('[role="alert"] a')!;
    expect(link.href).to.equal(session.url);
  });

  it('changing client-secret loads the new session', async () => {
    const first = await createSession({ merchantName: 'First Shop' });
    const second = await createSession({ merchantName: 'Second Shop' });
    const element = await mountCheckout({ clientSecret: first.clientSecret });
    await waitForState(element, 'open');
    element.clientSecret = second.clientSecret;
    await element.updateComplete;
    await waitForState(element, 'open');
    const summary = shadow(element).querySelector('xpay-order-summary')!;
    await summary.updateComplete;
    expect(shadow(summary).textContent).to.include('Second Shop');
  });

  it('renders a completed session as complete', async () => {
    const session = await createSession();
    const paid = await confirm(session, await confirmBody(session));
    expect(paid.status).to.equal(200);
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'complete');
    expect(shadow(element).querySelector('[part~="notice"]')!.textContent).to.include('Payment complete');
    const summary = shadow(element).querySelector('xpay-order-summary')!;
    await summary.updateComplete;
    expect(shadow(summary).textContent).to.include('Total paid');
    expect(shadow(summary).textContent).to.not.include('Total due');
    await expect(element).to.be.accessible();
  });

  it('a session loaded complete or expired is announced ready first, then its outcome', async () => {
    const paid = await createSession();
    expect((await confirm(paid, await confirmBody(paid))).status).to.equal(200);
    const gone = await createSession();
    await expireSession(gone.id);
    const complete = CheckoutHarness.mount({ clientSecret: paid.clientSecret });
    const expired = CheckoutHarness.mount({ clientSecret: gone.clientSecret });
    await complete.waitFor('xpay-complete');
    await expired.waitFor('xpay-expired');
    expect(complete.events.map((event) => event.type)).to.deep.equal(['xpay-ready', 'xpay-complete']);
    expect(expired.events.map((event) => event.type)).to.deep.equal(['xpay-ready', 'xpay-expired']);
  });

  it('re-attaching a completed session does not announce completion again', async () => {
    const session = await createSession();
    expect((await confirm(session, await confirmBody(session))).status).to.equal(200);
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    await waitForState(element, 'complete');
    const readies = events.filter((e) => e.type === 'xpay-ready').length;
    const states = recordStates(element);
    element.remove();
    document.body.append(element);
    // Re-attached, it starts over from the provider's view: loading, then complete again, ready again.
    await waitUntil(() => events.filter((e) => e.type === 'xpay-ready').length === readies + 1);
    expect(states).to.deep.equal(['loading', 'complete']);
    expect(events.filter((e) => e.type === 'xpay-complete')).to.have.length(1);
  });

  it('asks for the session while its catalog loads; removed then, it drops that request and shows nothing', async () => {
    const session = await createSession();
    const spy = spyOnFetch();
    const { element } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase, locale: 'fi' });
    await element.updateComplete;
    // The race is real only if the catalog was still loading at removal: the root is then unlabelled.
    expect(shadow(element).querySelector('.root')!.hasAttribute('aria-label')).to.equal(false);
    const apiCalls = () => spy.calls.filter((call) => call.url.startsWith(testEnv.apiBase));
    expect(apiCalls().map((call) => call.url), 'the session request does not wait for the catalog').to.deep.equal([`${testEnv.apiBase}/checkout/sessions/${session.id}/client`]);
    element.remove();
    // The same module the widget asked for: once it has arrived here, it has arrived there too.
    await import('../../src/i18n/locales/fi.js');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    spy.restore();
    expect(apiCalls()).to.have.lengthOf(1);
    expect(apiCalls()[0].signal?.aborted, 'the request was dropped with its element').to.equal(true);
    expect(element.getAttribute('state')).to.equal('loading');
  });

  describe('what a load can answer (CONTRACT §2)', () => {
    it('410: the expired notice, reason status, with no form behind it', async () => {
      const session = await createSession({ sandbox: { failLoads: { count: 10, status: 410 } } });
      const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
      await waitForState(element, 'expired');
      expect(detailsOf(events, 'xpay-expired')).to.deep.equal([{ sessionId: session.id, reason: 'status' }]);
      expect(shadow(element).querySelector('xpay-expired-notice')).to.not.equal(null);
      expect(shadow(element).querySelector('xpay-payment-form')).to.equal(null);
      await waitUntil(() => events.some((e) => e.type === 'xpay-ready'));
    });

    it('429: retried after Retry-After, then the session opens', async () => {
      const session = await createSession({ sandbox: { failLoads: { count: 1, status: 429, retryAfter: 1 } } });
      const spy = spyOnFetch();
      const started = performance.now();
      const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
      await waitForState(element, 'open');
      spy.restore();
      expect(performance.now() - started).to.be.greaterThan(950);
      expect(spy.calls.filter((call) => call.url.endsWith(`/checkout/sessions/${session.id}/client`))).to.have.length(2);
      expect(errorCodes(events)).to.deep.equal([]);
    });

    it('any other status: unexpected_response with Retry', async () => {
      const session = await createSession({ sandbox: { failLoads: { count: 1, status: 418 } } });
      const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
      await waitForState(element, 'error');
      expect(errorCodes(events)).to.deep.equal(['unexpected_response']);
      shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitForState(element, 'open');
    });

    it('a 200 for another session: invalid_session', async () => {
      const session = await createSession({ sandbox: { loadIdMismatch: true } });
      const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
      await waitForState(element, 'error');
      expect(errorCodes(events)).to.deep.equal(['invalid_session']);
    });
  });

  it('keeps the client secret out of every URL, attribute and event', async () => {
    const session = await createSession();
    const spy = spyOnFetch();
    const { element, events } = createWithEvents({ clientSecret: session.clientSecret, apiBase: testEnv.apiBase });
    await waitForState(element, 'open');
    spy.restore();
    await expireSession(session.id);
    await waitForState(element, 'expired');
    const secret = session.clientSecret;
    const token = secret.split('_secret_')[1];
    expect(spy.calls.length).to.be.greaterThan(0);
    for (const call of spy.calls) {
      expect(call.url).to.not.include(token);
      expect(call.headers.get('authorization')).to.equal(`Bearer ${secret}`);
    }
    for (const entry of performance.getEntriesByType('resource')) expect(entry.name).to.not.include(token);
    for (const attribute of element.getAttributeNames()) expect(element.getAttribute(attribute) ?? '').to.not.include(token);
    expect(JSON.stringify(events)).to.not.include(token);
    expect(shadow(element).innerHTML).to.not.include(token);
  });
});
