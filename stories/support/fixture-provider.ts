/**
 * A stand-in for the payment provider that lives in the Storybook page: a `fetch` interceptor
 * answering the widget's client calls (CONTRACT section 2) under `FIXTURE_API_BASE` from
 * fixture sessions registered by stories. No server is involved, so the static build
 * (`storybook-static/`) shows every state offline. Any other URL goes to the real `fetch`.
 *
 * The API base lives on Storybook's own origin (`{origin}/fixture-api/v1`) because the card
 * frame (CONTRACT section 5) is a real document the browser loads from
 * `{apiBase}/checkout/frames/card.html`: `.storybook/main.ts` serves `dist/frames/` there. The
 * frame then tokenizes the card with its own `fetch`; being same-origin here, its window is
 * reachable, so the provider wraps that window's `fetch` too, as soon as the frame says
 * `xpay:frame-ready` (a message whose `source` is the frame's window, wherever in which shadow
 * root its iframe sits). Each request is recorded with the window it came from
 * (`fixtureAudit`), so a story can show that card data only ever left the frame.
 *
 * Installed once by `.storybook/preview.ts` (so only in Storybook and its story tests):
 *
 *   const { clientSecret, apiBase } = registerFixture({ spec: baseSpec(), load: 404 });
 *   html`<xpay-checkout api-base=${apiBase} client-secret=${clientSecret}></xpay-checkout>`
 *
 * Each registration gets a fresh session id, so stories never share state; the provider
 * keeps the spec and rebuilds the session after a promotion code, a quantity change or a
 * payment, like the sandbox, and pushes each change on the open event streams.
 *
 * What issue 12 added is the sandbox's own code, run on the sandbox's record of the session
 * (`buildRecord`): the method the fee follows (selection.mjs, fees.mjs), valU's plans
 * (method-rules.mjs), what a valU, wallet or Fawry confirm starts (confirm-rules.mjs,
 * payments.mjs) and what follows it (local-methods.mjs: codes, tries, vouchers), and the
 * store's commit, which voids a stale step and pushes the change on the event streams.
 */
import { PROMOTION_CODES, cardBrand, luhnValid, testCard } from '../../sandbox/catalogue.mjs';
import { validateConfirm } from '../../sandbox/confirm-rules.mjs';
import { recompute, type SessionRecord, type SessionStream, type StoredCard, type TokenizedCard } from '../../sandbox/sessions.mjs';
import * as clientSchemas from '../../sandbox/client-schemas.mjs';
import * as http from '../../sandbox/http.mjs';
import * as localMethods from '../../sandbox/local-methods.mjs';
import * as methodRules from '../../sandbox/method-rules.mjs';
import * as parse from '../../sandbox/parse.mjs';
import * as payments from '../../sandbox/payments.mjs';
import * as selection from '../../sandbox/selection.mjs';
import * as sandboxStore from '../../sandbox/store.mjs';
import { FRAME_PATH } from '../../src/frames/protocol.js';
import { buildRecord, type FixtureSession, type SessionSpec } from './fixtures.js';

/** An answer as the sandbox's handlers return it. */
interface Reply {
  status: number;
  body: unknown;
}

const sandbox = { ...clientSchemas, ...http, ...localMethods, ...methodRules, ...parse, ...payments, ...selection, ...sandboxStore };
type SandboxStore = InstanceType<typeof sandbox.Store>;
type ConfirmBody = Parameters<typeof sandbox.settleForConfirm>[2];

