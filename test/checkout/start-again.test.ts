import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { initEmbeddedCheckout, type EmbeddedCheckout, type XPayCheckout } from '../../src/index.js';
import { CheckoutHarness, recordEvents, shadow, waitForState, type RecordedEvent } from '../support/checkout.js';
import { cardFrameReady } from '../support/card-frame.js';
import { cardInput, deepActiveElement, field, fill, fillCard } from '../support/form.js';
import { createSession, expireSession, testEnv, type SandboxSession } from '../support/sandbox.js';

const customFields = [{ key: 'order_note', label: 'Order note', type: 'TEXT', isOptional: true }];
const ASKS_EVERYTHING = { nameCollection: true, phoneNumberCollection: true, billingAddressCollection: true, customFields };

async function notice(element: XPayCheckout) {
  await waitUntil(() => shadow(element).querySelector('xpay-expired-notice'), 'the expired notice', { timeout: 8000 });
  const host = shadow(element).querySelector('xpay-expired-notice')!;
  await host.updateComplete;
  return { host, dialog: shadow(host).querySelector<HTMLElement>('[role="alertdialog"]')! };
}

const valueOf = async (element: XPayCheckout, name: string) => (await field(element, name)).value;

async function typeEverything(element: XPayCheckout) {
  await fill(element, 'customerDetails.email', 'layla@example.com');
  await fill(element, 'customerDetails.name', 'Layla Hassan');
  await fill(element, 'customerDetails.phone', '1001234567');
  await fill(element, 'customerDetails.billingDetails.address.line1', '12 Nile St');
  await fill(element, 'customerDetails.billingDetails.address.city', 'Cairo');
  await fill(element, 'customFields.order_note', 'Leave at door');
}

