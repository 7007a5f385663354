/**
 * A stand-in for the payment provider that lives in the Storybook page: a `fetch` interceptor
 * answering the widget's client calls (CONTRACT section 2) for `FIXTURE_API_BASE` from
 * fixture sessions registered by stories. No server is involved, so the static build
 * (`storybook-static/`) shows every state offline. Any other URL goes to the real `fetch`.
 *
 * Installed once by `.storybook/preview.ts` (so only in Storybook and its story tests):
 *
 *   const { clientSecret } = registerFixture({ spec: baseSpec(), load: 404 });
 *   html`<xpay-checkout api-base=${FIXTURE_API_BASE} client-secret=${clientSecret}></xpay-checkout>`
 *
 * Each registration gets a fresh session id, so stories never share state; the provider
 * keeps the spec and rebuilds the session after a promotion code, a quantity change or a
 * payment, like the sandbox, and pushes each change on the open event streams.
 */
import { PROMOTION_CODES } from '../../sandbox/catalogue.mjs';
import { buildSession, type FixtureSession, type SessionSpec } from './fixtures.js';

export const FIXTURE_ORIGIN = 'https://fixtures.xpay.invalid';
export const FIXTURE_API_BASE = `${FIXTURE_ORIGIN}/v1`;

/**
 * How `GET …/client` answers.
 * - `ok`: 200 with the session (an open session past its `expiresAt` reads as expired, as on the server).
 * - `pending`: never answers (the loading skeleton, for ever).
 * - `malformed`: 200 with a body that fails the schema (no `currency`, `amountTotal` a string): `invalid_session`.
 * - `offline`: the request fails like a dropped connection (after the widget's retries: `network`).
 * - a status: that HTTP error with the provider's error body (401/403 `unauthorized`,
 *   404 `session_not_found`, 500/503 for ever: `network` after the retries).
 */
export type LoadBehaviour = 'ok' | 'pending' | 'malformed' | 'offline' | 401 | 403 | 404 | 500 | 503;

/**
 * How `POST …/client/confirm` answers (after `confirmDelayMs`).
 * - `complete`: 200, session complete and paid.
 * - `pending`: never answers (the processing state, for ever).
 * - `declined` / `insufficient_funds`: 402 `card_declined` with that decline code.
 * - `expired`: 410 `session_expired` (and the session is expired from then on).
 * - `unavailable`: 503 every time.
 * - `{ status: 400, code, param, message? }`: a field-level refusal.
 */
export type ConfirmBehaviour =
  | 'complete'
  | 'pending'
  | 'declined'
  | 'insufficient_funds'
  | 'expired'
  | 'unavailable'
  | { status: 400; code: string; param: string; message?: string };

/**
 * `GET …/client/events`:
 * - `stream` (default): `text/event-stream`, one `session.updated` at once and one per change; stays open.
 * - `unavailable`: 503 `event_stream_unavailable`, so the widget polls every `poll-interval`.
 */
export type EventsBehaviour = 'stream' | 'unavailable';

export interface FixtureScenario {
  spec: SessionSpec;
  /** Defaults to a fresh `cs_fixture_N`. */
  sessionId?: string;
  load?: LoadBehaviour;
  /** Answers this many loads with 503 before behaving as `load` (the widget retries twice). */
  failLoads?: number;
  /** Latency of every answer, ms (default 40). */
  latencyMs?: number;
  events?: EventsBehaviour;
  confirm?: ConfirmBehaviour;
  /** Extra time the confirm takes, ms (default 600: the processing state is visible). */
  confirmDelayMs?: number;
}

export interface RegisteredFixture {
  sessionId: string;
  clientSecret: string;
  apiBase: string;
}

interface FixtureRecord {
  scenario: FixtureScenario;
  spec: SessionSpec;
  context: { id: string; clientSecret: string; createdAt: number; origin: string };
  loads: number;
  streams: Set<ReadableStreamDefaultController<Uint8Array>>;
}