/** Storybook's own origin: the card frame must be a document the browser can really load. */
export const FIXTURE_ORIGIN = location.origin;
/** The fixture API, with the card frame served below it (`.storybook/main.ts` staticDirs). */
export const FIXTURE_API_BASE = `${FIXTURE_ORIGIN}/fixture-api/v1`;
/** The same API where `…/checkout/frames/card.html` answers 404: the card frame cannot load. */
export const FIXTURE_API_BASE_WITHOUT_FRAMES = `${FIXTURE_ORIGIN}/fixture-api-without-frames/v1`;
const API_BASES = [FIXTURE_API_BASE, FIXTURE_API_BASE_WITHOUT_FRAMES] as const;

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
 * How `POST …/client/confirm` answers (after `confirmDelayMs`), once the body passed the
 * provider's checks (no raw card data: 400 `raw_card_data_not_allowed`; a card pays by a token
 * of this session, once: else 400 `payment_method_invalid`).
 * - `card` (default): as the sandbox, the test card the frame tokenized decides
 *   (`TEST_CARDS` in sandbox/catalogue.mjs: 4000 0000 0000 0002 declines, 4000 0000 0000 9995
 *   has insufficient funds, 4000 0027 6000 3184 asks for 3-D Secure: `nextAction`
 *   `redirect_to_url`, answered by `authenticateFixture`; any other valid number pays); valU and wallets then wait for the
 *   one-time code, Fawry shows its reference (the sandbox's rules, customer checks included).
 *
 * Before any of these, the confirm settles the selection from its method and, as the sandbox,
 * answers 409 `amount_changed` when the total is not the `expectedAmountTotal` sent.
 * - `complete`: 200, session complete and paid, whatever the card.
 * - `pending`: never answers (the processing state, for ever).
 * - `declined` / `insufficient_funds`: 402 `card_declined` with that decline code.
 * - `expired`: 410 `session_expired` (and the session is expired from then on).
 * - `unavailable`: 503 every time.
 * - `{ status: 400, code, param, message? }`: a field-level refusal.
 */
export type ConfirmBehaviour =
  | 'card'
  | 'complete'
  | 'pending'
  | 'declined'
  | 'insufficient_funds'
  | 'expired'
  | 'unavailable'
  | { status: 400; code: string; param: string; message?: string };

/**
 * How `POST …/client/payment-methods` (the card frame's tokenization) answers.
 * - `ok` (default): a Luhn-valid number gets a single-use token (`pm_…`) with the sandbox's
 *   brand, funding and country; the same Idempotency-Key gets the same token back.
 * - `{ status: 400, code, param, message? }`: the provider refuses the card, e.g.
 *   `{ status: 400, code: 'incorrect_number', param: 'card.number' }`; the frame shows it at that input.
 */
export type TokenizeBehaviour = 'ok' | { status: 400; code: string; param: string; message?: string };

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
  tokenize?: TokenizeBehaviour;
  /** `missing`: the registration's apiBase is `FIXTURE_API_BASE_WITHOUT_FRAMES` (default `served`). */
  frames?: 'served' | 'missing';
  /**
   * The session as it is once the customer came back from the bank's 3-D Secure page: before
   * the widget loads it, the provider runs a confirm with the sandbox's 3-D Secure test card
   * (`THREE_D_SECURE_CARD`) and `submitted`, then answers the challenge as the sandbox's bank
   * page does (`authenticateFixture`): `complete` pays it, `fail` leaves it open with the bank's
   * refusal in `paymentIntent.lastPaymentError` and the submitted details kept.
   */
  returnedFromBank?: { outcome: BankOutcome; submitted?: FixtureConfirmBody };
}

/** How the customer answers the sandbox's 3-D Secure page (`POST /v1/sandbox/authenticate/{pi}`). */
export type BankOutcome = 'complete' | 'fail';

/** What a confirm carries besides its payment method (the sandbox's `confirmSchema`). */
export interface FixtureConfirmBody {
  customerDetails?: Record<string, unknown>;
  customFields?: { key: string; value: string | number | null }[];
}

/** The sandbox's card that asks for 3-D Secure (sandbox/catalogue.mjs TEST_CARDS, `outcome: 'redirect'`). */
export const THREE_D_SECURE_CARD = '4000 0027 6000 3184';

export interface RegisteredFixture {
  sessionId: string;
  clientSecret: string;
  apiBase: string;
}

