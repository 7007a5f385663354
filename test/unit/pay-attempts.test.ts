import { expect } from '@open-wc/testing';
import type { ConfirmBody, TokenizedCard } from '../../src/api/session-changes.js';
import { CheckoutError } from '../../src/api/errors.js';
import { parseSession, type Session } from '../../src/api/schema.js';
import { ANSWER_TIMEOUT_MS } from '../../src/checkout/answer-timeout.js';
import { declineReason, PayAttempts, paymentErrorKey, type PayOutcome, type PayPort, type PayRequest } from '../../src/checkout/pay-attempts.js';
import { FakeClock } from '../support/fake-clock.js';
import { minimalSessionBody, rejection } from './helpers.js';

function session(status: 'open' | 'complete' | 'expired', paymentIntent: Record<string, unknown> | null = null): Session {
  const parsed = parseSession(minimalSessionBody({ status, lineItems: [], paymentIntent }));
  if (!parsed) throw new Error('test session does not parse');
  return parsed;
}

const redirectSession = (url: string) =>
  session('open', { id: 'pi_1', status: 'requires_action', nextAction: { type: 'redirect_to_url', redirectToUrl: { url } } });

/** An answer a fake gives: a value, an error to throw, or a function of the signal. */
type Answer<T> = T | Error | ((signal: AbortSignal) => Promise<T>);

async function give<T>(answer: Answer<T> | undefined, signal: AbortSignal, what: string): Promise<T> {
  if (answer === undefined) throw new Error(`unexpected ${what}`);
  if (answer instanceof Error) throw answer;
  if (typeof answer === 'function') return (answer as (signal: AbortSignal) => Promise<T>)(signal);
  return answer;
}

class FakePort implements PayPort {
  readonly confirms: { body: ConfirmBody; key: string }[] = [];
  loads = 0;
  readonly confirmAnswers: Answer<Session>[] = [];
  readonly loadAnswers: Answer<Session>[] = [];

  confirm(body: ConfirmBody, key: string, signal: AbortSignal): Promise<Session> {
    this.confirms.push({ body: structuredClone(body), key });
    return give(this.confirmAnswers.shift(), signal, 'confirm');
  }

  loadSession(signal: AbortSignal): Promise<Session> {
    this.loads += 1;
    return give(this.loadAnswers.shift(), signal, 'load');
  }
}

class FakeTokenizer {
  readonly keys: string[] = [];
  readonly answers: Answer<TokenizedCard>[] = [];
  private minted = 0;
  /** Tokens by key, as the provider's idempotent payment-methods call does. */
  private readonly byKey = new Map<string, TokenizedCard>();

  readonly tokenize = (key: string): Promise<TokenizedCard> => {
    this.keys.push(key);
    const answer = this.answers.shift();
    if (answer !== undefined) return give(answer, new AbortController().signal, 'tokenize');
    let card = this.byKey.get(key);
    if (!card) {
      this.minted += 1;
      card = { id: `pm_${this.minted}`, type: 'card', card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, funding: 'credit', country: 'EG' } };
      this.byKey.set(key, card);
    }
    return Promise.resolve(card);
  };
}

const body = (email = 'a@example.com', type = 'card'): ConfirmBody => ({ customerDetails: { email }, paymentMethod: { type } });
const network = () => new CheckoutError('network', 'The provider could not be reached.');
const declined = (declineCode?: string, providerCode = 'card_declined') =>
  new CheckoutError('payment_failed', 'Your card was declined.', { status: 402, providerCode, declineCode });

function setup(options: { protocol?: string; digest?: (text: string) => Promise<string | null> } = {}) {
  const port = new FakePort();
  const card = new FakeTokenizer();
  const clock = new FakeClock();
  let keys = 0;
  const attempts = new PayAttempts(port, {
    newKey: () => `key_${++keys}`,
    digest: options.digest ?? (async (text) => text),
    pageProtocol: () => options.protocol ?? 'https:',
    timers: clock,
  });
  const signal = new AbortController().signal;
  const cardRequest = (version: number, email?: string): PayRequest => ({ body: body(email), cardVersion: version, tokenizeCard: card.tokenize });
  return { port, card, clock, attempts, signal, cardRequest };
}

