import { expect } from '@open-wc/testing';
import { CheckoutApi } from '../../src/api/client.js';
import { applyPromotionCode, confirm, verifyOtp } from '../../src/api/session-changes.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, type RetryPolicy } from '../../src/api/retry.js';
import { captureWarningsPerTest } from '../support/spies.js';
import { checkoutFailure, minimalSessionBody, rejection } from './helpers.js';

const SESSION_ID = 'cs_test_1';

const sessionBody = (id = SESSION_ID) => minimalSessionBody({ id });

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network';

/** Answers the page's fetches from a script, one reply per call, and records the calls. */
function scriptFetch(replies: Reply[]) {
  const original = window.fetch;
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    const reply = replies.shift();
    if (!reply) throw new Error('unexpected fetch');
    if (reply === 'network') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  };
  return { calls, restore: () => void (window.fetch = original) };
}

/** A client whose pauses are recorded, not waited. */
function client(retry: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const api = new CheckoutApi({
    apiBase: 'https://api.example.test/v1/',
    clientSecret: `${SESSION_ID}_secret_abc`,
    sessionId: SESSION_ID,
    retry: { random: () => 0.5, wait: async (ms) => void waits.push(ms), ...retry },
  });
  return { api, waits };
}

describe('CheckoutApi: load (CONTRACT section 2)', () => {
  const warnings = captureWarningsPerTest();
  let fetches: ReturnType<typeof scriptFetch> | null = null;
  afterEach(() => fetches?.restore());

  it('sends the secret only in the Authorization header', async () => {
    fetches = scriptFetch([{ status: 200, body: sessionBody() }]);
    const { api } = client();
    const session = await api.loadSession();
    expect(session.id).to.equal(SESSION_ID);
    expect(fetches.calls[0].url).to.equal(`https://api.example.test/v1/checkout/sessions/${SESSION_ID}/client`);
    expect(new Headers(fetches.calls[0].init?.headers).get('authorization')).to.equal(`Bearer ${SESSION_ID}_secret_abc`);
  });

  const definitive: [number, string][] = [
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'session_not_found'],
    [410, 'session_expired'],
    [400, 'unexpected_response'],
    [402, 'unexpected_response'],
    [409, 'unexpected_response'],
    [418, 'unexpected_response'],
    [301, 'unexpected_response'],
  ];
  for (const [status, code] of definitive) {
    it(`${status} → ${code}, at once`, async () => {
      fetches = scriptFetch([{ status, body: { error: { code: 'x', message: `said ${status}` } } }]);
      const { api, waits } = client();
      const error = await checkoutFailure(api.loadSession());
      expect([error.code, error.details.status, error.message]).to.deep.equal([code, status, `said ${status}`]);
      expect(fetches.calls).to.have.length(1);
      expect(waits).to.deep.equal([]);
    });
  }

  for (const reply of [{ status: 429 }, { status: 500 }, { status: 503 }, 'network'] as Reply[]) {
    const name = reply === 'network' ? 'a network failure' : String(reply.status);
    it(`${name}: three tries with growing jittered pauses, then network`, async () => {
      fetches = scriptFetch([reply, reply, reply]);
      const { api, waits } = client();
      const error = await checkoutFailure(api.loadSession());
      expect(error.code).to.equal('network');
      expect(fetches.calls).to.have.length(3);
      // random() = 0.5 → three quarters of 400 ms, then of 800 ms.
      expect(waits).to.deep.equal([300, 600]);
    });
  }

  it('a retry that succeeds returns the session', async () => {
    fetches = scriptFetch([{ status: 503 }, 'network', { status: 200, body: sessionBody() }]);
    const { api } = client();
    expect((await api.loadSession()).id).to.equal(SESSION_ID);
  });

  it('honours Retry-After in seconds and as an HTTP date, capped at 10 s', async () => {
    const date = 'Wed, 21 Oct 2026 07:28:00 GMT';
    fetches = scriptFetch([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 503, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:04 GMT', Date: date } },
      { status: 200, body: sessionBody() },
    ]);
    const { api, waits } = client();
    await api.loadSession();
    expect(waits).to.deep.equal([2000, 4000]);

    fetches.restore();
    fetches = scriptFetch([{ status: 429, headers: { 'Retry-After': '120' } }, { status: 200, body: sessionBody() }]);
    const capped = client();
    await capped.api.loadSession();
    expect(capped.waits).to.deep.equal([10_000]);
  });

  it('a 200 that is not a session, or is another session, is invalid_session', async () => {
    fetches = scriptFetch([{ status: 200, body: { id: SESSION_ID } }, { status: 200, body: sessionBody('cs_test_other') }, { status: 200 }]);
    const { api, waits } = client();
    for (let i = 0; i < 3; i += 1) expect((await checkoutFailure(api.loadSession())).code).to.equal('invalid_session');
    expect(waits).to.deep.equal([]);
    expect(warnings.length).to.be.greaterThan(0);
  });

  it('an abort during a pause rejects with the signal’s reason and sends nothing more', async () => {
    fetches = scriptFetch([{ status: 503 }, { status: 200, body: sessionBody() }]);
    const abort = new AbortController();
    const reason = new DOMException('gone', 'AbortError');
    const { api } = client({ wait: DEFAULT_RETRY_POLICY.wait });
    const pending = api.loadSession(abort.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    abort.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    expect(fetches.calls).to.have.length(1);
  });

  it('the default wait rejects at once on a signal that is already aborted', async () => {
    const abort = new AbortController();
    abort.abort(new DOMException('gone', 'AbortError'));
    expect(await rejection(DEFAULT_RETRY_POLICY.wait(60_000, abort.signal))).to.equal(abort.signal.reason);
  });
});