/** Which window's `fetch` sent a request: the Storybook page's, or the card frame's. */
export type RequestSource = 'page' | 'frame';

/** What the provider saw of a session's card traffic, never the card data itself. */
export interface FixtureAudit {
  /** Every request whose body carried a card number (`card.number`, or a confirm's `paymentMethod.card`). */
  cardData: { endpoint: 'payment-methods' | 'confirm'; from: RequestSource }[];
  /** Tokens minted, in order. */
  tokens: TokenizedCard[];
  /** The `paymentMethod` of every confirm, as sent. */
  confirms: unknown[];
}

interface FixtureRecord {
  scenario: FixtureScenario;
  spec: SessionSpec;
  context: { id: string; clientSecret: string; createdAt: number; origin: string };
  /** The sandbox's record of the session: its open streams and card tokens (`paymentMethods`) included. */
  live: SessionRecord;
  loads: number;
  /** The token each tokenization Idempotency-Key minted. */
  tokenKeys: Map<string, string>;
  /** Each code verification's answer by Idempotency-Key, with the body it answered. */
  codeAnswers: Map<string, Reply & { sent: string }>;
  audit: FixtureAudit;
}

interface ProviderState {
  records: Map<string, FixtureRecord>;
  counter: number;
  /** Only its commit (and stream attach) runs here: its expiry timers are Node's. */
  store: SandboxStore;
}

/** Kept on the global object so a module reloaded by HMR neither wraps `fetch` twice nor loses sessions. */
const STATE_KEY = Symbol.for('xpay.storybook.fixtureProvider');
type GlobalWithState = typeof globalThis & { [STATE_KEY]?: ProviderState };

function state(): ProviderState {
  const holder = globalThis as GlobalWithState;
  if (!holder[STATE_KEY]) throw new Error('fixture provider: call installFixtureProvider() first (.storybook/preview.ts does)');
  return holder[STATE_KEY];
}

/** Marks a window whose `fetch` is already wrapped. */
const WRAPPED = Symbol.for('xpay.storybook.fixtureProvider.wrapped');
type FetchWindow = Pick<typeof globalThis, 'fetch'> & { [WRAPPED]?: true };

/** The API path below a fixture base (`/checkout/sessions/…`), or null for any other URL and for the frame's own files. */
function fixturePath(url: string): string | null {
  const base = API_BASES.find((candidate) => url.startsWith(`${candidate}/`));
  if (!base) return null;
  const path = new URL(url).pathname.slice(new URL(base).pathname.length);
  return path.startsWith('/checkout/frames/') ? null : path;
}

function wrapFetch(target: FetchWindow, from: RequestSource): void {
  if (target[WRAPPED]) return;
  target[WRAPPED] = true;
  const realFetch = target.fetch.bind(target);
  target.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : 'href' in input ? input.href : input.url;
    const path = fixturePath(url);
    return path === null ? realFetch(input, init) : answer(new Request(input, init), path, from);
  };
}

/**
 * The window behind a message, if it is a card frame of the fixture API on this origin (a
 * cross-origin window throws on `location`: not ours).
 */
function fixtureFrame(source: MessageEventSource | null): (Window & FetchWindow) | null {
  if (!source || source === window || !('location' in source)) return null;
  try {
    const { href } = source.location;
    return API_BASES.some((base) => href.startsWith(base + FRAME_PATH)) ? (source as Window & FetchWindow) : null;
  } catch {
    return null;
  }
}

/** Wraps the page's `fetch`, and each card frame's once it says it is ready; later calls do nothing. */
export function installFixtureProvider(): void {
  const holder = globalThis as GlobalWithState;
  if (holder[STATE_KEY]) return;
  holder[STATE_KEY] = { records: new Map(), counter: 0, store: new sandbox.Store() };
  wrapFetch(window, 'page');
  // `xpay:frame-ready` is the frame's first message, sent before anything it could tokenize;
  // a Retry or a new session loads a new frame window, which says it again.
  window.addEventListener(
    'message',
    (event) => {
      const frame = fixtureFrame(event.source);
      if (frame) wrapFetch(frame, 'frame');
    },
    true,
  );
}

