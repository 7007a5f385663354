import { expect } from '@open-wc/testing';
import { CardFrameChannel, tokenizeError } from '../../src/components/card-input/card-frame-channel.js';
import type { CardState } from '../../src/components/card-input/types.js';
import { cardFrameUrl, preconnectCardFrame } from '../../src/components/card-input/card-frame-url.js';
import { FRAME_ERRORS, frameMessages, frameTheme } from '../../src/components/card-input/frame-init.js';
import { frameErrorId } from '../../src/frames/protocol.js';
import { createPaymentMethod, type CardPayload } from '../../src/frames/tokenize.js';
import { englishTranslator } from '../../src/i18n/catalogs.js';

const CARD: CardPayload = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' };
const PM = { id: 'pm_1', type: 'card', card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, funding: 'credit', country: 'EG' } };

/** A fetch that plays `answers` in order (an Error is a network failure) and records each request. */
function scriptedFetch(answers: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift();
    if (!answer || answer instanceof Error) throw answer ?? new Error('no more answers');
    return answer;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const options = (fetch: typeof globalThis.fetch) => ({ fetch, retryDelaysMs: [1, 1] });

describe('card frame: createPaymentMethod', () => {
  it('POSTs the card with the client secret and the Idempotency-Key, and returns the token', async () => {
    const { fetch, calls } = scriptedFetch([json(200, PM)]);
    const result = await createPaymentMethod('https://p.test/v1/checkout/sessions/cs_1/client/payment-methods', 'cs_1_secret', 'key-1', CARD, options(fetch));
    expect(result).to.deep.equal({ ok: true, paymentMethod: PM });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.init.method).to.equal('POST');
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(headers).to.include({ Authorization: 'Bearer cs_1_secret', 'Idempotency-Key': 'key-1', 'Content-Type': 'application/json' });
    expect(JSON.parse(calls[0]!.init.body as string)).to.deep.equal({ type: 'card', card: CARD });
  });

  it('retries network failures, 5xx, 429 and unreadable 200s under the same key', async () => {
    const { fetch, calls } = scriptedFetch([new TypeError('Failed to fetch'), json(503, {}), json(200, PM)]);
    expect((await createPaymentMethod('u', 's', 'key-2', CARD, options(fetch))).ok).to.equal(true);
    expect(calls.map((call) => (call.init.headers as Record<string, string>)['Idempotency-Key'])).to.deep.equal(['key-2', 'key-2', 'key-2']);

    const again = scriptedFetch([json(429, {}), new Response('not json', { status: 200 }), json(200, PM)]);
    expect((await createPaymentMethod('u', 's', 'key-3', CARD, options(again.fetch))).ok).to.equal(true);
    expect(again.calls).to.have.length(3);
  });

  it('gives up as network after its retries', async () => {
    const { fetch, calls } = scriptedFetch([new Error('a'), new Error('b'), new Error('c'), json(200, PM)]);
    expect(await createPaymentMethod('u', 's', 'k', CARD, options(fetch))).to.deep.equal({ ok: false, code: 'network', param: null });
    expect(calls).to.have.length(3);
  });

  it("passes a 400's code and param on, and a 410 as session_expired, without retrying", async () => {
    const refused = scriptedFetch([json(400, { error: { code: 'incorrect_number', message: 'no', param: 'card.number' } })]);
    expect(await createPaymentMethod('u', 's', 'k', CARD, options(refused.fetch))).to.deep.equal({ ok: false, code: 'incorrect_number', param: 'card.number' });
    expect(refused.calls).to.have.length(1);

    const gone = scriptedFetch([json(410, { error: { code: 'session_expired' } })]);
    expect(await createPaymentMethod('u', 's', 'k', CARD, options(gone.fetch))).to.deep.equal({ ok: false, code: 'session_expired', param: null });

    const odd = scriptedFetch([json(401, 'nope')]);
    expect(await createPaymentMethod('u', 's', 'k', CARD, options(odd.fetch))).to.deep.equal({ ok: false, code: 'invalid_request', param: null });
  });
});

