import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { XPayCheckout } from '../../src/index.js';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { cardInput, deepActiveElement, field, fill, fillCard, payButton, paymentForm } from '../support/form.js';
import { createSession, expireSession, retrieveSession, testEnv, updateSession } from '../support/sandbox.js';
import { sleep, spyOnConsole, spyOnFetch } from '../support/spies.js';

function track(element: XPayCheckout) {
  const events: { type: string; detail: any }[] = [];
  for (const type of ['xpay-complete', 'xpay-error', 'xpay-expired']) {
    element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

/** Mounts a session, pays with the 3-D Secure test card, and records where the widget navigates. */
async function startThreeDSecure(session: { clientSecret: string }) {
  const element = await mountCheckout({ clientSecret: session.clientSecret });
  const navigations: string[] = [];
  (element as unknown as { navigateTop: (url: string) => void }).navigateTop = (url) => navigations.push(url);
  await waitForState(element, 'open');
  await fill(element, 'customerDetails.email', '3ds@example.com');
  await fillCard(element, '4000002760003184');
  (await payButton(element)).click();
  await sleep(300);
  return { element, navigations };
}

/** Confirms reach the provider (which acts on them) but every answer is lost on the way back. */
function loseConfirmAnswers(): () => void {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    if (String(input).endsWith('/client/confirm')) throw new TypeError('Failed to fetch');
    return response;
  };
  return () => void (window.fetch = original);
}

const confirmCalls = (calls: { url: string; headers: Headers }[]) => calls.filter((call) => call.url.endsWith('/client/confirm'));

describe('<xpay-checkout> paying', () => {
  afterEach(() => fixtureCleanup());

  it('a whole purchase by keyboard alone', async () => {
    const session = await createSession({ nameCollection: true, merchantName: 'Keyboard Shop' });
    const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'en' });
    const events = track(element);
    await waitForState(element, 'open');
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('name')).to.equal('customerDetails.email');
    await sendKeys({ type: 'buyer@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Layla Hassan' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.getAttribute('name')).to.equal('paymentMethod.card.number');
    await sendKeys({ type: '4242424242424242' });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('4242 4242 4242 4242');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1234' });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('12 / 34');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '123' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.getAttribute('part')).to.equal('pay-button');
    await sendKeys({ press: 'Enter' });
    await waitForState(element, 'complete');
    expect(events.filter((e) => e.type === 'xpay-complete')).to.have.length(1);
    expect(events[0].detail.sessionId).to.equal(session.id);
    expect(events[0].detail.paymentStatus).to.equal('paid');
    expect(events[0].detail.paymentIntentId).to.match(/^pi_/);
    const stored = await retrieveSession(session.id);
    expect(stored.status).to.equal('complete');
    expect(stored.customerDetails!.email).to.equal('buyer@example.com');
    expect(stored.customerDetails!.name).to.equal('Layla Hassan');
    // Focus moved to the outcome rather than being lost with the form.
    expect(shadow(element).activeElement?.classList.contains('notice--success')).to.equal(true);
    await expect(element).to.be.accessible();
    before.remove();
  });

  it('pressing pay on an incomplete form sends nothing, marks every invalid field and focuses the first', async () => {
    const session = await createSession({ nameCollection: true });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    const spy = spyOnFetch();
    (await payButton(element)).click();
    await sleep(50);
    spy.restore();
    expect(confirmCalls(spy.calls)).to.have.length(0);
    expect(element.getAttribute('state')).to.equal('open');
    const email = await field(element, 'customerDetails.email');
    expect(deepActiveElement() === email, 'focus on the first invalid field').to.equal(true);
    for (const name of ['customerDetails.email', 'customerDetails.name', 'paymentMethod.card.number', 'paymentMethod.card.expiry', 'paymentMethod.card.cvc']) {
      const input = await field(element, name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      const message = (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
      expect(message.textContent!.trim(), name).to.not.equal('');
    }
    await expect(element).to.be.accessible();
    // After the first attempt, fixing a field clears its error as the customer types.
    await fill(element, 'customerDetails.email', 'ok@example.com');
    expect((await field(element, 'customerDetails.email')).getAttribute('aria-invalid')).to.equal('false');
  });

  it('a decline keeps the form, shows a persistent alert with focus, and a new attempt uses a new key', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    const events = track(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'decline@example.com');
    await fillCard(element, '4000000000000002');
    const spy = spyOnFetch();
    (await payButton(element)).click();
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('processing');
    await waitForState(element, 'open');
    const form = await paymentForm(element);
    const alert = shadow(form).querySelector<HTMLElement>('.payment-error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.hidden).to.equal(false);
    expect(alert.textContent).to.include('Your card was declined');
    expect(shadow(form).activeElement === alert, 'focus on the payment alert').to.equal(true);
    expect(events.map((e) => e.type)).to.deep.equal(['xpay-error']);
    expect(events[0].detail.code).to.equal('card_declined');
    expect((await field(element, 'customerDetails.email')).value).to.equal('decline@example.com');
    await expect(element).to.be.accessible();

    await fill(element, 'paymentMethod.card.number', '4242424242424242');
    (await payButton(element)).click();
    await waitForState(element, 'complete');
    spy.restore();
    const keys = confirmCalls(spy.calls).map((call) => call.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
    const stored = await retrieveSession(session.id);
    expect(stored.paymentIntent!.charges.map((charge: any) => charge.status)).to.deep.equal(['failed', 'succeeded']);
  });

  it('after a lost answer, an edited form checks with the provider instead of charging again', async () => {
    // No event stream to report the outcome: only the widget's own check can.
    const session = await createSession({ nameCollection: true, sandbox: { eventStream: false } });
    const element = await mountCheckout({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'lost@example.com');
    await fill(element, 'customerDetails.name', 'Sara');
    await fillCard(element);
    const restore = loseConfirmAnswers();
    try {
      (await payButton(element)).click();
      await waitForState(element, 'open');
      expect(shadow(await paymentForm(element)).querySelector('.payment-error')!.textContent).to.include('could not reach the payment service');
    } finally {
      restore();
    }
    await fill(element, 'customerDetails.name', 'Sara Fathy');
    (await payButton(element)).click();
    await waitForState(element, 'complete');
    const stored = await retrieveSession(session.id);
    expect(stored.paymentIntent!.charges).to.have.length(1);
  });

  it('a lost answer with the event stream on: the provider’s word shows completion, no error', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    const events = track(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'stream@example.com');
    await fillCard(element);
    const restore = loseConfirmAnswers();
    try {
      (await payButton(element)).click();
      await waitForState(element, 'complete');
      await sleep(1500);
    } finally {
      restore();
    }
    expect(element.getAttribute('state')).to.equal('complete');
    expect(events.map((e) => e.type)).to.deep.equal(['xpay-complete']);
  });

  it('a double click charges once', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'double@example.com');
    await fillCard(element);
    const button = await payButton(element);
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await waitForState(element, 'complete');
    const stored = await retrieveSession(session.id);
    expect(stored.paymentIntent!.charges).to.have.length(1);
  });

  it('shows progress while processing, with every input disabled', async () => {
    const session = await createSession({ nameCollection: true });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'wait@example.com');
    await fill(element, 'customerDetails.name', 'Omar');
    await fillCard(element);
    (await payButton(element)).click();
    await element.updateComplete;
    const form = await paymentForm(element);
    await form.updateComplete;
    expect(element.getAttribute('state')).to.equal('processing');
    const button = await payButton(element);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.include('Processing payment');
    expect((await field(element, 'customerDetails.email')).disabled).to.equal(true);
    const card = await cardInput(element);
    await card.updateComplete;
    expect((await field(element, 'paymentMethod.card.number')).disabled).to.equal(true);
    await waitForState(element, 'complete');
  });

  it('a provider 400 naming a param lands at that field', async () => {
    // The merchant tightens a custom field while the page is open and the widget cannot hear it.
    const session = await createSession({
      sandbox: { eventStream: false },
      customFields: [{ key: 'note', label: 'Order note', type: 'TEXT', isOptional: true }],
    });
    const element = await mountCheckout({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    await waitForState(element, 'open');
    await updateSession(session.id, { customFields: [{ key: 'note', label: 'Order note', type: 'TEXT', minCharacters: 10 }] });
    await fill(element, 'customerDetails.email', 'param@example.com');
    await fill(element, 'customFields.note', 'short');
    await fillCard(element);
    const events = track(element);
    (await payButton(element)).click();
    await waitForState(element, 'open');
    await sleep(50);
    const note = await field(element, 'customFields.note');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement() === note, 'focus on the refused field').to.equal(true);
    const message = (note.getRootNode() as ShadowRoot).getElementById(note.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).to.equal('Please check this field.');
    expect(events.map((e) => e.detail.code)).to.deep.equal(['parameter_invalid']);
    expect(note.value).to.equal('short');
  });

  it('a 410 while paying shows the expired notice (reason "confirm")', async () => {
    const session = await createSession({ sandbox: { eventStream: false } });
    const element = await mountCheckout({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    const events = track(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'late@example.com');
    await fillCard(element);
    await expireSession(session.id);
    (await payButton(element)).click();
    await waitForState(element, 'expired');
    expect(events.filter((e) => e.type === 'xpay-expired').map((e) => e.detail)).to.deep.equal([{ sessionId: session.id, reason: 'confirm' }]);
    expect(shadow(element).querySelector('xpay-expired-notice')).to.exist;
  });

  it('3-D Secure: navigates the top window, and on return shows the outcome', async () => {
    const session = await createSession({ returnUrl: 'https://shop.example/return?session_id={CHECKOUT_SESSION_ID}' });
    const { element, navigations } = await startThreeDSecure(session);
    expect(navigations).to.have.length(1);
    expect(navigations[0]).to.match(new RegExp(`^${testEnv.origin}/v1/sandbox/authenticate/pi_`));
    expect(navigations[0]).to.not.include(session.clientSecret.split('_secret_')[1]);
    const form = await paymentForm(element);
    expect(shadow(form).querySelector('.payment-error')!.textContent).to.include('Taking you to your bank');

    // The customer completes authentication at the bank…
    const page = await fetch(navigations[0]);
    expect(page.status).to.equal(200);
    const answer = await fetch(navigations[0], { method: 'POST', body: new URLSearchParams({ outcome: 'complete' }), redirect: 'manual' });
    expect([303, 0]).to.include(answer.status);
    // …and comes back to the merchant's page, where the widget loads the session again.
    fixtureCleanup();
    const returned = await mountCheckout({ clientSecret: session.clientSecret });
    const completed = new Promise<CustomEvent>((resolve) => returned.addEventListener('xpay-complete', (e) => resolve(e as CustomEvent), { once: true }));
    await waitForState(returned, 'complete');
    expect((await completed).detail.sessionId).to.equal(session.id);
  });

  it('3-D Secure failed: back on the page the customer sees why and can pay again', async () => {
    const session = await createSession();
    const { navigations } = await startThreeDSecure(session);
    await fetch(navigations[0], { method: 'POST', body: new URLSearchParams({ outcome: 'fail' }), redirect: 'manual' });
    fixtureCleanup();
    const returned = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(returned, 'open');
    const form = await paymentForm(returned);
    expect(shadow(form).querySelector('.payment-error')!.textContent).to.include('Your bank could not confirm this payment');
  });

  it('leaves the card number nowhere after completion', async () => {
    const number = '4242424242424242';
    const session = await createSession();
    const consoleSpy = spyOnConsole();
    const fetchSpy = spyOnFetch();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    const events = track(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'secret@example.com');
    await fillCard(element, number, '12 / 34', '987');
    const card = await cardInput(element);
    (await payButton(element)).click();
    await waitForState(element, 'complete');
    await sleep(50);
    consoleSpy.restore();
    fetchSpy.restore();
    const grouped = '4242 4242 4242 4242';
    const haystacks = [
      JSON.stringify(events),
      consoleSpy.lines.join('\n'),
      fetchSpy.calls.map((call) => call.url).join('\n'),
      performance.getEntriesByType('resource').map((entry) => entry.name).join('\n'),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.documentElement.outerHTML,
    ];
    const walk = (root: Document | ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        haystacks.push(node.outerHTML);
        if (node instanceof HTMLInputElement) haystacks.push(node.value);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document);
    // The card element itself was cleared (it may no longer be rendered, but it still exists in memory).
    haystacks.push(JSON.stringify(card.cardDetails()), (card as any).number, (card as any).cvc);
    for (const text of haystacks) {
      expect(text ?? '').to.not.include(number);
      expect(text ?? '').to.not.include(grouped);
    }
  });
});