/** Registers a fixture session; returns what to give `<xpay-checkout>`. */
export function registerFixture(scenario: FixtureScenario): RegisteredFixture {
  const provider = state();
  provider.counter += 1;
  const id = scenario.sessionId ?? `cs_fixture_${provider.counter}`;
  const clientSecret = `${id}_secret_fixture${provider.counter}`;
  const spec = { ...scenario.spec };
  const context = { id, clientSecret, createdAt: Date.now(), origin: FIXTURE_ORIGIN };
  const record: FixtureRecord = {
    scenario,
    spec,
    context,
    live: buildRecord(spec, context),
    loads: 0,
    tokenKeys: new Map(),
    codeAnswers: new Map(),
    audit: { cardData: [], tokens: [], confirms: [] },
  };
  provider.records.set(id, record);
  if (scenario.returnedFromBank) returnFromBank(record, scenario.returnedFromBank.outcome, scenario.returnedFromBank.submitted ?? {});
  return { sessionId: id, clientSecret, apiBase: scenario.frames === 'missing' ? FIXTURE_API_BASE_WITHOUT_FRAMES : FIXTURE_API_BASE };
}

/**
 * The customer left for the bank and answered there: a confirm with the 3-D Secure test card
 * (its token minted as the frame would), run by the sandbox's rules, then the bank's answer.
 */
function returnFromBank(record: FixtureRecord, outcome: BankOutcome, submitted: FixtureConfirmBody): void {
  const digits = THREE_D_SECURE_CARD.replace(/\s/g, '');
  const { funding, country, ...cardOutcome } = testCard(digits);
  const stored: StoredCard = {
    id: `pm_${record.context.id.replace(/^cs_/, '')}_3ds`,
    card: { brand: cardBrand(digits), last4: digits.slice(-4), expMonth: 12, expYear: 2034, funding, country },
    outcome: cardOutcome,
    used: false,
  };
  record.live.paymentMethods.set(stored.id, stored);
  const body = sandbox.parseWith(sandbox.confirmSchema, {
    customerDetails: { email: 'jane@example.com', ...submitted.customerDetails },
    ...(submitted.customFields ? { customFields: submitted.customFields } : {}),
    paymentMethod: { type: 'card', id: stored.id },
  });
  const reply = sandbox.runAttempt(record.live, state().store, validateConfirm(record.live, body), FIXTURE_ORIGIN);
  if (record.live.pendingAction?.kind !== 'redirect') throw new Error(`fixture provider: the 3-D Secure confirm answered ${reply.status}, no redirect`);
  authenticateFixture(record.context.id, outcome);
}

/**
 * The customer's answer on the bank's 3-D Secure page, as the sandbox's
 * `POST /v1/sandbox/authenticate/{paymentIntentId}` takes it: `complete` pays the session,
 * `fail` refuses the attempt (`authentication_failed`) and leaves the session open. The change
 * goes out on the open event streams. Throws when no challenge is waiting.
 */
export function authenticateFixture(sessionId: string, outcome: BankOutcome): FixtureSession {
  const record = recordOf(sessionId);
  const pending = record.live.pendingAction;
  if (pending?.kind !== 'redirect') throw new Error(`fixture provider: ${sessionId} is not waiting for authentication`);
  if (outcome === 'complete') {
    sandbox.completePayment(record.live, state().store, pending);
    // A rebuild from the spec (updateFixture) keeps it paid.
    record.spec = { ...record.spec, status: 'complete', paymentIntentId: record.live.session.paymentIntentId };
  } else {
    sandbox.failPayment(record.live, state().store, pending.method, pending.customerDetails, {
      code: 'authentication_failed',
      declineCode: null,
      message: 'The customer failed 3-D Secure authentication.',
    });
  }
  return record.live.session as FixtureSession;
}