interface ProviderState {
  records: Map<string, FixtureRecord>;
  counter: number;
  realFetch: typeof fetch;
}

/** Kept on the global object so a module reloaded by HMR neither wraps `fetch` twice nor loses sessions. */
const STATE_KEY = Symbol.for('xpay.storybook.fixtureProvider');
type GlobalWithState = typeof globalThis & { [STATE_KEY]?: ProviderState };

function state(): ProviderState {
  const holder = globalThis as GlobalWithState;
  if (!holder[STATE_KEY]) throw new Error('fixture provider: call installFixtureProvider() first (.storybook/preview.ts does)');
  return holder[STATE_KEY];
}

/** Wraps `window.fetch` once; later calls do nothing. */
export function installFixtureProvider(): void {
  const holder = globalThis as GlobalWithState;
  if (holder[STATE_KEY]) return;
  const realFetch = globalThis.fetch.bind(globalThis);
  holder[STATE_KEY] = { records: new Map(), counter: 0, realFetch };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${FIXTURE_API_BASE}/`)) return realFetch(input, init);
    return answer(new Request(input, init));
  };
}

/** Registers a fixture session; returns what to give `<xpay-checkout>`. */
export function registerFixture(scenario: FixtureScenario): RegisteredFixture {
  const provider = state();
  provider.counter += 1;
  const id = scenario.sessionId ?? `cs_fixture_${provider.counter}`;
  const clientSecret = `${id}_secret_fixture${provider.counter}`;
  const record: FixtureRecord = {
    scenario,
    spec: { ...scenario.spec },
    context: { id, clientSecret, createdAt: Date.now(), origin: FIXTURE_ORIGIN },
    loads: 0,
    streams: new Set(),
  };
  provider.records.set(id, record);
  return { sessionId: id, clientSecret, apiBase: FIXTURE_API_BASE };
}

/** The session as the provider would answer it now. */
export function fixtureSession(sessionId: string): FixtureSession {
  const record = state().records.get(sessionId);
  if (!record) throw new Error(`fixture provider: no session ${sessionId}`);
  return current(record);
}

/**
 * Changes a registered session the way a merchant (PATCH) or the provider would, and pushes
 * it on its open event streams: `updateFixture(id, (spec) => ({ ...spec, status: 'expired' }))`.
 */
export function updateFixture(sessionId: string, change: (spec: SessionSpec) => SessionSpec): FixtureSession {
  const record = state().records.get(sessionId);
  if (!record) throw new Error(`fixture provider: no session ${sessionId}`);
  record.spec = change(record.spec);
  const session = current(record);
  broadcast(record, session);
  return session;
}

// ---------------------------------------------------------------------------------------------

const encoder = new TextEncoder();

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });
}

/** Resolves never; rejects when the caller aborts (the widget's teardown). */
function forever(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(abortError());
    signal.addEventListener('abort', () => reject(abortError()), { once: true });
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  const type = status === 402 ? 'card_error' : status === 401 ? 'authentication_error' : status >= 500 ? 'api_error' : 'invalid_request_error';
  return json(status, { error: { type, code, message, ...extra } });
}

/** The session now; an open one past its expiry turns expired on read, as on the server. */
function current(record: FixtureRecord): FixtureSession {
  let session = buildSession(record.spec, record.context);
  if (session.status === 'open' && Date.parse(session.expiresAt) <= Date.now()) {
    record.spec = { ...record.spec, status: 'expired' };
    session = buildSession(record.spec, record.context);
  }
  return session;
}

function broadcast(record: FixtureRecord, session: FixtureSession): void {
  const chunk = encoder.encode(`event: session.updated\ndata: ${JSON.stringify(session)}\n\n`);
  for (const controller of record.streams) {
    try {
      controller.enqueue(chunk);
      // The server ends the stream after the final update of a closed session.
      if (session.status !== 'open') {
        controller.close();
        record.streams.delete(controller);
      }
    } catch {
      record.streams.delete(controller);
    }
  }
}

function eventStream(record: FixtureRecord, signal: AbortSignal): Response {
  let own: ReadableStreamDefaultController<Uint8Array> | null = null;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      own = controller;
      record.streams.add(controller);
      const session = current(record);
      controller.enqueue(encoder.encode(`event: session.updated\ndata: ${JSON.stringify(session)}\n\n`));
      if (session.status !== 'open') {
        controller.close();
        record.streams.delete(controller);
      }
    },
    cancel() {
      if (own) record.streams.delete(own);
    },
  });
  signal.addEventListener(
    'abort',
    () => {
      if (!own || !record.streams.has(own)) return;
      record.streams.delete(own);
      try {
        own.error(abortError());
      } catch {
        // already closed
      }
    },
    { once: true },
  );
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' } });
}

async function readJson(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Changes to an open session only: 410 when expired (the widget's expired notice keys on it). */
function refuseUnlessOpen(record: FixtureRecord): Response | null {
  const status = current(record).status;
  if (status === 'open') return null;
  if (status === 'expired') return apiError(410, 'session_expired', 'This checkout session has expired.');
  return apiError(400, 'session_not_open', `This checkout session is ${status}; only open sessions can be changed.`);
}

async function answer(request: Request): Promise<Response> {
  const { signal } = request;
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/v1/, '');
  const match = /^\/checkout\/sessions\/([^/]+)\/client(\/[a-z-]+)?$/.exec(path);
  const record = match ? state().records.get(decodeURIComponent(match[1])) : undefined;
  await sleep(record?.scenario.latencyMs ?? 40, signal);

  if (!match) return apiError(404, 'resource_missing', `No such route: ${request.method} ${url.pathname}`);
  if (!record) return apiError(404, 'session_not_found', 'No such checkout session.');
  const { scenario } = record;
  const action = match[2] ?? '';

  // The load's scripted failures come before authentication, as a broken upstream would.
  if (action === '' && request.method === 'GET') {
    record.loads += 1;
    if (record.loads <= (scenario.failLoads ?? 0)) return apiError(503, 'service_unavailable', 'The service is temporarily unavailable.');
    const load = scenario.load ?? 'ok';
    if (load === 'pending') return forever(signal);
    if (load === 'offline') throw new TypeError('Failed to fetch');
    if (load === 401 || load === 403) return apiError(load, 'unauthorized', 'Invalid client secret.');
    if (load === 404) return apiError(404, 'session_not_found', 'No such checkout session.');
    if (load === 500 || load === 503) return apiError(load, 'service_unavailable', 'The service is temporarily unavailable.');
  }

  if (request.headers.get('Authorization') !== `Bearer ${record.context.clientSecret}`) {
    return apiError(401, 'unauthorized', 'Send the client secret as `Authorization: Bearer {clientSecret}`.');
  }

  if (action === '' && request.method === 'GET') {
    const session = current(record);
    if (scenario.load === 'malformed') {
      const body: Record<string, unknown> = { ...session, amountTotal: String(session.amountTotal) };
      delete body.currency;
      return json(200, body);
    }
    return json(200, session);
  }

  if (action === '/events' && request.method === 'GET') {
    if ((scenario.events ?? 'stream') === 'unavailable') {
      return apiError(503, 'event_stream_unavailable', 'The event stream is unavailable for this session.');
    }
    return eventStream(record, signal);
  }

  if (request.method !== 'POST') return apiError(405, 'method_not_allowed', `${request.method} is not allowed here.`);

  if (action === '/confirm') {
    if (!request.headers.get('Idempotency-Key')) return apiError(400, 'idempotency_key_missing', 'Send an Idempotency-Key header.');
    const refused = refuseUnlessOpen(record);
    if (refused) return refused;
    const outcome = scenario.confirm ?? 'complete';
    if (outcome === 'pending') return forever(signal);
    await sleep(scenario.confirmDelayMs ?? 600, signal);
    if (outcome === 'declined') return apiError(402, 'card_declined', 'Your card was declined.', { declineCode: 'generic_decline' });
    if (outcome === 'insufficient_funds') {
      return apiError(402, 'card_declined', 'Your card has insufficient funds.', { declineCode: 'insufficient_funds' });
    }
    if (outcome === 'unavailable') return apiError(503, 'service_unavailable', 'The service is temporarily unavailable.');
    if (outcome === 'expired') {
      // Expired on the server without a word on the stream (as when the stream had dropped):
      // the widget learns it from this answer (`reason: "confirm"`).
      record.spec = { ...record.spec, status: 'expired' };
      return apiError(410, 'session_expired', 'This checkout session has expired.');
    }
    if (typeof outcome === 'object') {
      return apiError(400, outcome.code, outcome.message ?? 'This value was not accepted.', { param: outcome.param });
    }
    const session = updateFixture(record.context.id, (spec) => ({
      ...spec,
      status: 'complete',
      paymentIntentId: `pi_${record.context.id.replace(/^cs_/, '')}`,
    }));
    return json(200, session);
  }

  if (action === '/promotion-code') {
    const refused = refuseUnlessOpen(record);
    if (refused) return refused;
    const body = await readJson(request);
    if (!body) return apiError(400, 'invalid_json', 'The body is not a JSON object.');
    if (!record.spec.allowPromotionCodes) return apiError(400, 'promotion_codes_not_allowed', 'This session does not accept promotion codes.');
    const code = typeof body.code === 'string' ? body.code.trim().toUpperCase() : '';
    if (code) {
      const promo = Object.hasOwn(PROMOTION_CODES, code) ? PROMOTION_CODES[code] : undefined;
      if (!promo) return apiError(400, 'invalid_promotion_code', 'This promotion code is not valid.', { param: 'code' });
      if (promo.expired) return apiError(400, 'invalid_promotion_code', 'This promotion code has expired.', { param: 'code' });
    }
    return json(200, updateFixture(record.context.id, (spec) => ({ ...spec, promotionCode: code || null })));
  }

  if (action === '/line-items') {
    const refused = refuseUnlessOpen(record);
    if (refused) return refused;
    const body = await readJson(request);
    const changes = Array.isArray(body?.lineItems) ? (body.lineItems as { id?: unknown; quantity?: unknown }[]) : null;
    if (!changes) return apiError(400, 'parameter_missing', 'Send lineItems.', { param: 'lineItems' });
    const session = current(record);
    const quantities = record.spec.items.map((item) => item.quantity ?? 1);
    for (const change of changes) {
      const index = session.lineItems.findIndex((li) => li.id === change.id);
      const param = `lineItems.${String(change.id)}.quantity`;
      if (index < 0) return apiError(400, 'parameter_invalid', 'No such line item.', { param: `lineItems.${String(change.id)}` });
      const adjustable = record.spec.items[index].adjustable;
      if (!adjustable) return apiError(400, 'quantity_not_adjustable', 'This item’s quantity cannot be changed.', { param });
      const min = (typeof adjustable === 'object' ? adjustable.minimum : undefined) ?? 1;
      const max = (typeof adjustable === 'object' ? adjustable.maximum : undefined) ?? 99;
      const quantity = change.quantity;
      if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < min || quantity > max) {
        return apiError(400, 'quantity_out_of_range', `Choose a quantity from ${min} to ${max}.`, { param });
      }
      quantities[index] = quantity;
    }
    return json(
      200,
      updateFixture(record.context.id, (spec) => ({ ...spec, items: spec.items.map((item, i) => ({ ...item, quantity: quantities[i] })) })),
    );
  }

  return apiError(404, 'resource_missing', `No such route: ${request.method} ${url.pathname}`);
}
