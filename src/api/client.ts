import { CheckoutError, type CheckoutErrorCode } from './errors.js';
import { clockOffsetMs } from '../lib/server-clock.js';
import { parseSession, type Session } from './schema.js';
import { takeHeadStart } from './head-starts.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry.js';
import { authorization, CLIENT_FETCH, sessionUrl, type HeadStart } from './session-request.js';

export interface CheckoutApiOptions {
  apiBase: string;
  clientSecret: string;
  sessionId: string;
  retry?: Partial<RetryPolicy>;
}

interface ProviderError {
  code?: string;
  message?: string;
  param?: string;
  declineCode?: string;
  attemptsRemaining?: number;
}

/** Which answers a call knows besides 2xx: a load knows fewer than a change to the session. */
type CallKind = 'load' | 'change';

/**
 * Rate limits (429) and server failures (5xx) are transient: retrying can fix them, so they are
 * `network` like a lost connection. Everything a call does not expect is `unexpected_response`,
 * never a guess at one of the codes that has its own UI.
 */
function classifyStatus(status: number, call: CallKind): CheckoutErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'session_not_found';
  if (status === 410) return 'session_expired';
  if (status === 429 || status >= 500) return 'network';
  // 409: the request no longer matches the session (a total that moved); the session says how.
  if (call === 'change' && (status === 400 || status === 409)) return 'invalid_request';
  if (call === 'change' && status === 402) return 'payment_failed';
  return 'unexpected_response';
}

async function readProviderError(response: Response): Promise<ProviderError> {
  try {
    const body = (await response.json()) as { error?: ProviderError } | null;
    return body && typeof body.error === 'object' && body.error ? body.error : {};
  } catch {
    return {};
  }
}

/**
 * The client-side calls of CONTRACT section 2. The secret travels only in the
 * Authorization header; URLs carry nothing but the session id.
 */
export class CheckoutApi {
  readonly sessionUrl: string;
  /** The session every answer must be about (the part of the secret before `_secret_`). */
  readonly sessionId: string;
  /** Provider time minus device time, from the latest answer's Date header (expiry runs on it). */
  serverClockOffsetMs = 0;
  private readonly retry: RetryPolicy;

  constructor(private readonly options: CheckoutApiOptions) {
    this.sessionId = options.sessionId;
    this.sessionUrl = sessionUrl(options.apiBase, options.sessionId);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  private headers(extra: Record<string, string> = {}): Headers {
    return new Headers({ ...authorization(this.options.clientSecret), ...extra });
  }

  /**
   * One HTTP exchange, or the answer to one already sent (`headStart`); every failure leaves as
   * a classified CheckoutError (or the abort reason).
   */
  private async send(path: string, init: RequestInit, call: CallKind, headStart?: HeadStart): Promise<Response> {
    let response: Response;
    const sentAt = headStart?.sentAt ?? Date.now();
    try {
      response = await (headStart?.response ?? fetch(this.sessionUrl + path, { ...init, ...CLIENT_FETCH }));
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason ?? error;
      throw new CheckoutError('network', 'The provider could not be reached.');
    }
    // A head start's answer is not bound to this call's signal.
    init.signal?.throwIfAborted();
    const date = response.headers.get('date');
    if (date) this.serverClockOffsetMs = clockOffsetMs(date, sentAt, Date.now());
    if (response.ok) return response;
    const providerError = await readProviderError(response);
    const serverNow = (date && Date.parse(date)) || Date.now();
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), serverNow);
    throw new CheckoutError(classifyStatus(response.status, call), providerError.message ?? `HTTP ${response.status}`, {
      status: response.status,
      param: providerError.param,
      declineCode: providerError.declineCode,
      providerCode: providerError.code,
      ...(typeof providerError.attemptsRemaining === 'number' ? { attemptsRemaining: providerError.attemptsRemaining } : {}),
      ...(retryAfterMs === null ? {} : { retryAfterMs }),
    });
  }

  /** Retries only what retrying can fix (network, 429, 5xx), with growing, jittered pauses. */
  async withRetries<T>(attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let tryIndex = 0; ; tryIndex += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (!(error instanceof CheckoutError) || !error.retryable || tryIndex + 1 >= this.retry.tries) throw error;
        await this.retry.wait(retryDelayMs(this.retry, tryIndex, error.details.retryAfterMs), signal);
      }
    }
  }

  /** A 200 is only a session when it parses and is the session this secret belongs to. */
  private async sessionFrom(response: Response): Promise<Session> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const session = parseSession(body);
    if (!session) throw new CheckoutError('invalid_session', 'The provider answered with a session the widget cannot read.');
    if (session.id !== this.sessionId) {
      throw new CheckoutError('invalid_session', 'The provider answered with a different checkout session.');
    }
    return session;
  }

  async loadSession(signal?: AbortSignal): Promise<Session> {
    // Only the first try: a retry must really ask again.
    let headStart = takeHeadStart(this.sessionUrl, this.options.clientSecret);
    return this.withRetries(async () => {
      const early = headStart;
      headStart = undefined;
      const response = await this.send('', { method: 'GET', headers: this.headers(), signal }, 'load', early);
      return this.sessionFrom(response);
    }, signal);
  }

  /** A change to the session (src/api/session-changes.ts): POSTed as JSON, answered with the session. */
  async post(path: string, body: unknown, signal?: AbortSignal, extraHeaders = {}): Promise<Session> {
    const response = await this.send(
      path,
      {
        method: 'POST',
        headers: this.headers({ 'Content-Type': 'application/json', ...extraHeaders }),
        body: JSON.stringify(body),
        signal,
      },
      'change',
    );
    return this.sessionFrom(response);
  }

  /** A read beside the session (plans, the event stream) whose body the caller reads. */
  get(path: string, signal: AbortSignal | undefined, extraHeaders = {}): Promise<Response> {
    return this.send(path, { method: 'GET', headers: this.headers(extraHeaders), signal }, 'change');
  }
}