function recordOf(sessionId: string): FixtureRecord {
  const record = state().records.get(sessionId);
  if (!record) throw new Error(`fixture provider: no session ${sessionId}`);
  return record;
}

/** What the provider saw of a session's card traffic (a copy). */
export function fixtureAudit(sessionId: string): FixtureAudit {
  return structuredClone(recordOf(sessionId).audit);
}

/** The session as the provider would answer it now. */
export function fixtureSession(sessionId: string): FixtureSession {
  return current(recordOf(sessionId));
}

/**
 * Changes a registered session the way a merchant (PATCH) or the provider would, and pushes
 * it on its open event streams: `updateFixture(id, (spec) => ({ ...spec, status: 'expired' }))`.
 */
export function updateFixture(sessionId: string, change: (spec: SessionSpec) => SessionSpec): FixtureSession {
  const record = recordOf(sessionId);
  record.spec = change(record.spec);
  record.live = rebuilt(record);
  state().store.commit(record.live);
  return record.live.session as FixtureSession;
}

/**
 * The customer paid the session's Fawry reference at an outlet (the sandbox's merchant-side
 * `voucher/pay` control): the completed session goes out on the open event streams. Throws
 * the sandbox's refusal when no reference is waiting.
 */
export function payFixtureVoucher(sessionId: string): FixtureSession {
  const record = recordOf(sessionId);
  sandbox.payVoucher(record.live, state().store);
  return record.live.session as FixtureSession;
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

/**
 * The record for the spec as it is now. What the sandbox keeps across a merchant's or customer's
 * change stays: the streams and card tokens, and on an open session the method the fee follows
 * and a step under way (the store's commit voids the step if the change moved its amount).
 */
function rebuilt(record: FixtureRecord): SessionRecord {
  const previous = record.live;
  const next = buildRecord(record.spec, record.context);
  next.streams = previous.streams;
  next.paymentMethods = previous.paymentMethods;
  if (next.session.status === 'open') {
    next.config.selection = previous.config.selection;
    next.pendingAction = previous.pendingAction;
    next.session.paymentIntent = previous.session.paymentIntent;
    next.session.paymentIntentId = previous.session.paymentIntentId;
    next.session.customerDetails = previous.session.customerDetails;
    recompute(next);
  }
  return next;
}

/** The session now; an open one past its expiry turns expired on read, as on the server. */
function current(record: FixtureRecord): FixtureSession {
  const { session } = record.live;
  if (session.status === 'open' && Date.parse(session.expiresAt) <= Date.now()) {
    record.spec = { ...record.spec, status: 'expired' };
    record.live = rebuilt(record);
  }
  return record.live.session as FixtureSession;
}

/** The session's change as a sandbox handler ends one: committed (streams told), then answered. */
function committed(record: FixtureRecord): Response {
  state().store.commit(record.live);
  return json(200, record.live.session);
}

/** Runs the sandbox's rules: null when they pass, else their refusal as the sandbox's router answers it. */
function sandboxRefusal(run: () => void): Response | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof sandbox.HttpError) return json(error.status, error.toBody());
    throw error;
  }
}

/** The answer `run` gives with the sandbox's rules, or their refusal. */
function bySandbox(run: () => Response): Response {
  let answer: Response | undefined;
  return sandboxRefusal(() => (answer = run())) ?? answer!;
}

/** The sandbox's EventStream over a response body; a stream the widget dropped takes itself out. */
function streamTo(controller: ReadableStreamDefaultController<Uint8Array>, streams: Set<SessionStream>): SessionStream {
  const stream: SessionStream = {
    send(event, data) {
      try {
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      } catch {
        streams.delete(stream);
      }
    },
    close() {
      streams.delete(stream);
      try {
        controller.close();
      } catch {
        // already closed or errored
      }
    },
  };
  return stream;
}

