import { ContextProvider } from '@lit/context';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CheckoutError } from '../../src/api/errors.js';
import { XPayCardInput, type CardFrameConfig, type CardState } from '../../src/components/card-input/xpay-card-input.js';
import { defineElement } from '../../src/define.js';
import { englishTranslator, loadTranslator } from '../../src/i18n/catalogs.js';
import { translatorContext } from '../../src/i18n/context.js';
import type { Translator } from '../../src/i18n/translator.js';
import { themeTokens } from '../../src/theme/tokens.styles.js';
import {
  cardFrameReady,
  clickFrameField,
  failNetwork,
  frameOf,
  frameStyle,
  networkLog,
  postFromFrame,
  pressKey,
  readFrameState,
  typeCard,
  typeCardDetails,
} from '../support/card-frame.js';
import { confirm, createSession, expireSession, testEnv, type SandboxSession } from '../support/sandbox.js';

defineElement('xpay-card-input', XPayCardInput);

/** The widget's resolved tokens on a host, as `<xpay-checkout>` has them, so the frame is themed as in the widget. */
class CardThemeHost extends LitElement {
  static override styles = [themeTokens];
  override render() {
    return html`<slot></slot>`;
  }
}
defineElement('card-theme-host', CardThemeHost);

const year = String(new Date().getFullYear() + 3).slice(-2);
const EXPIRY = `12 / ${year}`;

const roots: HTMLElement[] = [];

interface Mounted {
  card: XPayCardInput;
  host: HTMLElement;
  provider: ContextProvider<typeof translatorContext>;
}

function configFor(session: SandboxSession, extra: Partial<CardFrameConfig> = {}): CardFrameConfig {
  return { apiBase: testEnv.apiBase, clientSecret: session.clientSecret, sessionId: session.id, ...extra };
}

/** `<xpay-card-input>` inside a translator provider and the widget's theme, as the payment form hosts it. */
async function mountCard(config: CardFrameConfig, { translator = englishTranslator, style = '' }: { translator?: Translator; style?: string } = {}): Promise<Mounted> {
  // The provider must exist before the element connects and asks for the translator.
  const root = document.createElement('div');
  const provider = new ContextProvider(root, { context: translatorContext, initialValue: translator });
  document.body.append(root);
  roots.push(root);
  const host = await fixture<HTMLElement>(
    html`<card-theme-host style=${style}>
      <input id="before" aria-label="before" />
      <xpay-card-input .config=${config}></xpay-card-input>
      <button id="after">after</button>
    </card-theme-host>`,
    { parentNode: root },
  );
  const card = host.querySelector('xpay-card-input')!;
  await waitUntil(() => card.shadowRoot?.querySelector('iframe, .unavailable'), 'nothing rendered');
  return { card, host, provider };
}

async function mountReady(config: CardFrameConfig, options: { translator?: Translator; style?: string } = {}) {
  const mounted = await mountCard(config, options);
  await cardFrameReady(mounted.card);
  return mounted;
}

async function rejection(promise: Promise<unknown>): Promise<CheckoutError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CheckoutError);
    return error as CheckoutError;
  }
  throw new Error('expected a rejection');
}