describe('card frame: what the parent sends and how it reads answers', () => {
  it('resolves every string the frame can show through the Translator', () => {
    const messages = frameMessages(englishTranslator);
    expect(messages).to.include({ title: 'Card details', number: 'Card number', expiryPlaceholder: 'MM / YY' });
    expect(messages.cvcHints).to.include({ '': 'The 3 digits on the back of your card.', amex: 'The 4 digits on the front of your card.', meeza: 'The 3 digits on the back of your card.' });
    expect(messages.brands.meeza).to.equal('Card brand: Meeza');
    for (const error of FRAME_ERRORS) expect(messages.errors[frameErrorId(error)], frameErrorId(error)).to.be.a('string').and.not.equal('');
    expect(messages.errors['validation.cvcIncomplete#4']).to.equal('Enter the 4-digit security code.');
    expect(messages.errors).to.include({
      'validation.cardNumberRequired': 'Enter your card number.',
      'validation.expiryRequired': 'Enter the expiry date.',
      'validation.cvcRequired': 'Enter the security code.',
      'validation.nameRequired': 'Enter your full name.',
    });
    expect(messages.codes.incorrect_number).to.equal('validation.cardNumberInvalid');
    for (const key of Object.values(messages.codes)) expect(messages.errors[key], key).to.be.a('string');
  });

  it("reads a change's error as a known key with at most a known count, never anything more", () => {
    const states: CardState[] = [];
    const frame = { contentWindow: window } as unknown as HTMLIFrameElement;
    const channel = new CardFrameChannel(frame, location.origin, { ready() {}, change: (state) => states.push(state), resize() {}, focus() {}, submit() {} });
    const change = (error: unknown) =>
      channel.receive(new MessageEvent('message', { data: { type: 'xpay:change', empty: false, complete: false, brand: null, error }, origin: location.origin, source: window }));
    change({ key: 'validation.cvcIncomplete', params: { count: 4, digits: '4242' }, extra: 1 });
    change({ key: 'validation.cvcIncomplete', params: { count: 99 } });
    change({ key: 'validation.cardNumberRequired', params: { count: 3 } });
    change({ key: 'validation.somethingElse' });
    expect(states.map((state) => state.error)).to.deep.equal([
      { key: 'validation.cvcIncomplete', params: { count: 4 } },
      null,
      { key: 'validation.cardNumberRequired' },
      null,
    ]);
  });

  it('reads the resolved internal tokens on the element, and only those that resolve', () => {
    const element = document.createElement('div');
    element.style.setProperty('--_c-fg', 'rgb(1, 2, 3)');
    element.style.setProperty('--_input-height', '52px');
    element.style.colorScheme = 'dark';
    document.body.append(element);
    try {
      const theme = frameTheme(element);
      expect(theme).to.include({ 'c-fg': 'rgb(1, 2, 3)', 'input-height': '52px', scheme: 'dark', rem: '16px' });
      expect(theme).not.to.have.property('c-bg');
    } finally {
      element.remove();
    }
  });

  it('maps frame verdicts onto the CheckoutError codes of INTERFACES §3', () => {
    expect(tokenizeError({ code: 'card_invalid', param: null }).code).to.equal('card_invalid');
    expect(tokenizeError({ code: 'session_expired', param: null }).code).to.equal('session_expired');
    expect(tokenizeError({ code: 'network', param: null }).code).to.equal('network');
    expect(tokenizeError({ code: 'card_frame_unavailable', param: null }).code).to.equal('card_frame_unavailable');
    const refused = tokenizeError({ code: 'incorrect_cvc', param: 'card.cvc' });
    expect(refused.code).to.equal('invalid_request');
    expect(refused.details).to.include({ param: 'card.cvc', providerCode: 'incorrect_cvc' });
  });
});

describe('card frame: URL and warm-up', () => {
  it('is served below the API base', () => {
    expect(cardFrameUrl('https://api.example/v1')).to.equal('https://api.example/v1/checkout/frames/card.html');
    expect(cardFrameUrl('https://api.example/v1/')).to.equal('https://api.example/v1/checkout/frames/card.html');
  });

  it('adds preconnect and prefetch hints once per frame URL', () => {
    const doc = document.implementation.createHTMLDocument('warm-up');
    preconnectCardFrame('https://warm.example/v1', doc);
    preconnectCardFrame('https://warm.example/v1/', doc);
    const links = [...doc.head.querySelectorAll('link')].map((link) => [link.rel, link.href]);
    expect(links).to.deep.equal([
      ['preconnect', 'https://warm.example/'],
      ['prefetch', 'https://warm.example/v1/checkout/frames/card.html'],
    ]);
    preconnectCardFrame('not a url at all', doc);
  });
});