/**
 * An answer that never comes: the call waits until its signal aborts, then rejects with the
 * reason, as fetch does. `started` resolves once the call is out, so a test knows when to tick.
 */
function unanswered<T>(): { answer: Answer<T>; started: Promise<void> } {
  let started!: () => void;
  const out = new Promise<void>((resolve) => (started = resolve));
  const answer = (signal: AbortSignal) =>
    new Promise<T>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      started();
    });
  return { answer, started: out };
}

/** A setup whose first attempt (card version 1) lost its confirm answer. */
async function afterLostAnswer() {
  const context = setup();
  context.port.confirmAnswers.push(network());
  await context.attempts.pay(context.cardRequest(1), context.signal);
  return context;
}

describe('pay attempts', () => {
  it('mints the card with the attempt key + ":pm" and confirms its id; a 200 complete is complete', async () => {
    const { port, card, attempts, signal, cardRequest } = setup();
    const paid = session('complete');
    port.confirmAnswers.push(paid);
    const outcome = await attempts.pay(cardRequest(1), signal);
    expect(outcome).to.deep.equal({ kind: 'complete', session: paid });
    expect(card.keys).to.deep.equal(['key_1:pm']);
    expect(port.confirms).to.deep.equal([{ key: 'key_1', body: { customerDetails: { email: 'a@example.com' }, paymentMethod: { type: 'card', id: 'pm_1' } } }]);
  });

  it('sends a method other than a card as { type } with no tokenizing', async () => {
    const { port, attempts, signal } = setup();
    port.confirmAnswers.push(redirectSession('https://bank.example/3ds'));
    const outcome = await attempts.pay({ body: body('a@example.com', 'valu'), cardVersion: null }, signal);
    expect(outcome.kind).to.equal('redirect');
    expect(port.confirms[0].body.paymentMethod).to.deep.equal({ type: 'valu' });
  });

  describe('after an unknown outcome', () => {
    it('the same request is the same attempt: same key, same card token key, no reconcile', async () => {
      const { port, card, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(network(), session('complete'));
      expect(await attempts.pay(cardRequest(3), signal)).to.deep.equal({ kind: 'unknown', code: 'network', message: 'The provider could not be reached.' });
      expect((await attempts.pay(cardRequest(3), signal)).kind).to.equal('complete');
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1']);
      expect(card.keys).to.deep.equal(['key_1:pm', 'key_1:pm']);
      // The same token, so the replayed confirm body is identical (the provider compares bodies).
      expect(port.confirms[1].body).to.deep.equal(port.confirms[0].body);
      expect(port.loads).to.equal(0);
    });

    for (const code of ['network', 'invalid_session', 'unexpected_response'] as const) {
      it(`${code} keeps the key`, async () => {
        const { port, attempts, signal, cardRequest } = setup();
        port.confirmAnswers.push(new CheckoutError(code, 'lost', { status: 503 }), session('complete'));
        const first = await attempts.pay(cardRequest(1), signal);
        expect(first).to.deep.equal({ kind: 'unknown', code, message: 'lost' });
        await attempts.pay(cardRequest(1), signal);
        expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1']);
      });
    }

    const settledCases: [string, Session, (request: ReturnType<typeof setup>['cardRequest']) => PayRequest][] = [
      ['a changed form, the session complete', session('complete'), (request) => request(1, 'b@example.com')],
      ['a changed card, the intent processing', session('open', { id: 'pi_1', status: 'processing' }), (request) => request(2)],
      ['a changed card, the intent succeeded', session('open', { id: 'pi_1', status: 'succeeded' }), (request) => request(2)],
    ];
    for (const [name, earlier, changed] of settledCases) {
      it(`${name}: asks the provider first and reports the payment that went through as settled`, async () => {
        const { port, card, attempts, signal, cardRequest } = await afterLostAnswer();
        port.loadAnswers.push(earlier);
        expect(await attempts.pay(changed(cardRequest), signal)).to.deep.equal({ kind: 'settled', session: earlier });
        expect(port.confirms).to.have.length(1);
        expect(port.loads).to.equal(1);
        expect(card.keys).to.deep.equal(['key_1:pm']);
      });
    }

    it('an expired session on reconcile is expired, with nothing charged', async () => {
      const { port, attempts, signal, cardRequest } = await afterLostAnswer();
      const gone = session('expired');
      port.loadAnswers.push(gone);
      expect(await attempts.pay(cardRequest(2), signal)).to.deep.equal({ kind: 'settled', session: gone });
      port.loadAnswers.push(new CheckoutError('session_expired', 'This checkout session has expired.', { status: 410 }));
      port.confirmAnswers.push(network());
      await attempts.pay(cardRequest(3), signal); // a fresh attempt, lost again
      expect(await attempts.pay(cardRequest(4), signal)).to.deep.equal({ kind: 'expired', message: 'This checkout session has expired.' });
      expect(port.confirms).to.have.length(2);
    });

    it('a changed request starts a new attempt with a new key when the earlier one did not go through', async () => {
      const { port, card, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(network(), session('complete'));
      await attempts.pay(cardRequest(1), signal);
      port.loadAnswers.push(session('open', { id: 'pi_1', status: 'requires_payment_method' }));
      expect((await attempts.pay(cardRequest(1, 'b@example.com'), signal)).kind).to.equal('complete');
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
      expect(card.keys).to.deep.equal(['key_1:pm', 'key_2:pm']);
      expect(port.confirms[1].body.paymentMethod).to.deep.equal({ type: 'card', id: 'pm_2' });
    });

    it('when the reconcile itself fails nothing is charged and the earlier attempt stays pending', async () => {
      const { port, attempts, signal, cardRequest } = await afterLostAnswer();
      port.loadAnswers.push(network());
      expect(await attempts.pay(cardRequest(2), signal)).to.deep.equal({ kind: 'unknown', code: 'network', message: 'The provider could not be reached.' });
      expect(port.confirms).to.have.length(1);
      // Back to the original request: still the original attempt.
      port.confirmAnswers.push(session('complete'));
      await attempts.pay(cardRequest(1), signal);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1']);
    });

    it('without a digest every press is new, but a lost attempt is still reconciled first', async () => {
      const { port, attempts, signal, cardRequest } = setup({ digest: async () => null });
      port.confirmAnswers.push(network(), session('complete'));
      await attempts.pay(cardRequest(1), signal);
      port.loadAnswers.push(session('open'));
      await attempts.pay(cardRequest(1), signal);
      expect(port.loads).to.equal(1);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
    });

    it('a reset (new session) forgets it', async () => {
      const { port, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(network(), session('complete'));
      await attempts.pay(cardRequest(1), signal);
      attempts.reset();
      await attempts.pay(cardRequest(1, 'b@example.com'), signal);
      expect(port.loads).to.equal(0);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
    });
  });

  it('the same body with its keys in another order is the same request (default SHA-256 digest)', async () => {
    const port = new FakePort();
    let keys = 0;
    const attempts = new PayAttempts(port, { newKey: () => `key_${++keys}` });
    const signal = new AbortController().signal;
    port.confirmAnswers.push(network(), session('complete'));
    await attempts.pay({ body: { customerDetails: { email: 'a@example.com', name: 'A' }, paymentMethod: { type: 'valu' } }, cardVersion: null }, signal);
    const reordered: ConfirmBody = { paymentMethod: { type: 'valu' }, customerDetails: { name: 'A', email: 'a@example.com' } };
    await attempts.pay({ body: reordered, cardVersion: null }, signal);
    expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1']);
  });

  describe(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s (CONTRACT §2)`, () => {
    /** Starts paying with a confirm that never answers, and lets the clock run out on it. */
    async function timedOut(context: ReturnType<typeof setup>, request: PayRequest) {
      const confirm = unanswered<Session>();
      context.port.confirmAnswers.push(confirm.answer);
      const paying = context.attempts.pay(request, context.signal);
      await confirm.started;
      context.clock.tick(ANSWER_TIMEOUT_MS);
      return paying;
    }

    it('waits the whole limit and no longer, then says so before asking the provider', async () => {
      const { port, clock, attempts, signal, cardRequest } = setup();
      const steps: string[] = [];
      const confirm = unanswered<Session>();
      port.confirmAnswers.push(confirm.answer);
      port.loadAnswers.push(async () => {
        steps.push('look-up');
        return session('open');
      });
      const paying = attempts.pay({ ...cardRequest(1), onNoAnswer: () => steps.push('no answer') }, signal);
      await confirm.started;
      clock.tick(ANSWER_TIMEOUT_MS - 1);
      await Promise.resolve();
      expect(steps).to.deep.equal([]);
      clock.tick(1);
      expect((await paying).kind).to.equal('not_taken');
      expect(steps).to.deep.equal(['no answer', 'look-up']);
      expect(clock.timerCount, 'no timer left behind').to.equal(0);
    });

    it('still open and unpaid: not taken, and the unchanged form pays again with the same key and card token', async () => {
      const context = setup();
      const { port, card, attempts, signal, cardRequest } = context;
      const open = session('open', { id: 'pi_1', status: 'requires_payment_method' });
      port.loadAnswers.push(open);
      expect(await timedOut(context, cardRequest(1))).to.deep.equal({ kind: 'not_taken', session: open });
      port.confirmAnswers.push(session('complete'));
      expect((await attempts.pay(cardRequest(1), signal)).kind).to.equal('complete');
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1']);
      expect(card.keys).to.deep.equal(['key_1:pm', 'key_1:pm']);
      expect(port.confirms[1].body).to.deep.equal(port.confirms[0].body);
      expect(port.loads, 'only the look-up after the timeout').to.equal(1);
    });

    it('not taken, then a changed form: asks the provider again before a new attempt', async () => {
      const context = setup();
      const { port, attempts, signal, cardRequest } = context;
      port.loadAnswers.push(session('open'), session('open'));
      await timedOut(context, cardRequest(1));
      port.confirmAnswers.push(session('complete'));
      await attempts.pay(cardRequest(1, 'b@example.com'), signal);
      expect(port.loads).to.equal(2);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
    });

    const settledCases: [string, Session][] = [
      ['the payment went through', session('complete')],
      ['the intent is processing', session('open', { id: 'pi_1', status: 'processing' })],
      ['the session expired meanwhile', session('expired')],
    ];
    for (const [name, found] of settledCases) {
      it(`${name}: settled, and the next press is a new attempt`, async () => {
        const context = setup();
        const { port, attempts, signal, cardRequest } = context;
        port.loadAnswers.push(found);
        expect(await timedOut(context, cardRequest(1))).to.deep.equal({ kind: 'settled', session: found });
        port.confirmAnswers.push(session('complete'));
        await attempts.pay(cardRequest(1), signal);
        expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
      });
    }

    it('the look-up answers 410: expired', async () => {
      const context = setup();
      context.port.loadAnswers.push(new CheckoutError('session_expired', 'Expired.', { status: 410 }));
      expect(await timedOut(context, context.cardRequest(1))).to.deep.equal({ kind: 'expired', message: 'Expired.' });
    });

    it('the look-up fails, or goes unanswered in time too: unknown, and the key is kept', async () => {
      const context = setup();
      const { port, clock, attempts, signal, cardRequest } = context;
      port.loadAnswers.push(network());
      expect(await timedOut(context, cardRequest(1))).to.deep.equal({ kind: 'unknown', code: 'network', message: 'The provider could not be reached.' });
      const lookUp = unanswered<Session>();
      port.loadAnswers.push(lookUp.answer);
      const paying = timedOut(context, cardRequest(1));
      await lookUp.started;
      clock.tick(ANSWER_TIMEOUT_MS);
      expect(await paying).to.deep.equal({ kind: 'unknown', code: 'network', message: 'The provider did not answer in time.' });
      port.confirmAnswers.push(session('complete'));
      await attempts.pay(cardRequest(1), signal);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1', 'key_1']);
    });

    it('an answer within the limit is the outcome, and leaves no timer behind', async () => {
      const { port, clock, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(session('complete'), network());
      expect((await attempts.pay(cardRequest(1), signal)).kind).to.equal('complete');
      expect((await attempts.pay(cardRequest(2), signal)).kind).to.equal('unknown');
      expect(clock.timerCount).to.equal(0);
      expect(port.loads).to.equal(0);
    });

    it('the session ending while the confirm waits rejects with its reason, and nothing is looked up', async () => {
      const { port, clock, attempts, cardRequest } = setup();
      const abort = new AbortController();
      const reason = new DOMException('The checkout session was replaced or removed.', 'AbortError');
      const confirm = unanswered<Session>();
      port.confirmAnswers.push(confirm.answer);
      const paying = attempts.pay(cardRequest(1), abort.signal);
      await confirm.started;
      abort.abort(reason);
      expect(await rejection(paying)).to.equal(reason);
      clock.tick(ANSWER_TIMEOUT_MS);
      expect(port.loads).to.equal(0);
    });
  });

  describe('definitive answers end the attempt', () => {
    const cases: [string, Answer<Session>, PayOutcome['kind']][] = [
      ['402 declined', declined(), 'declined'],
      ['400 with param', new CheckoutError('invalid_request', 'Enter a valid email.', { status: 400, param: 'customerDetails.email', providerCode: 'email_invalid' }), 'field'],
      ['400 without param', new CheckoutError('invalid_request', 'Bad.', { status: 400, providerCode: 'payment_method_invalid' }), 'invalid'],
      ['401 on confirm', new CheckoutError('unauthorized', 'No.', { status: 401 }), 'invalid'],
      ['410', new CheckoutError('session_expired', 'Expired.', { status: 410 }), 'expired'],
      ['200 still open', session('open'), 'not_completed'],
    ];
    for (const [name, answer, kind] of cases) {
      it(`${name} → ${kind}, and the next press is a new attempt with no reconcile`, async () => {
        const { port, attempts, signal, cardRequest } = setup();
        port.confirmAnswers.push(answer, session('complete'));
        expect((await attempts.pay(cardRequest(1), signal)).kind).to.equal(kind);
        await attempts.pay(cardRequest(1), signal);
        expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
        expect(port.loads).to.equal(0);
      });
    }

    it('classifies each with its code, message and param', async () => {
      const { port, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(cases[1][1], cases[2][1], cases[4][1]);
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'field', param: 'customerDetails.email', code: 'email_invalid', message: 'Enter a valid email.' });
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'invalid', code: 'payment_method_invalid', message: 'Bad.' });
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'expired', message: 'Expired.' });
    });
  });

  describe('decline keys', () => {
    it('insufficient funds, failed authentication, any other decline', async () => {
      const { port, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(declined('insufficient_funds'), declined(undefined, 'authentication_failed'), declined('do_not_honor'));
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({
        kind: 'declined',
        code: 'card_declined',
        message: 'Your card was declined.',
        messageKey: 'pay.insufficientFunds',
        declineCode: 'insufficient_funds',
      });
      expect(await attempts.pay(cardRequest(1), signal)).to.include({ code: 'authentication_failed', messageKey: 'pay.authenticationFailed', declineCode: 'authentication_failed' });
      expect(await attempts.pay(cardRequest(1), signal)).to.include({ messageKey: 'pay.declined', declineCode: 'do_not_honor' });
    });

    it('declineReason(code, declineCode): the decline code, else the refusal’s own code', () => {
      expect(declineReason('card_declined', 'generic_decline')).to.equal('generic_decline');
      expect(declineReason('authentication_failed', null)).to.equal('authentication_failed');
      expect(declineReason(null, undefined)).to.equal(undefined);
    });

    it('paymentErrorKey(code, declineCode)', () => {
      expect(paymentErrorKey('card_declined', 'insufficient_funds')).to.equal('pay.insufficientFunds');
      expect(paymentErrorKey('authentication_failed', null)).to.equal('pay.authenticationFailed');
      expect(paymentErrorKey('card_declined', 'lost_card')).to.equal('pay.declined');
      expect(paymentErrorKey(null, undefined)).to.equal('pay.declined');
    });
  });

  describe('3-D Secure redirect', () => {
    const cases: [string, string, string, PayOutcome['kind']][] = [
      ['https on an https page', 'https:', 'https://bank.example/3ds?x=1', 'redirect'],
      ['http on an https page', 'https:', 'http://bank.example/3ds', 'not_completed'],
      ['http on an http page', 'http:', 'http://bank.example/3ds', 'redirect'],
      ['javascript: anywhere', 'http:', 'javascript:alert(1)', 'not_completed'],
      ['not a URL', 'https:', 'not a url', 'not_completed'],
    ];
    for (const [name, protocol, url, kind] of cases) {
      it(`${name} → ${kind}`, async () => {
        const { port, attempts, signal, cardRequest } = setup({ protocol });
        const answer = redirectSession(url);
        port.confirmAnswers.push(answer);
        const outcome = await attempts.pay(cardRequest(1), signal);
        expect(outcome).to.deep.equal(kind === 'redirect' ? { kind, url: new URL(url).href, session: answer } : { kind, session: answer });
      });
    }
  });

  describe('the card frame', () => {
    it('card_invalid and card_frame_unavailable never reach the provider', async () => {
      const { port, card, attempts, signal, cardRequest } = setup();
      card.answers.push(new CheckoutError('card_invalid', 'Invalid card.'), new CheckoutError('card_frame_unavailable', 'No frame.'));
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'card_invalid' });
      expect(await attempts.pay(cardRequest(2), signal)).to.deep.equal({ kind: 'card_unavailable' });
      expect(port.confirms).to.have.length(0);
      expect(port.loads).to.equal(0);
    });

    it('tokenizing answers: 400 with param → field, 410 → expired, network → unknown with the key kept', async () => {
      const { port, card, attempts, signal, cardRequest } = setup();
      card.answers.push(
        new CheckoutError('invalid_request', 'Your card number is invalid.', { status: 400, param: 'card.number', providerCode: 'card_number_invalid' }),
        new CheckoutError('session_expired', 'Expired.', { status: 410 }),
        network(),
      );
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'field', param: 'card.number', code: 'card_number_invalid', message: 'Your card number is invalid.' });
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'expired', message: 'Expired.' });
      expect((await attempts.pay(cardRequest(1), signal)).kind).to.equal('unknown');
      port.confirmAnswers.push(session('complete'));
      await attempts.pay(cardRequest(1), signal);
      expect(card.keys).to.deep.equal(['key_1:pm', 'key_2:pm', 'key_3:pm', 'key_3:pm']);
      // The tokenizing failure was before any confirm: nothing to reconcile.
      expect(port.loads).to.equal(0);
    });

    it('a card refused after a lost confirm keeps that attempt, so a changed card is reconciled first', async () => {
      const { port, card, attempts, signal, cardRequest } = await afterLostAnswer();
      card.answers.push(new CheckoutError('card_invalid', 'Invalid card.'));
      expect(await attempts.pay(cardRequest(1), signal)).to.deep.equal({ kind: 'card_invalid' });
      const paid = session('complete');
      port.loadAnswers.push(paid);
      expect(await attempts.pay(cardRequest(2), signal)).to.deep.equal({ kind: 'settled', session: paid });
      expect(port.confirms).to.have.length(1);
    });
  });

  describe('errors that are not provider answers', () => {
    it('a bug after a successful confirm rejects as itself, not as a network failure, and the key is spent', async () => {
      const { port, attempts, signal, cardRequest } = setup();
      const broken = session('open');
      Object.defineProperty(broken, 'paymentIntent', {
        get() {
          throw new TypeError('boom');
        },
      });
      port.confirmAnswers.push(broken, session('complete'));
      expect(await rejection(attempts.pay(cardRequest(1), signal))).to.be.instanceOf(TypeError);
      await attempts.pay(cardRequest(1), signal);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_2']);
      expect(port.loads).to.equal(0);
    });

    it('a non-CheckoutError from the port rejects as itself and keeps the attempt (it may have gone through)', async () => {
      const { port, attempts, signal, cardRequest } = setup();
      port.confirmAnswers.push(new RangeError('odd'));
      expect(await rejection(attempts.pay(cardRequest(1), signal))).to.be.instanceOf(RangeError);
      port.loadAnswers.push(session('open'));
      port.confirmAnswers.push(session('complete'));
      await attempts.pay(cardRequest(2), signal);
      expect(port.loads).to.equal(1);
    });
  });

  describe('abort', () => {
    const reason = new DOMException('The checkout session was replaced or removed.', 'AbortError');

    it('an aborted signal rejects with its reason and calls nothing', async () => {
      const { port, card, attempts, cardRequest } = setup();
      const abort = new AbortController();
      abort.abort(reason);
      expect(await rejection(attempts.pay(cardRequest(1), abort.signal))).to.equal(reason);
      expect(card.keys).to.deep.equal([]);
      expect(port.confirms).to.deep.equal([]);
    });

    it('aborted while tokenizing: rejects with the reason and never confirms', async () => {
      const { port, card, attempts, cardRequest } = setup();
      const abort = new AbortController();
      card.answers.push(async () => {
        abort.abort(reason);
        return { id: 'pm_x', type: 'card', card: { brand: 'visa', last4: '4242', expMonth: 1, expYear: 2030, funding: null, country: null } };
      });
      expect(await rejection(attempts.pay(cardRequest(1), abort.signal))).to.equal(reason);
      expect(port.confirms).to.deep.equal([]);
    });

    it('aborted while reconciling: rejects with the reason and never confirms', async () => {
      const { port, attempts, cardRequest } = await afterLostAnswer();
      const abort = new AbortController();
      port.loadAnswers.push(async () => {
        abort.abort(reason);
        return session('open');
      });
      expect(await rejection(attempts.pay(cardRequest(2), abort.signal))).to.equal(reason);
      expect(port.confirms).to.have.length(1);
    });

    it('aborted while the confirm is out: rejects with the reason, and the attempt stays pending', async () => {
      const { port, attempts, signal, cardRequest } = setup();
      const abort = new AbortController();
      port.confirmAnswers.push(
        (inner) =>
          new Promise<Session>((_resolve, reject) => {
            inner.addEventListener('abort', () => reject(inner.reason), { once: true });
            abort.abort(reason);
          }),
      );
      expect(await rejection(attempts.pay(cardRequest(1), abort.signal))).to.equal(reason);
      // The answer was never read: the same request is the same attempt.
      port.confirmAnswers.push(session('complete'));
      await attempts.pay(cardRequest(1), signal);
      expect(port.confirms.map((c) => c.key)).to.deep.equal(['key_1', 'key_1']);
    });

    it('a confirm that answers after the abort is not reported', async () => {
      const { port, attempts, cardRequest } = setup();
      const abort = new AbortController();
      port.confirmAnswers.push(async () => {
        abort.abort(reason);
        return session('complete');
      });
      expect(await rejection(attempts.pay(cardRequest(1), abort.signal))).to.equal(reason);
    });
  });
});