/** Two macrotasks: time enough for any message already posted to be delivered and handled. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('<xpay-card-input>: the provider card frame', () => {
  let session: SandboxSession;
  beforeEach(async () => {
    session = await createSession();
  });
  afterEach(async () => {
    await failNetwork(0);
    fixtureCleanup();
    for (const root of roots.splice(0)) root.remove();
  });

  it('loads the frame from the provider origin, titled, labelled in the page language, with no inner scrollbar and no shift on arrival', async () => {
    const { card } = await mountCard(configFor(session));
    const iframe = card.shadowRoot!.querySelector('iframe')!;
    const reserved = iframe.getBoundingClientRect().height;
    const state = await cardFrameReady(card);

    expect(new URL(iframe.src).origin).to.equal(new URL(testEnv.apiBase).origin);
    expect(new URL(iframe.src).origin).not.to.equal(location.origin);
    expect(iframe.src).to.equal(`${testEnv.apiBase}/checkout/frames/card.html`);
    expect(iframe.contentDocument, 'the page cannot read the frame').to.equal(null);
    expect(iframe.title).to.equal('Card details');
    expect(state.origin).to.equal(testEnv.origin);
    expect(state.title).to.equal('Card details');
    expect(state.lang).to.equal('en');
    expect(state.fields.number.label).to.equal('Card number');
    expect(state.fields.expiry.label).to.equal('Expiry date');
    expect(state.fields.expiry.placeholder).to.equal('MM / YY');
    expect(state.fields.cvc.label).to.equal('Security code');
    expect(state.cvcHint).to.equal('The 3 digits on the back of your card.');
    expect(state.fields.cvc.describedBy).to.equal('cvc-hint');
    expect(state.fields.name.visible, 'no cardholder name unless asked').to.equal(false);
    expect(state.scrollbars).to.equal(false);

    await waitUntil(() => iframe.style.blockSize !== '', 'the frame never reported its height');
    expect(Math.abs(iframe.getBoundingClientRect().height - reserved), 'reserved height matches the frame').to.be.lessThan(1);
  });

  for (const width of [420, 260]) {
    it(`reserves the frame's height in a ${width}px form too (the hint wraps, the row stacks)`, async () => {
      const { card } = await mountCard(configFor(session), { style: `display: block; inline-size: ${width}px` });
      const iframe = card.shadowRoot!.querySelector('iframe')!;
      const reserved = iframe.getBoundingClientRect().height;
      await cardFrameReady(card);
      await waitUntil(() => iframe.style.blockSize !== '', 'the frame never reported its height');
      expect(Math.abs(iframe.getBoundingClientRect().height - reserved)).to.be.lessThan(1);
    });
  }

  it('creates the frame a task after its first render, in a slot of the same size, so the render that makes the form stays short', async () => {
    for (const collectName of [false, true]) {
      const root = document.createElement('div');
      new ContextProvider(root, { context: translatorContext, initialValue: englishTranslator });
      document.body.append(root);
      roots.push(root);
      const card = document.createElement('xpay-card-input');
      card.config = configFor(session, { collectName });
      root.append(card);
      await card.updateComplete;
      const shadowRoot = card.shadowRoot!;
      expect(shadowRoot.querySelector('iframe') === null, 'no frame in the first render').to.equal(true);
      const slot = shadowRoot.querySelector('.frame-slot')!.getBoundingClientRect().height;
      expect(slot).to.be.greaterThan(100);
      // Measured as the frame is inserted, before its page could report a height of its own.
      const inserted = await new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          const iframe = shadowRoot.querySelector('iframe');
          if (!iframe) return;
          observer.disconnect();
          resolve(iframe.getBoundingClientRect().height);
        });
        observer.observe(shadowRoot, { childList: true, subtree: true });
      });
      expect(inserted, `collectName ${collectName}`).to.equal(slot);
      expect(shadowRoot.querySelector('.frame-slot') === null, 'the slot gives way to the frame').to.equal(true);
      await cardFrameReady(card);
    }
  });

  it('asks for the cardholder name when configured, and reserves room for it', async () => {
    const { card } = await mountCard(configFor(session, { collectName: true }));
    const iframe = card.shadowRoot!.querySelector('iframe')!;
    const reserved = iframe.getBoundingClientRect().height;
    const state = await cardFrameReady(card);
    expect(state.fields.name.visible).to.equal(true);
    expect(state.fields.name.label).to.equal('Full name');
    await waitUntil(() => iframe.style.blockSize !== '');
    expect(Math.abs(iframe.getBoundingClientRect().height - reserved)).to.be.lessThan(1);

    await typeCardDetails(card, { number: '4242424242424242', expiry: EXPIRY, cvc: '123' });
    expect(card.state.complete, 'the name is still missing').to.equal(false);
    await typeCard(card, 'name', 'Jane Doe');
    expect(card.state.complete).to.equal(true);
  });

  it('tells the parent only state: no digit of the card ever reaches the page', async () => {
    const messages: string[] = [];
    const record = (event: MessageEvent) => messages.push(JSON.stringify(event.data));
    window.addEventListener('message', record);
    try {
      const { card } = await mountReady(configFor(session));
      const changes: CardState[] = [];
      card.addEventListener('xpay-card-change', (event) => changes.push((event as CustomEvent<CardState>).detail));
      const version = card.version;
      await typeCardDetails(card, { number: '4000056655665556', expiry: EXPIRY, cvc: '987' });

      expect(card.version).to.be.greaterThan(version);
      expect(card.state).to.deep.equal({ empty: false, complete: true, brand: 'visa', error: null });
      expect(changes.length).to.be.greaterThan(0);
      for (const change of changes) expect(Object.keys(change).sort()).to.deep.equal(['brand', 'complete', 'empty', 'error']);
      const heard = messages.join('\n') + JSON.stringify(changes) + card.shadowRoot!.innerHTML;
      for (const secret of ['4000056655665556', '4000 0566', '5556', '987', EXPIRY]) expect(heard).not.to.include(secret);
    } finally {
      window.removeEventListener('message', record);
    }
  });

  it('groups the number and recognises every brand as it is typed, with its mark and security-code length', async () => {
    const { card } = await mountReady(configFor(session));
    const brands: [string, string, string][] = [
      ['4', 'visa', 'Visa'],
      ['51', 'mastercard', 'Mastercard'],
      ['34', 'amex', 'American Express'],
      ['507803', 'meeza', 'Meeza'],
      ['6011', 'discover', 'Discover'],
      ['3528', 'jcb', 'JCB'],
      ['62', 'unionpay', 'UnionPay'],
      ['36', 'diners', 'Diners Club'],
    ];
    for (const [prefix, brand, name] of brands) {
      await typeCard(card, 'number', prefix, { replace: true });
      const state = await readFrameState(frameOf(card));
      expect(state.brand, prefix).to.equal(brand);
      expect(state.brandName).to.equal(`Card brand: ${name}`);
      expect(state.fields.number.describedBy).to.include('brand-name');
      expect(card.state.brand).to.equal(brand);
    }

    await typeCard(card, 'number', '378282246310005', { replace: true });
    let state = await readFrameState(frameOf(card));
    expect(state.fields.number.value).to.equal('3782 822463 10005');
    expect(state.fields.cvc.maxLength).to.equal(4);
    expect(state.cvcHint).to.equal('The 4 digits on the front of your card.');

    await typeCard(card, 'number', '4242424242424242', { replace: true });
    state = await readFrameState(frameOf(card));
    expect(state.fields.number.value).to.equal('4242 4242 4242 4242');
    expect(state.fields.cvc.maxLength).to.equal(3);

    await typeCard(card, 'number', '', { replace: true });
    state = await readFrameState(frameOf(card));
    expect(state.brand).to.equal(null);
    expect(card.state).to.deep.equal({ empty: true, complete: false, brand: null, error: null });
  });

  it('shows Luhn, expiry and length errors inside the frame next to their inputs, announced, and focuses the first', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCardDetails(card, { number: '4242424242424241', expiry: '12 / 20', cvc: '12' });
    expect(await card.validate({ focus: true })).to.equal(false);

    const state = await readFrameState(frameOf(card));
    expect(state.fields.number).to.include({ ariaInvalid: 'true', error: 'Your card number is invalid.', errorLive: 'polite' });
    expect(state.fields.number.describedBy.split(' ')).to.include('number-error');
    expect(state.fields.expiry).to.include({ ariaInvalid: 'true', error: 'Your card has expired.' });
    expect(state.fields.cvc).to.include({ ariaInvalid: 'true', error: 'Enter the 3-digit security code.' });
    expect(state.fields.cvc.describedBy.split(' ')).to.have.members(['cvc-hint', 'cvc-error']);
    expect(state.active).to.equal('number');
    expect(state.hasFocus).to.equal(true);
    expect(card.state.error).to.deep.equal({ key: 'validation.cardNumberInvalid' });
    expect(state.scrollbars, 'the frame grew with its errors').to.equal(false);

    // After an attempt, fields re-check as they are edited.
    await typeCard(card, 'number', '4242424242424242', { replace: true });
    const fixed = await readFrameState(frameOf(card));
    expect(fixed.fields.number).to.include({ ariaInvalid: 'false', error: '' });
    expect(card.state.error).to.deep.equal({ key: 'validation.expiryPast' });
  });

  it('flags a field the customer leaves incomplete, before any attempt', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCard(card, 'number', '4242 4242');
    let state = await readFrameState(frameOf(card));
    expect(state.fields.number.error, 'not while typing').to.equal('');
    await clickFrameField('expiry', frameOf(card));
    await waitUntil(() => card.state.error !== null, 'no change after blur');
    state = await readFrameState(frameOf(card));
    expect(state.fields.number).to.include({ ariaInvalid: 'true', error: 'Your card number is incomplete.' });
    expect(state.fields.expiry.error, 'an untouched field stays quiet').to.equal('');
  });

  it('Enter in any frame input asks the parent to pay', async () => {
    const { card } = await mountReady(configFor(session));
    for (const field of ['number', 'cvc'] as const) {
      await clickFrameField(field, frameOf(card));
      const submitted = oneEvent(card, 'xpay-card-submit');
      await pressKey('Enter');
      await submitted;
    }
  });

  it('tokenizes inside the frame: the payment method pays, and the same key gives the same token', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCardDetails(card, { number: '4242424242424242', expiry: EXPIRY, cvc: '123' });
    const token = await card.tokenize('card-test-1');
    expect(token.id).to.match(/^pm_/);
    expect(token.type).to.equal('card');
    expect(token.card).to.include({ brand: 'visa', last4: '4242', expMonth: 12 });
    expect((await card.tokenize('card-test-1')).id, 'an idempotent replay').to.equal(token.id);

    const paid = await confirm(session, { customerDetails: { email: 'jane@example.com' }, paymentMethod: { type: 'card', id: token.id } });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(200);
    expect(paid.body.status).to.equal('complete');
  });

  it('refuses to tokenize an invalid card, with the reasons in the frame and focus on the first', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCard(card, 'expiry', '1');
    const error = await rejection(card.tokenize('card-test-invalid'));
    expect(error.code).to.equal('card_invalid');
    const state = await readFrameState(frameOf(card));
    expect(state.fields.number.error).to.equal('Enter your card number.');
    expect(state.fields.expiry.error).to.equal('Enter the expiry date as MM/YY.');
    expect(state.active).to.equal('number');
  });

  it('each empty field says which it is, and the parent hears the first error with its count', async () => {
    const { card } = await mountReady(configFor(session, { collectName: true }));
    expect(await card.validate()).to.equal(false);
    const state = await readFrameState(frameOf(card));
    expect([state.fields.number.error, state.fields.expiry.error, state.fields.cvc.error, state.fields.name.error]).to.deep.equal([
      'Enter your card number.',
      'Enter the expiry date.',
      'Enter the security code.',
      'Enter your full name.',
    ]);
    expect(card.state.error).to.deep.equal({ key: 'validation.cardNumberRequired' });

    await typeCardDetails(card, { number: '378282246310005', expiry: EXPIRY, cvc: '12', name: 'A' });
    expect((await readFrameState(frameOf(card))).fields.cvc.error).to.equal('Enter the 4-digit security code.');
    expect(card.state.error, 'the count the message needs, and nothing of the card').to.deep.equal({ key: 'validation.cvcIncomplete', params: { count: 4 } });
  });

  it("shows the provider's 400 at the frame field it names and rejects with its param", async () => {
    const { card } = await mountReady(configFor(session));
    await typeCardDetails(card, { number: '4242424242424242', expiry: '12 / 99', cvc: '123' });
    const error = await rejection(card.tokenize('card-test-400'));
    expect(error.code).to.equal('invalid_request');
    expect(error.details).to.include({ param: 'card.expYear', providerCode: 'invalid_expiry_year' });
    const state = await readFrameState(frameOf(card));
    expect(state.fields.expiry).to.include({ ariaInvalid: 'true', error: 'Please check this field.' });
    expect(state.active).to.equal('expiry');
    expect(card.state.error).to.deep.equal({ key: 'validation.rejected' });
  });

  it('rejects session_expired when the session has ended', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCardDetails(card, { number: '4242424242424242', expiry: EXPIRY, cvc: '123' });
    await expireSession(session.id);
    expect((await rejection(card.tokenize('card-test-expired'))).code).to.equal('session_expired');
  });

  it('retries a lost request under the same Idempotency-Key, and gives up as network', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCardDetails(card, { number: '4242424242424242', expiry: EXPIRY, cvc: '123' });

    await failNetwork(1);
    const token = await card.tokenize('card-test-retry');
    expect(token.id).to.match(/^pm_/);
    expect(await networkLog()).to.deep.equal(['card-test-retry', 'card-test-retry']);

    await failNetwork(10);
    const error = await rejection(card.tokenize('card-test-offline'));
    expect(error.code).to.equal('network');
    expect(await networkLog()).to.deep.equal(['card-test-offline', 'card-test-offline', 'card-test-offline']);
  });

  it('ignores messages forged by the page itself and by a sibling frame on the provider origin', async () => {
    const { card, host } = await mountReady(configFor(session));
    await typeCard(card, 'number', '4242');
    const version = card.version;
    const state = card.state;
    let submitted = false;
    card.addEventListener('xpay-card-submit', () => (submitted = true));

    // The page (or any script in it) posting as if it were the frame.
    const forgedChange = { type: 'xpay:change', empty: false, complete: true, brand: 'amex', error: null };
    window.postMessage(forgedChange, '*');
    window.postMessage({ type: 'xpay:submit' }, '*');
    window.postMessage({ type: 'xpay:resize', height: 999 }, '*');

    // A second copy of the frame page, same origin as the real one, but not its window.
    const sibling = document.createElement('iframe');
    sibling.name = 'forger';
    sibling.src = `${testEnv.apiBase}/checkout/frames/card.html`;
    host.append(sibling);
    await new Promise((resolve) => sibling.addEventListener('load', resolve, { once: true }));
    await postFromFrame('forger', forgedChange);
    await postFromFrame('forger', { type: 'xpay:submit' });
    await postFromFrame('forger', { type: 'xpay:clear' });
    await postFromFrame('forger', {
      type: 'xpay:init',
      sessionId: 'cs_forged',
      clientSecret: 'x',
      locale: 'en',
      dir: 'rtl',
      theme: {},
      messages: { number: 'Forged label' },
      collectName: false,
      disabled: true,
    });

    // A forged answer to a pending request must not settle it either.
    const pending = card.tokenize('card-test-forged');
    window.postMessage({ type: 'xpay:tokenized', idempotencyKey: 'card-test-forged', paymentMethod: { id: 'pm_forged', type: 'card', card: { brand: 'visa', last4: '4242' } } }, '*');
    expect((await rejection(pending)).code, "the frame's own answer: the card is incomplete").to.equal('card_invalid');

    await settle();
    expect(submitted).to.equal(false);
    expect(card.state.brand).to.equal(state.brand);
    expect(card.state.complete).to.equal(false);
    expect(card.version, 'neither the forged changes nor the frame’s own re-sent state (the tokenize validation)').to.equal(version);
    expect(card.shadowRoot!.querySelector('iframe')!.style.blockSize).not.to.equal('999px');
    const frame = await readFrameState(frameOf(card));
    expect(frame.fields.number.value, 'the forged clear was ignored').to.equal('4242');
    expect(frame.fields.number.label).to.equal('Card number');
    expect(frame.fields.number.disabled).to.equal(false);
    expect(frame.dir).to.equal('ltr');
  });

  it('shows a message with Retry when the frame is missing (404), and tokenize rejects card_frame_unavailable', async () => {
    const apiBase = `${testEnv.origin}/test-frames-missing/v1`;
    const mounted = mountCard(configFor(session, { apiBase }));
    const { card } = await mounted;
    if (!card.shadowRoot!.querySelector('.unavailable')) await oneEvent(card, 'xpay-card-unavailable');
    await card.updateComplete;
    const alert = card.shadowRoot!.querySelector('.unavailable')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('Card entry could not load. Check your connection and try again.');
    expect(card.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect((await rejection(card.tokenize('card-test-missing'))).code).to.equal('card_frame_unavailable');
    expect(await card.validate()).to.equal(false);

    const button = alert.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Try again');
    card.focus();
    expect(card.shadowRoot!.activeElement).to.equal(button);
    button.click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('iframe'), 'Retry recreates the frame').not.to.equal(null);
    await oneEvent(card, 'xpay-card-unavailable');
  });

  it('recovers through Retry once the frame can load', async () => {
    await failNetwork(1, '/checkout/frames/card.html');
    const { card } = await mountCard(configFor(session));
    if (!card.shadowRoot!.querySelector('.unavailable')) await oneEvent(card, 'xpay-card-unavailable');
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('.unavailable button')!.click();
    const state = await cardFrameReady(card);
    expect(state.fields.number.label).to.equal('Card number');
    await waitUntil(async () => (await readFrameState(frameOf(card))).active === 'number', 'Retry puts focus back into card entry');
  });

  it('gives up on a frame that never answers (slow network), after the ready timeout', async () => {
    const timeout = XPayCardInput.readyTimeoutMs;
    XPayCardInput.readyTimeoutMs = 1000;
    try {
      const { card } = await mountCard(configFor(session, { apiBase: `${testEnv.origin}/test-frames-slow/v1` }));
      await oneEvent(card, 'xpay-card-unavailable');
      expect((await rejection(card.tokenize('card-test-slow'))).code).to.equal('card_frame_unavailable');
    } finally {
      XPayCardInput.readyTimeoutMs = timeout;
    }
  });

  it('keeps digits left-to-right in a right-to-left page, and re-initialises on a language change without losing input', async () => {
    const arabic = await loadTranslator(['ar']);
    const { card, provider } = await mountReady(configFor(session), { translator: arabic });
    let state = await readFrameState(frameOf(card));
    expect(state.dir).to.equal('rtl');
    expect(state.lang).to.equal('ar');
    expect(state.fields.number.label).to.equal(arabic.t('card.number'));
    for (const field of ['number', 'expiry', 'cvc'] as const) expect(state.fields[field].direction, field).to.equal('ltr');

    await typeCard(card, 'number', '٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢');
    state = await readFrameState(frameOf(card));
    expect(state.fields.number.value).to.equal('4242 4242 4242 4242');
    expect(state.brand).to.equal('visa');

    provider.setValue(englishTranslator);
    await waitUntil(async () => (await readFrameState(frameOf(card))).lang === 'en', 'the frame never heard the new language');
    state = await readFrameState(frameOf(card));
    expect(state.dir).to.equal('ltr');
    expect(state.fields.number.label).to.equal('Card number');
    expect(state.fields.number.value, 'what was typed stays').to.equal('4242 4242 4242 4242');
  });

  it('is themed by the same tokens as the form: merchant overrides reach the frame', async () => {
    const style = '--xpay-input-border-color: rgb(7, 8, 9); --xpay-color-destructive: rgb(150, 0, 0); --xpay-input-height: 52px; --xpay-input-radius: 3px';
    const { card } = await mountReady(configFor(session), { style });
    const frame = frameOf(card);
    expect(await frameStyle('#number', 'border-top-color', frame)).to.equal('rgb(7, 8, 9)');
    expect(await frameStyle('#number', 'min-height', frame)).to.equal('52px');
    expect(await frameStyle('#number', 'border-top-left-radius', frame)).to.equal('3px');
    expect(await frameStyle('body', 'color', frame)).to.equal(getComputedStyle(card).color);
    await card.validate();
    expect(await frameStyle('#number-error', 'color', frame)).to.equal('rgb(150, 0, 0)');
    expect(await frameStyle('#number', 'border-top-color', frame), 'invalid inputs take the destructive colour').to.equal('rgb(150, 0, 0)');
  });

  it('follows Tab and Shift+Tab in and out of the frame, and focus() lands on the card number', async () => {
    const { card, host } = await mountReady(configFor(session));
    host.querySelector<HTMLInputElement>('#before')!.focus();
    await pressKey('Tab');
    await waitUntil(async () => (await readFrameState(frameOf(card))).active === 'number');
    await pressKey('Tab');
    await pressKey('Tab');
    expect((await readFrameState(frameOf(card))).active).to.equal('cvc');
    await pressKey('Tab');
    await waitUntil(() => document.activeElement === host.querySelector('#after'), 'Tab leaves the frame for the next control');
    await pressKey('Shift+Tab');
    await waitUntil(async () => (await readFrameState(frameOf(card))).active === 'cvc');

    host.querySelector<HTMLInputElement>('#before')!.focus();
    card.focus();
    await waitUntil(async () => {
      const state = await readFrameState(frameOf(card));
      return state.active === 'number' && state.hasFocus;
    }, 'focus() moves into the frame');
  });

  it('disables, and clears what was typed', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCard(card, 'number', '4242');
    card.disabled = true;
    await waitUntil(async () => (await readFrameState(frameOf(card))).fields.number.disabled);
    card.disabled = false;
    await waitUntil(async () => !(await readFrameState(frameOf(card))).fields.number.disabled);

    card.clear();
    await waitUntil(() => card.state.empty, 'clear() was not reported');
    expect((await readFrameState(frameOf(card))).fields.number.value).to.equal('');
  });

  it('starts a fresh frame for a new session, failing what the old one had pending', async () => {
    const { card } = await mountReady(configFor(session));
    await typeCard(card, 'number', '4242');
    const first = card.shadowRoot!.querySelector('iframe')!;
    const next = await createSession();
    card.config = configFor(next);
    await card.updateComplete;
    const second = card.shadowRoot!.querySelector('iframe')!;
    expect(second).not.to.equal(first);
    expect(card.state.empty).to.equal(true);
    const state = await cardFrameReady(card);
    expect(state.fields.number.value, 'no card data carries over').to.equal('');
  });
});