describe('CheckoutApi: confirm and session changes', () => {
  let fetches: ReturnType<typeof scriptFetch> | null = null;
  afterEach(() => fetches?.restore());

  it('400 and 409 → invalid_request with param and provider code; 402 → payment_failed with decline code', async () => {
    fetches = scriptFetch([
      { status: 400, body: { error: { code: 'email_invalid', message: 'Bad email.', param: 'customerDetails.email' } } },
      { status: 402, body: { error: { code: 'card_declined', message: 'Declined.', declineCode: 'insufficient_funds' } } },
      { status: 409, body: { error: { code: 'amount_changed', message: 'The total is now 2,102.60 EGP.' } } },
      { status: 400, body: { error: { code: 'otp_incorrect', message: 'That code is not right.', param: 'code', attemptsRemaining: 2 } } },
      { status: 418, body: { error: { code: 'teapot', message: 'Odd.' } } },
    ]);
    const { api } = client();
    const body = { customerDetails: {}, paymentMethod: { type: 'card', id: 'pm_1' } };
    const invalid = await checkoutFailure(confirm(api, body, 'key_1'));
    expect([invalid.code, invalid.details.param, invalid.details.providerCode]).to.deep.equal(['invalid_request', 'customerDetails.email', 'email_invalid']);
    const declined = await checkoutFailure(confirm(api, body, 'key_1'));
    expect([declined.code, declined.details.declineCode]).to.deep.equal(['payment_failed', 'insufficient_funds']);
    const changed = await checkoutFailure(confirm(api, body, 'key_1'));
    expect([changed.code, changed.details.providerCode]).to.deep.equal(['invalid_request', 'amount_changed']);
    const wrongCode = await checkoutFailure(verifyOtp(api, '111111', 'key_2'));
    expect([wrongCode.code, wrongCode.details.param, wrongCode.details.attemptsRemaining]).to.deep.equal(['invalid_request', 'code', 2]);
    expect((await checkoutFailure(confirm(api, body, 'key_1'))).code).to.equal('unexpected_response');
  });

  it('a transient confirm failure is retried with the same Idempotency-Key', async () => {
    fetches = scriptFetch([{ status: 503 }, { status: 200, body: { ...sessionBody(), status: 'complete' } }]);
    const { api } = client();
    await confirm(api, { customerDetails: {}, paymentMethod: { type: 'valu' } }, 'key_7');
    expect(fetches.calls.map((call) => new Headers(call.init?.headers).get('idempotency-key'))).to.deep.equal(['key_7', 'key_7']);
  });

  it('a promotion code answer about another session is invalid_session', async () => {
    fetches = scriptFetch([{ status: 200, body: sessionBody('cs_test_other') }]);
    const { api } = client();
    expect((await checkoutFailure(applyPromotionCode(api, 'WELCOME10'))).code).to.equal('invalid_session');
  });
});

describe('retry pauses', () => {
  it('Retry-After: seconds, an HTTP date against the server clock, junk', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter('-1', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
  });

  it('backoff doubles, jitters within its upper half and never exceeds the cap', () => {
    const policy = { baseDelayMs: 400, maxDelayMs: 10_000 };
    expect(retryDelayMs({ ...policy, random: () => 0 }, 0, null)).to.equal(200);
    expect(retryDelayMs({ ...policy, random: () => 0.999999 }, 0, null)).to.be.closeTo(400, 0.01);
    expect(retryDelayMs({ ...policy, random: () => 0 }, 1, null)).to.equal(400);
    expect(retryDelayMs({ ...policy, random: () => 1 }, 10, null)).to.equal(10_000);
    expect(retryDelayMs({ ...policy, random: () => 0.5 }, 0, 1234)).to.equal(1234);
    expect(retryDelayMs({ ...policy, random: () => 0.5 }, 0, 60_000)).to.equal(10_000);
  });
});
