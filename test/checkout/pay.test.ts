import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { readFrameState, typeCard } from '../support/card-frame.js';
import { detailsOf, errorCodes, mountCheckout, recordEvents, shadow, waitForState, type RecordedEvent } from '../support/checkout.js';
import { cardInput, deepActiveElement, field, fill, fillCard, payButton, paymentForm } from '../support/form.js';
import { createSession, expireSession, retrieveSession, updateSession } from '../support/sandbox.js';
import { spyOnFetch } from '../support/spies.js';

/** What the merchant heard about outcomes: every public event but `xpay-ready`. */
const outcomes = (events: RecordedEvent[]) => events.filter((event) => event.type !== 'xpay-ready');

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

  it('a whole purchase by keyboard alone, through the card frame and out again', async () => {
    const session = await createSession({ nameCollection: true, merchantName: 'Keyboard Shop' });
    const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'en' });
    const events = recordEvents(element);
    await waitForState(element, 'open');
    await readFrameState();
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('name')).to.equal('customerDetails.email');
    await sendKeys({ type: 'buyer@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Layla Hassan' });
    // Tab leaves the page's last field for the frame's first input…
    await sendKeys({ press: 'Tab' });
    expect((await readFrameState()).active).to.equal('number');
    await sendKeys({ type: '4242424242424242' });
    expect((await readFrameState()).fields.number.value).to.equal('4242 4242 4242 4242');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1234' });
    expect((await readFrameState()).fields.expiry.value).to.equal('12 / 34');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '123' });
    // …Shift+Tab walks back inside it, and Tab from its last input reaches the pay button.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((await readFrameState()).active).to.equal('expiry');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.getAttribute('part')).to.equal('pay-button');
    await sendKeys({ press: 'Enter' });
    await waitForState(element, 'complete', 15000);
    const [complete] = outcomes(events);
    expect(outcomes(events)).to.have.length(1);
    expect(complete.type === 'xpay-complete' && complete.detail).to.include({ sessionId: session.id, paymentStatus: 'paid' });
    expect(complete.type === 'xpay-complete' && complete.detail.paymentIntentId).to.match(/^pi_/);
    const stored = await retrieveSession(session.id);
    expect(stored.status).to.equal('complete');
    expect(stored.customerDetails!.email).to.equal('buyer@example.com');
    expect(stored.customerDetails!.name).to.equal('Layla Hassan');
    // Focus moved to the outcome rather than being lost with the form.
    expect(shadow(element).activeElement?.classList.contains('notice--success')).to.equal(true);
    await expect(element).to.be.accessible();
    before.remove();
  });

  it('Enter inside the card frame pays', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'enter@example.com');
    await fillCard(element);
    await sendKeys({ press: 'Enter' });
    await waitForState(element, 'complete', 15000);
  });

  it('pressing pay on an incomplete form sends nothing, marks every invalid field and focuses the first', async () => {
    const session = await createSession({ nameCollection: true });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    const card = await cardInput(element);
    await readFrameState();
    const spy = spyOnFetch();
    const submitted: Event[] = [];
    (await paymentForm(element)).addEventListener('xpay-submit', (event) => submitted.push(event));
    (await payButton(element)).click();
    // The card's own check (inside the frame) is the last step before a submit could happen.
    await waitUntil(() => card.state.error !== null, 'the card reports its error');
    await waitUntil(async () => (await readFrameState()).fields.number.ariaInvalid === 'true', 'the frame marks its inputs');
    spy.restore();
    expect(submitted).to.have.length(0);
    expect(confirmCalls(spy.calls)).to.have.length(0);
    expect(element.getAttribute('state')).to.equal('open');
    const email = await field(element, 'customerDetails.email');
    expect(deepActiveElement() === email, 'focus on the first invalid field').to.equal(true);
    for (const name of ['customerDetails.email', 'customerDetails.name']) {
      const input = await field(element, name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      const message = (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
      expect(message.textContent!.trim(), name).to.not.equal('');
    }
    const frame = await readFrameState();
    for (const part of ['number', 'expiry', 'cvc'] as const) {
      expect(frame.fields[part].ariaInvalid, part).to.equal('true');
      expect(frame.fields[part].error, part).to.not.equal('');
    }
    await expect(element).to.be.accessible();
    // After the first attempt, fixing a field clears its error as the customer types.
    await fill(element, 'customerDetails.email', 'ok@example.com');
    expect((await field(element, 'customerDetails.email')).getAttribute('aria-invalid')).to.equal('false');
  });

  it('with every other field valid, pressing pay focuses the first invalid card input inside the frame', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'card-first@example.com');
    await fillCard(element, '4242424242424242', '', '');
    (await payButton(element)).click();
    await waitUntil(async () => (await readFrameState()).active === 'expiry', 'focus on the expiry input in the frame');
    expect(element.getAttribute('state')).to.equal('open');
  });

  it('a decline keeps the form, shows a persistent alert with focus, and a new attempt uses a new key', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    const events = recordEvents(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'decline@example.com');
    await fillCard(element, '4000000000000002');
    const spy = spyOnFetch();
    (await payButton(element)).click();
    await waitForState(element, 'processing');
    await waitForState(element, 'open');
    const form = await paymentForm(element);
    const alert = shadow(form).querySelector<HTMLElement>('.payment-error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.hidden).to.equal(false);
    expect(alert.textContent).to.include('Your card was declined');
    expect(shadow(form).activeElement === alert, 'focus on the payment alert').to.equal(true);
    expect(errorCodes(outcomes(events))).to.deep.equal(['card_declined']);
    expect(outcomes(events)).to.have.length(1);
    expect((await field(element, 'customerDetails.email')).value).to.equal('decline@example.com');
    await expect(element).to.be.accessible();

    await typeCard(await cardInput(element), 'number', '4242424242424242', { replace: true });
    (await payButton(element)).click();
    await waitForState(element, 'complete', 15000);
    spy.restore();
    const keys = confirmCalls(spy.calls).map((call) => call.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
    const stored = await retrieveSession(session.id);
    expect(stored.paymentIntent!.charges.map((charge: { status: string }) => charge.status)).to.deep.equal(['failed', 'succeeded']);
  });

  it('the focused decline alert is wholly in view, though it appeared at the bottom edge of the screen', async () => {
    await setViewport({ width: 800, height: 500 });
    try {
      const session = await createSession();
      const element = await mountCheckout({ clientSecret: session.clientSecret });
      await waitForState(element, 'open');
      await fill(element, 'customerDetails.email', 'decline@example.com');
      await fillCard(element, '4000000000000002');
      // As a customer pays: the pay button just in view at the bottom of the screen.
      const button = await payButton(element);
      scrollBy(0, button.getBoundingClientRect().bottom - innerHeight);
      button.click();
      await waitForState(element, 'processing');
      await waitForState(element, 'open');
      const form = await paymentForm(element);
      const alert = shadow(form).querySelector<HTMLElement>('.payment-error')!;
      await waitUntil(() => shadow(form).activeElement === alert, 'focus on the payment alert');
      const { top, bottom } = alert.getBoundingClientRect();
      expect(top >= 0 && bottom <= innerHeight, `the alert spans ${top}–${bottom} px of ${innerHeight}`).to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
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
      await waitForState(element, 'processing');
      await waitForState(element, 'open', 15000);
      expect(shadow(await paymentForm(element)).querySelector('.payment-error')!.textContent).to.include('could not reach the payment service');
    } finally {
      restore();
    }
    await fill(element, 'customerDetails.name', 'Sara Fathy');
    (await payButton(element)).click();
    await waitForState(element, 'complete', 15000);
    const stored = await retrieveSession(session.id);
    expect(stored.paymentIntent!.charges).to.have.length(1);
  });

  it('after a lost answer, the same form retries with the same key and the same card token', async () => {
    const session = await createSession({ sandbox: { eventStream: false } });
    const element = await mountCheckout({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'same@example.com');
    await fillCard(element);
    const bodies: { key: string | null; body: string }[] = [];
    const original = window.fetch;
    let lose = true;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await original(input, init);
      if (String(input).endsWith('/client/confirm')) {
        bodies.push({ key: new Headers(init?.headers).get('idempotency-key'), body: String(init?.body) });
        if (lose) throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      (await payButton(element)).click();
      await waitForState(element, 'processing');
      await waitForState(element, 'open', 15000);
      lose = false;
      (await payButton(element)).click();
      await waitForState(element, 'complete', 15000);
    } finally {
      window.fetch = original;
    }
    // The confirm client retries a lost answer itself; every one of them is the same attempt.
    expect(new Set(bodies.map((sent) => sent.key)).size).to.equal(1);
    expect(new Set(bodies.map((sent) => sent.body)).size).to.equal(1);
    expect((await retrieveSession(session.id)).paymentIntent!.charges).to.have.length(1);
  });

  it('a lost answer with the event stream on: the provider’s word shows completion, no error', async () => {
    const session = await createSession();
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    const events = recordEvents(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'stream@example.com');
    await fillCard(element);
    const restore = loseConfirmAnswers();
    try {
      (await payButton(element)).click();
      await waitForState(element, 'complete', 15000);
      // The lost answer's own retries end after completion: they must not turn it into an error.
      await waitUntil(() => outcomes(events).length > 0);
    } finally {
      restore();
    }
    expect(element.getAttribute('state')).to.equal('complete');
    expect(outcomes(events).map((event) => event.type)).to.deep.equal(['xpay-complete']);
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
    await waitForState(element, 'complete', 15000);
    const stored = await retrieveSession(session.id);
    expect(stored.paymentIntent!.charges).to.have.length(1);
  });

  it('shows progress while processing, with every input disabled, the frame’s too', async () => {
    const session = await createSession({ nameCollection: true });
    const element = await mountCheckout({ clientSecret: session.clientSecret });
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'wait@example.com');
    await fill(element, 'customerDetails.name', 'Omar');
    await fillCard(element);
    // Hold the confirm so the processing state can be looked at.
    const original = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/client/confirm')) await held;
      return original(input, init);
    };
    try {
      (await payButton(element)).click();
      await waitForState(element, 'processing');
      const form = await paymentForm(element);
      await form.updateComplete;
      const button = await payButton(element);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.include('Processing payment');
      expect((await field(element, 'customerDetails.email')).disabled).to.equal(true);
      await waitUntil(async () => (await readFrameState()).fields.number.disabled, 'the frame disables its inputs');
    } finally {
      release();
      window.fetch = original;
    }
    await waitForState(element, 'complete', 15000);
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
    const events = recordEvents(element);
    (await payButton(element)).click();
    await waitUntil(() => errorCodes(events).length > 0, 'the refusal is reported', { timeout: 8000 });
    await waitForState(element, 'open');
    const note = await field(element, 'customFields.note');
    await waitUntil(() => deepActiveElement() === note, 'focus on the refused field');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    const message = (note.getRootNode() as ShadowRoot).getElementById(note.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).to.equal('Please check this field.');
    expect(errorCodes(events)).to.deep.equal(['parameter_invalid']);
    expect(note.value).to.equal('short');
  });

  it('a 410 while paying shows the expired notice (reason "confirm")', async () => {
    const session = await createSession({ sandbox: { eventStream: false } });
    const element = await mountCheckout({ clientSecret: session.clientSecret, pollInterval: 60_000 });
    const events = recordEvents(element);
    await waitForState(element, 'open');
    await fill(element, 'customerDetails.email', 'late@example.com');
    await fillCard(element);
    await expireSession(session.id);
    (await payButton(element)).click();
    await waitForState(element, 'expired', 15000);
    expect(detailsOf(events, 'xpay-expired')).to.deep.equal([{ sessionId: session.id, reason: 'confirm' }]);
    expect(shadow(element).querySelector('xpay-expired-notice')).to.exist;
  });
});