function eventStream(record: FixtureRecord, signal: AbortSignal): Response {
  // The same set across rebuilds (see rebuilt), so the one captured here stays the session's.
  const streams = record.live.streams;
  let own: { controller: ReadableStreamDefaultController<Uint8Array>; stream: SessionStream } | null = null;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      own = { controller, stream: streamTo(controller, streams) };
      current(record);
      // Sends the session at once, and ends the stream there when the session is closed.
      state().store.attachStream(record.live, own.stream);
    },
    cancel() {
      if (own) streams.delete(own.stream);
    },
  });
  signal.addEventListener(
    'abort',
    () => {
      if (!own || !streams.has(own.stream)) return;
      streams.delete(own.stream);
      try {
        own.controller.error(abortError());
      } catch {
        // already closed
      }
    },
    { once: true },
  );
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' } });
}

function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function readJson(request: Request): Promise<Record<string, unknown> | null> {
  return jsonObject(await request.text());
}

/** Changes to an open session only: 410 when expired (the widget's expired notice keys on it). */
function refuseUnlessOpen(record: FixtureRecord): Response | null {
  const status = current(record).status;
  if (status === 'open') return null;
  if (status === 'expired') return apiError(410, 'session_expired', 'This checkout session has expired.');
  return apiError(400, 'session_not_open', `This checkout session is ${status}; only open sessions can be changed.`);
}

/** The sandbox's message for each scripted decline (`declined`, `insufficient_funds`). */
const SCRIPTED_DECLINES = {
  declined: { declineCode: 'generic_decline', message: 'Your card was declined.' },
  insufficient_funds: { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
} as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `POST …/client/payment-methods`, which only the card frame calls (CONTRACT section 5): a
 * single-use token for the card, its brand, funding and country from the sandbox's catalogue.
 * The frame has already refused incomplete or expired cards; here, as on the provider, the
 * number must pass Luhn. The card data itself is never kept.
 */
async function tokenizeCard(record: FixtureRecord, request: Request, from: RequestSource): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return apiError(400, 'idempotency_key_missing', 'Send an Idempotency-Key header with every card tokenization.');
  const body = await readJson(request);
  const card = isObject(body?.card) ? body.card : null;
  if (card && 'number' in card) record.audit.cardData.push({ endpoint: 'payment-methods', from });
  const refused = refuseUnlessOpen(record);
  if (refused) return refused;
  // The same key gets the same token back (the frame retries a lost answer under it).
  const replayed = record.live.paymentMethods.get(record.tokenKeys.get(key) ?? '');
  if (replayed) return json(200, tokenOf(replayed));
  const { number, expMonth, expYear, cvc } = card ?? {};
  if (body?.type !== 'card' || typeof number !== 'string' || typeof cvc !== 'string' || !Number.isInteger(expMonth) || !Number.isInteger(expYear)) {
    return apiError(400, 'parameter_invalid', 'Send { type: "card", card: { number, expMonth, expYear, cvc } }.', { param: 'card' });
  }
  const scripted = record.scenario.tokenize ?? 'ok';
  if (scripted !== 'ok') return apiError(400, scripted.code, scripted.message ?? 'This card was not accepted.', { param: scripted.param });
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) return apiError(400, 'incorrect_number', 'Your card number is incorrect.', { param: 'card.number' });
  const { funding, country, ...outcome } = testCard(digits);
  const stored: StoredCard = {
    id: `pm_${record.context.id.replace(/^cs_/, '')}_${record.audit.tokens.length + 1}`,
    card: { brand: cardBrand(digits), last4: digits.slice(-4), expMonth: Number(expMonth), expYear: Number(expYear), funding, country },
    outcome,
    used: false,
  };
  // In the sandbox's record, so its confirm rules settle the fee from the token's country.
  record.live.paymentMethods.set(stored.id, stored);
  record.tokenKeys.set(key, stored.id);
  const token = tokenOf(stored);
  record.audit.tokens.push(token);
  return json(200, token);
}