describe('Start again after expiry (CONTRACT §6)', () => {
  let checkout: EmbeddedCheckout | null = null;
  afterEach(async () => {
    checkout?.destroy();
    checkout = null;
    document.querySelectorAll('body > xpay-checkout, body > .host').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  async function startWithFetcher(sessions: SandboxSession[], fetcher?: () => Promise<string>) {
    const host = Object.assign(document.createElement('div'), { className: 'host' });
    document.body.append(host);
    const fetches: string[] = [];
    checkout = await initEmbeddedCheckout({
      apiBase: testEnv.apiBase,
      fetchClientSecret:
        fetcher ??
        (async () => {
          const next = sessions[fetches.length];
          fetches.push(next.id);
          return next.clientSecret;
        }),
    });
    checkout.mount(host);
    const element = host.querySelector('xpay-checkout')!;
    const events: RecordedEvent[] = recordEvents(element);
    await waitForState(element, 'open');
    return { element, events, fetches };
  }

  it('mounts a new session in place and restores what was typed, never the card', async () => {
    const first = await createSession(ASKS_EVERYTHING);
    const second = await createSession(ASKS_EVERYTHING);
    const { element, events, fetches } = await startWithFetcher([first, second]);
    await typeEverything(element);
    await fillCard(element);
    await expireSession(first.id);
    await waitForState(element, 'expired');

    const { dialog } = await notice(element);
    const startAgain = [...dialog.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Start again')!;
    expect(startAgain, 'a Start again button').to.exist;
    expect(dialog.textContent).to.contain('A new checkout opens here with the details you entered.');
    startAgain.click();

    await waitUntil(() => events.some((event) => event.type === 'xpay-ready' && event.detail.sessionId === second.id), 'ready for the new session', { timeout: 8000 });
    expect(fetches).to.deep.equal([first.id, second.id]);
    expect(element.state).to.equal('open');
    expect(events.filter((event) => event.type === 'xpay-expired').map((event) => event.detail)).to.deep.equal([{ sessionId: first.id, reason: 'server' }]);
    expect(shadow(element).querySelector('xpay-expired-notice')).to.equal(null);
    expect(await valueOf(element, 'customerDetails.email')).to.equal('layla@example.com');
    expect(await valueOf(element, 'customerDetails.name')).to.equal('Layla Hassan');
    expect(await valueOf(element, 'customerDetails.phone')).to.equal('1001234567');
    expect(await valueOf(element, 'customerDetails.billingDetails.address.line1')).to.equal('12 Nile St');
    expect(await valueOf(element, 'customerDetails.billingDetails.address.city')).to.equal('Cairo');
    expect(await valueOf(element, 'customFields.order_note')).to.equal('Leave at door');
    // The new session's frame starts empty: card data never outlives its session.
    const frame = await cardFrameReady(await cardInput(element));
    expect(frame.fields.number.value).to.equal('');
  });

  it('restores only the fields the new session also asks for', async () => {
    const first = await createSession(ASKS_EVERYTHING);
    const second = await createSession({ nameCollection: true });
    const { element, events } = await startWithFetcher([first, second]);
    await typeEverything(element);
    await expireSession(first.id);
    await waitForState(element, 'expired');
    const { dialog } = await notice(element);
    dialog.querySelector('button')!.click();
    await waitUntil(() => events.some((event) => event.type === 'xpay-ready' && event.detail.sessionId === second.id), 'ready', { timeout: 8000 });
    expect(await valueOf(element, 'customerDetails.email')).to.equal('layla@example.com');
    expect(await valueOf(element, 'customerDetails.name')).to.equal('Layla Hassan');
    // The new session asks for no phone, so none is shown (and none would be sent).
    const form = shadow(element).querySelector('xpay-payment-form')!;
    expect(shadow(form).querySelector('[name="customerDetails.phone"]')).to.equal(null);
  });

  it('keeps the notice, with its action, when the merchant’s server cannot give a new session', async () => {
    const first = await createSession();
    let calls = 0;
    const { element } = await startWithFetcher([first], async () => {
      calls += 1;
      if (calls === 1) return first.clientSecret;
      throw new Error('the shop is down');
    });
    await expireSession(first.id);
    await waitForState(element, 'expired');
    const { host, dialog } = await notice(element);
    dialog.querySelector('button')!.click();
    await waitUntil(() => dialog.querySelector('[role="alert"]')!.textContent!.includes('A new checkout could not be started'), 'the failure said', { timeout: 4000 });
    await host.updateComplete;
    expect(element.state).to.equal('expired');
    const button = dialog.querySelector('button')!;
    expect(button.disabled).to.equal(false);
    expect(button.textContent!.trim()).to.equal('Start again');
  });

  it('restores typed values when the merchant sets a new client-secret after xpay-expired', async () => {
    const first = await createSession(ASKS_EVERYTHING);
    const second = await createSession(ASKS_EVERYTHING);
    const harness = CheckoutHarness.mount({ clientSecret: first.clientSecret });
    harness.element.addEventListener('xpay-expired', () => {
      harness.element.clientSecret = second.clientSecret;
    });
    await harness.state('open');
    await typeEverything(harness.element);
    await expireSession(first.id);
    await waitUntil(() => harness.details('xpay-ready').some((detail) => detail.sessionId === second.id), 'the new session ready', { timeout: 8000 });
    expect(await valueOf(harness.element, 'customerDetails.email')).to.equal('layla@example.com');
    expect(await valueOf(harness.element, 'customFields.order_note')).to.equal('Leave at door');
    harness.remove();
  });

  it('a new client-secret for an open session starts afresh', async () => {
    const first = await createSession(ASKS_EVERYTHING);
    const second = await createSession(ASKS_EVERYTHING);
    const harness = CheckoutHarness.mount({ clientSecret: first.clientSecret });
    await harness.state('open');
    await typeEverything(harness.element);
    harness.element.clientSecret = second.clientSecret;
    await waitUntil(() => harness.details('xpay-ready').some((detail) => detail.sessionId === second.id), 'the new session ready', { timeout: 8000 });
    expect(await valueOf(harness.element, 'customerDetails.email')).to.equal('');
    harness.remove();
  });
});

describe('the expired notice', () => {
  afterEach(async () => {
    document.querySelectorAll('body > xpay-checkout, body > .tall').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('says the time ran out only when it did, and that the merchant closed it otherwise', async () => {
    const closed = await createSession();
    const harness = CheckoutHarness.mount({ clientSecret: closed.clientSecret });
    await harness.state('open');
    await expireSession(closed.id);
    await harness.state('expired');
    expect((await notice(harness.element)).dialog.textContent).to.contain('This checkout was closed before the payment was made');
    harness.remove();

    const timedOut = await createSession({ expiresAfterMinutes: 0.02, sandbox: { eventStream: false } });
    const clock = CheckoutHarness.mount({ clientSecret: timedOut.clientSecret, pollInterval: 60_000 });
    await clock.state('expired', 8000);
    const text = (await notice(clock.element)).dialog.textContent!;
    expect(text).to.contain('The time to complete this payment ran out');
    expect(text).not.to.contain('closed');
    clock.remove();
  });

  it('keeps Tab and Shift+Tab inside while it claims aria-modal, and Escape leaves it open', async () => {
    const session = await createSession({ cancelUrl: 'https://shop.example/cart' });
    const harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    harness.element.fetchClientSecret = async () => session.clientSecret;
    await harness.state('open');
    await expireSession(session.id);
    await harness.state('expired');
    const { dialog } = await notice(harness.element);
    await waitUntil(() => deepActiveElement() === dialog, 'focus on the dialog');
    const [startAgain, back] = [dialog.querySelector('button')!, dialog.querySelector('a')!];
    const seen: (Element | null)[] = [];
    for (let press = 0; press < 4; press += 1) {
      await sendKeys({ press: 'Tab' });
      seen.push(deepActiveElement());
    }
    expect(seen).to.deep.equal([startAgain, back, startAgain, back]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(startAgain);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(back);
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Escape' });
    expect(harness.element.state).to.equal('expired');
    expect(dialog.isConnected).to.equal(true);
    expect(deepActiveElement()).to.equal(back);
    harness.remove();
  });

  it('always holds an action: without a new session or a way back, it reloads the page', async () => {
    const session = await createSession();
    const harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    let reloads = 0;
    (harness.element as unknown as { reloadPage: () => void }).reloadPage = () => (reloads += 1);
    await harness.state('open');
    await expireSession(session.id);
    await harness.state('expired');
    const { dialog } = await notice(harness.element);
    const actions = dialog.querySelectorAll('a[href], button');
    expect(actions.length).to.equal(1);
    expect(actions[0].textContent!.trim()).to.equal('Try again');
    (actions[0] as HTMLButtonElement).click();
    expect(reloads).to.equal(1);
    harness.remove();
  });

  it('is brought into view when it opens on a small screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const session = await createSession(ASKS_EVERYTHING);
    const harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    // Below the widget, far down the merchant's page: the customer scrolled past the checkout.
    const tall = Object.assign(document.createElement('div'), { className: 'tall' });
    tall.style.blockSize = '3000px';
    document.body.append(tall);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await expireSession(session.id);
    await harness.state('expired');
    const { dialog } = await notice(harness.element);
    await waitUntil(() => {
      const box = dialog.getBoundingClientRect();
      // Layout rounds to sub-pixels: within a pixel is inside.
      return box.top >= -1 && box.bottom <= innerHeight + 1;
    }, 'the dialog inside the viewport', { timeout: 3000 }).catch((error) => {
      throw new Error(`${error.message}: ${JSON.stringify(dialog.getBoundingClientRect())} in ${innerHeight}, scrollY ${scrollY}`);
    });
    expect(deepActiveElement()).to.equal(dialog);
    harness.remove();
  });
});
