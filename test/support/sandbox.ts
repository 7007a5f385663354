// Helpers for tests that talk to the real sandbox API over HTTP. web-test-runner starts the
// sandbox on a free port and injects where it is as window.__XPAY_TEST_ENV__.
import { waitUntil } from '@open-wc/testing';
import type { LineItem, Session, TokenizedCard } from '../../sandbox/sessions.mjs';

export interface TestEnv {
  /** e.g. http://127.0.0.1:41234/v1 */
  apiBase: string;
  origin: string;
  /** a `sk_test_` merchant key */
  secretKey: string;
}

export interface ApiError {
  type: string;
  code: string;
  message: string;
  param?: string;
  declineCode?: string;
  [key: string]: unknown;
}

/** The Checkout Session as the sandbox returns it (its one type, sandbox/sessions.d.mts). */
export type SandboxSession = Session;
export type SandboxLineItem = LineItem;
export type { TokenizedCard };
type SessionRef = Pick<SandboxSession, 'id' | 'clientSecret'>;

export interface ApiResponse<T = any> {
  status: number;
  /**
   * `T` when the call succeeded, the error envelope when it did not: tests read `error` only
   * after asserting a failing status, so it is typed as if present.
   */
  body: T & { error: ApiError };
  headers: Headers;
}

function readEnv(): TestEnv {
  const env = (window as unknown as { __XPAY_TEST_ENV__?: TestEnv }).__XPAY_TEST_ENV__;
  if (!env) throw new Error('window.__XPAY_TEST_ENV__ is missing: run the tests through web-test-runner.config.mjs');
  return env;
}

export const testEnv: TestEnv = readEnv();