function tokenOf(stored: StoredCard): TokenizedCard {
  return { id: stored.id, type: 'card', card: { ...stored.card } };
}

/**
 * `POST …/client/confirm`. As on the provider (sandbox/confirm-rules.mjs): raw card data is
 * refused before anything else, a card pays by a token this session minted, once; the sandbox
 * settles the fee from the method sent and holds the confirm to `expectedAmountTotal` (409);
 * then the scenario's `confirm` (by default the tokenized test card, or the sandbox's rules for
 * valU, wallets and Fawry) decides.
 */
async function confirmPayment(record: FixtureRecord, request: Request, from: RequestSource): Promise<Response> {
  const { scenario } = record;
  const { signal } = request;
  if (!request.headers.get('Idempotency-Key')) return apiError(400, 'idempotency_key_missing', 'Send an Idempotency-Key header.');
  const body = await readJson(request);
  if (!body) return apiError(400, 'invalid_json', 'The body is not a JSON object.');
  const method = isObject(body.paymentMethod) ? body.paymentMethod : null;
  record.audit.confirms.push(method);
  if (method && Object.hasOwn(method, 'card')) {
    record.audit.cardData.push({ endpoint: 'confirm', from });
    return apiError(400, 'raw_card_data_not_allowed', 'Card details are not accepted here: the card frame turns them into a payment method id.', {
      param: 'paymentMethod.card',
    });
  }
  const refused = refuseUnlessOpen(record);
  if (refused) return refused;
  let token: StoredCard | undefined;
  if (method?.type === 'card') {
    const id = typeof method.id === 'string' ? method.id : '';
    if (!id) return apiError(400, 'parameter_missing', 'Pay by card with the id of a payment method created by the card frame.', { param: 'paymentMethod.id' });
    token = record.live.paymentMethods.get(id);
    if (!token) return apiError(400, 'payment_method_invalid', 'No such payment method for this checkout session.', { param: 'paymentMethod.id' });
    if (token.used) return apiError(400, 'payment_method_invalid', 'This payment method was already used; enter the card again.', { param: 'paymentMethod.id' });
  }
  // Parsed as the sandbox's confirm route parses it, then the selection settles from it.
  let confirm!: ConfirmBody;
  const changed = sandboxRefusal(() => {
    confirm = sandbox.parseWith(sandbox.confirmSchema, body);
    sandbox.settleForConfirm(record.live, state().store, confirm);
  });
  if (changed) return changed;

  const outcome = scenario.confirm ?? 'card';
  if (outcome === 'pending') return forever(signal);
  await sleep(scenario.confirmDelayMs ?? 600, signal);
  if (outcome === 'unavailable') return apiError(503, 'service_unavailable', 'The service is temporarily unavailable.');
  if (outcome === 'expired') {
    // Expired on the server without a word on the stream (as when the stream had dropped):
    // the widget learns it from this answer (`reason: "confirm"`).
    record.spec = { ...record.spec, status: 'expired' };
    record.live = rebuilt(record);
    return apiError(410, 'session_expired', 'This checkout session has expired.');
  }
  if (typeof outcome === 'object') {
    return apiError(400, outcome.code, outcome.message ?? 'This value was not accepted.', { param: outcome.param });
  }
  // valU, wallets and Fawry follow the sandbox's rules, and so does the test card that asks for
  // 3-D Secure: those send the customer to the bank page (`nextAction.redirect_to_url`), where
  // `authenticateFixture` is the customer's answer.
  if (outcome === 'card' && (method?.type !== 'card' || token?.outcome.outcome === 'redirect')) {
    return bySandbox(() => {
      const reply = sandbox.runAttempt(record.live, state().store, validateConfirm(record.live, confirm), FIXTURE_ORIGIN);
      return json(reply.status, reply.body);
    });
  }
  // The attempt reached the processor: its token is spent, whatever the answer.
  if (token) token.used = true;
  const decline =
    outcome === 'declined' || outcome === 'insufficient_funds'
      ? SCRIPTED_DECLINES[outcome]
      : outcome === 'card' && token?.outcome.outcome === 'decline'
        ? token.outcome
        : null;
  if (decline) return apiError(402, 'card_declined', decline.message, { declineCode: decline.declineCode });
  const session = updateFixture(record.context.id, (spec) => ({
    ...spec,
    status: 'complete',
    paymentIntentId: `pi_${record.context.id.replace(/^cs_/, '')}`,
  }));
  return json(200, session);
}