async function send<T>(method: string, path: string, authorization: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  const h = init.headers as Record<string, string>;
  if (authorization !== null) h.Authorization = authorization;
  if (body !== undefined) {
    // A string is sent as-is so tests can send malformed JSON.
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    h['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(testEnv.apiBase + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: leave the text for the assertion to show
  }
  return { status: res.status, body: parsed as ApiResponse<T>['body'], headers: res.headers };
}

/** A merchant (secret key) call; `key: null` sends no Authorization header. */
export function merchantRequest<T = any>(method: string, path: string, body?: unknown, { key = testEnv.secretKey }: { key?: string | null } = {}) {
  return send<T>(method, path, key === null ? null : `Bearer ${key}`, body);
}

/** A widget (client secret) call, e.g. `clientRequest('GET', `/checkout/sessions/${id}/client`, secret)`. */
export function clientRequest<T = any>(method: string, path: string, clientSecret: string | null, body?: unknown, headers: Record<string, string> = {}) {
  return send<T>(method, path, clientSecret === null ? null : `Bearer ${clientSecret}`, body, headers);
}

export const DEFAULT_SESSION_PARAMS = Object.freeze({
  uiMode: 'embedded',
  currency: 'EGP',
  lineItems: [{ price: { unitAmount: 200000, productName: 'Premium Plan - Monthly' }, quantity: 1 }],
});

function expectOk<T>(res: ApiResponse<T>, what: string): T {
  if (res.status !== 200) throw new Error(`${what} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates a session; `params` shallow-merge over DEFAULT_SESSION_PARAMS. */
export async function createSession(params: Record<string, unknown> = {}): Promise<SandboxSession> {
  return expectOk(await merchantRequest<SandboxSession>('POST', '/checkout/sessions', { ...DEFAULT_SESSION_PARAMS, ...params }), 'create session');
}

export async function retrieveSession(id: string): Promise<SandboxSession> {
  return expectOk(await merchantRequest<SandboxSession>('GET', `/checkout/sessions/${id}`), 'retrieve session');
}

export async function updateSession(id: string, patch: Record<string, unknown>): Promise<SandboxSession> {
  return expectOk(await merchantRequest<SandboxSession>('PATCH', `/checkout/sessions/${id}`, patch), 'update session');
}

export async function expireSession(id: string): Promise<SandboxSession> {
  return expectOk(await merchantRequest<SandboxSession>('POST', `/checkout/sessions/${id}/expire`), 'expire session');
}

let keyCounter = 0;
const freshKey = (prefix: string) => `${prefix}-${Date.now()}-${(keyCounter += 1)}`;

export interface TestCardInput {
  number: string;
  expMonth: number | string;
  expYear: number | string;
  cvc: string;
  name?: string | null;
}

/** What the card frame sends for `number` (default: the always-succeeding 4242 card). */
export function cardBody(number = '4242424242424242', card: Partial<TestCardInput> = {}) {
  return { type: 'card', card: { number, expMonth: 12, expYear: new Date().getFullYear() + 3, cvc: '123', ...card } };
}

/** POSTs to the payment-methods endpoint as the card frame does; a fresh Idempotency-Key unless one is given. */
export function tokenizeRequest<T = any>(session: SessionRef, body: unknown, idempotencyKey = freshKey('pm')) {
  return clientRequest<T>('POST', `/checkout/sessions/${session.id}/client/payment-methods`, session.clientSecret, body, { 'Idempotency-Key': idempotencyKey });
}

/**
 * Mints a card token for the session, as the card frame would: `card` is a number (see
 * sandbox/README.md for the test cards) or the fields to send. Throws unless the sandbox answers 200.
 */
export async function tokenizeCard(session: SessionRef, card: string | Partial<TestCardInput> = {}): Promise<TokenizedCard> {
  const body = typeof card === 'string' ? cardBody(card) : cardBody(card.number, card);
  return expectOk(await tokenizeRequest<TokenizedCard>(session, body), 'tokenize card');
}

/**
 * A confirm body that pays by card for `session`: `card` is a token from tokenizeCard, or what
 * to tokenize first (a test card number, or the fields to send; default 4242…).
 */
export async function confirmBody(session: SessionRef, card: string | Partial<TestCardInput> | TokenizedCard = {}, extra: Record<string, unknown> = {}) {
  const token = typeof card === 'object' && 'id' in card ? card : await tokenizeCard(session, card);
  return { customerDetails: { email: 'jane@example.com' }, paymentMethod: { type: 'card', id: token.id }, ...extra };
}

/** POSTs a confirm with a fresh Idempotency-Key unless one is given. */
export function confirm<T = any>(session: SessionRef, body: unknown, idempotencyKey = freshKey('test')) {
  return clientRequest<T>('POST', `/checkout/sessions/${session.id}/client/confirm`, session.clientSecret, body, { 'Idempotency-Key': idempotencyKey });
}

export interface SseEvent {
  event: string;
  data: SandboxSession;
}

/**
 * Opens the session's event stream the way the widget does (fetch + ReadableStream, secret in
 * the header) and collects events until `until` says stop, the stream ends, or time runs out.
 */
export async function collectEvents(
  session: SessionRef,
  { until = () => false, timeoutMs = 5000, onOpen }: { until?: (events: SseEvent[]) => boolean; timeoutMs?: number; onOpen?: () => Promise<unknown> | void } = {},
): Promise<{ status: number; contentType: string | null; events: SseEvent[]; ended: boolean }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: SseEvent[] = [];
  let ended = false;
  try {
    const res = await fetch(`${testEnv.apiBase}/checkout/sessions/${session.id}/client/events`, {
      headers: { Authorization: `Bearer ${session.clientSecret}` },
      signal: controller.signal,
    });
    if (!res.ok || !res.body) return { status: res.status, contentType: res.headers.get('content-type'), events, ended };
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let opened = false;
    try {
      while (!until(events)) {
        const { value, done } = await reader.read();
        if (done) {
          ended = true;
          break;
        }
        buffer += value;
        let split: number;
        while ((split = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
        if (!opened && events.length > 0) {
          opened = true;
          await onOpen?.();
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    } finally {
      reader.cancel().catch(() => {});
    }
    return { status: res.status, contentType: res.headers.get('content-type'), events, ended };
  } finally {
    clearTimeout(timer);
  }
}

export interface HeldConfirm {
  stage: 'before_charge' | 'after_charge';
  idempotencyKey: string;
}

/** The confirms `sandbox.holdConfirms` is holding for the session. */
export async function heldConfirms(id: string): Promise<HeldConfirm[]> {
  return expectOk(await merchantRequest<{ data: HeldConfirm[] }>('GET', `/sandbox/sessions/${id}/held-confirms`), 'list held confirms').data;
}

/** Waits until the sandbox holds `count` confirms of the session (they reached it), and returns them. */
export async function waitForHeldConfirms(id: string, count = 1): Promise<HeldConfirm[]> {
  let held: HeldConfirm[] = [];
  await waitUntil(async () => (held = await heldConfirms(id)).length >= count, `the sandbox holds ${count} confirm(s)`, { timeout: 8000, interval: 20 });
  return held;
}

/** Lets every held confirm of the session go on; resolves with how many there were. */
export async function releaseHeldConfirms(id: string): Promise<number> {
  return expectOk(await merchantRequest<{ released: number }>('POST', `/sandbox/sessions/${id}/held-confirms/release`), 'release held confirms').released;
}

/** The customer's answer on the sandbox's 3-D Secure page (`url` is where the widget sent them). */
export async function authenticate(url: string, outcome: 'complete' | 'fail'): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams({ outcome }), redirect: 'manual' });
}