/**
 * The client calls issue 12 added that change an open session, each the sandbox's own rule run
 * on the sandbox's record: the method the fee follows, and a new code or giving up on the one a
 * valU or wallet confirm waits on.
 */
const SESSION_CHANGES: Partial<Record<string, (live: SessionRecord, body: Record<string, unknown>) => void>> = {
  '/selection': (live, body) => sandbox.applySelection(live, sandbox.parseWith(sandbox.selectionSchema, body)),
  '/verify-otp/resend': (live) => sandbox.resendCode(live),
  '/verify-otp/cancel': (live) => sandbox.cancelVerification(live),
};

async function changeSession(record: FixtureRecord, request: Request, change: (live: SessionRecord, body: Record<string, unknown>) => void): Promise<Response> {
  const refused = refuseUnlessOpen(record);
  if (refused) return refused;
  const body = await readJson(request);
  if (!body) return apiError(400, 'invalid_json', 'The body is not a JSON object.');
  return bySandbox(() => {
    change(record.live, body);
    return committed(record);
  });
}

/**
 * `POST …/client/verify-otp`: the sandbox checks the code (200 complete; 400 `otp_incorrect`
 * with the tries left, `otp_attempts_exceeded` after the third wrong one). Its answer is kept
 * under the Idempotency-Key, as the sandbox does, so a retry replays it rather than spend a try.
 */
async function verifyCode(record: FixtureRecord, request: Request): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return apiError(400, 'idempotency_key_missing', 'Send an Idempotency-Key header with every code verification.');
  const sent = await request.text();
  const replayed = record.codeAnswers.get(key);
  if (replayed) {
    return replayed.sent === sent ? json(replayed.status, replayed.body) : apiError(400, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body.');
  }
  const refused = refuseUnlessOpen(record);
  if (refused) return refused;
  const body = jsonObject(sent);
  if (!body) return apiError(400, 'invalid_json', 'The body is not a JSON object.');
  return bySandbox(() => {
    const reply = sandbox.verifyCode(record.live, state().store, sandbox.parseWith(sandbox.verifyOtpSchema, body).code);
    record.codeAnswers.set(key, { sent, ...reply });
    return json(reply.status, reply.body);
  });
}

async function answer(request: Request, path: string, from: RequestSource): Promise<Response> {
  const { signal } = request;
  const match = /^\/checkout\/sessions\/([^/]+)\/client((?:\/[a-z-]+){0,2})$/.exec(path);
  const record = match ? state().records.get(decodeURIComponent(match[1])) : undefined;
  await sleep(record?.scenario.latencyMs ?? 40, signal);

  if (!match) return apiError(404, 'resource_missing', `No such route: ${request.method} ${path}`);
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

  if (action === '/installment-plans' && request.method === 'GET') {
    return refuseUnlessOpen(record) ?? bySandbox(() => json(200, { object: 'list', data: sandbox.valuPlans(record.live) }));
  }

  if (request.method !== 'POST') return apiError(405, 'method_not_allowed', `${request.method} is not allowed here.`);
  if (action === '/payment-methods') return tokenizeCard(record, request, from);
  if (action === '/confirm') return confirmPayment(record, request, from);
  if (action === '/verify-otp') return verifyCode(record, request);
  const change = SESSION_CHANGES[action];
  if (change) return changeSession(record, request, change);

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

  return apiError(404, 'resource_missing', `No such route: ${request.method} ${path}`);
}
