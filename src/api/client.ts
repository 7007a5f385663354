import { CheckoutError, type CheckoutErrorCode } from './errors.js';
import { clockOffsetMs } from '../lib/server-clock.js';
import { parseSession, type Session } from './schema.js';

export interface CheckoutApiOptions {
  apiBase: string;
  clientSecret: string;
  sessionId: string;
  /** Delays between load attempts; its length + 1 is the number of tries. */
  retryDelaysMs?: readonly number[];
}

export interface ConfirmBody {
  customerDetails: Record<string, unknown>;
  customFields?: { key: string; value: string }[];
  paymentMethod: Record<string, unknown>;
}

interface ProviderError {
  code?: string;
  message?: string;
  param?: string;
  declineCode?: string;
}

const DEFAULT_RETRY_DELAYS_MS = [300, 900] as const;

function classifyStatus(status: number): CheckoutErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'session_not_found';
  if (status === 410) return 'session_expired';
  if (status === 402) return 'payment_failed';
  if (status >= 500) return 'network';
  return 'invalid_request';
}

async function readProviderError(response: Response): Promise<ProviderError> {
  try {
    const body = (await response.json()) as { error?: ProviderError } | null;
    return body && typeof body.error === 'object' && body.error ? body.error : {};
  } catch {
    return {};
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/**
 * The client-side calls of CONTRACT section 2. The secret travels only in the
 * Authorization header; URLs carry nothing but the session id.
 */
export class CheckoutApi {
  readonly sessionUrl: string;
  /** Provider time minus device time, from the latest answer's Date header (expiry runs on it). */
  serverClockOffsetMs = 0;
  private readonly retryDelaysMs: readonly number[];

  constructor(private readonly options: CheckoutApiOptions) {
    const base = options.apiBase.replace(/\/+$/, '');
    this.sessionUrl = `${base}/checkout/sessions/${encodeURIComponent(options.sessionId)}/client`;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  private headers(extra: Record<string, string> = {}): Headers {
    return new Headers({ Authorization: `Bearer ${this.options.clientSecret}`, ...extra });
  }

  /** One HTTP exchange; transport failures and 5xx become `network`, other non-2xx their contract code. */
  private async send(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    const sentAt = Date.now();
    try {
      response = await fetch(this.sessionUrl + path, { ...init, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new CheckoutError('network', 'The provider could not be reached.');
    }
    if (response.headers.has('date')) {
      this.serverClockOffsetMs = clockOffsetMs(response.headers.get('date'), sentAt, Date.now());
    }
    if (response.ok) return response;
    const providerError = await readProviderError(response);
    throw new CheckoutError(classifyStatus(response.status), providerError.message ?? `HTTP ${response.status}`, {
      status: response.status,
      param: providerError.param,
      declineCode: providerError.declineCode,
      providerCode: providerError.code,
    });
  }

  /** Retries only what retrying can fix (network and 5xx), with growing pauses. */
  private async withRetries<T>(attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let tryIndex = 0; ; tryIndex += 1) {
      try {
        return await attempt();
      } catch (error) {
        const canRetry = error instanceof CheckoutError && error.retryable && tryIndex < this.retryDelaysMs.length;
        if (!canRetry) throw error;
        await wait(this.retryDelaysMs[tryIndex], signal);
      }
    }
  }

  private async sessionFrom(response: Response): Promise<Session> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const session = parseSession(body);
    if (!session) throw new CheckoutError('invalid_session', 'The provider answered with a session the widget cannot read.');
    return session;
  }

  async loadSession(signal?: AbortSignal): Promise<Session> {
    return this.withRetries(async () => {
      const response = await this.send('', { method: 'GET', headers: this.headers(), signal });
      return this.sessionFrom(response);
    }, signal);
  }

  private async postForSession(path: string, body: unknown, signal?: AbortSignal, extraHeaders = {}): Promise<Session> {
    const response = await this.send(path, {
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json', ...extraHeaders }),
      body: JSON.stringify(body),
      signal,
    });
    return this.sessionFrom(response);
  }

  /** Network failures are retried with the same key: the provider then answers the first attempt's result. */
  confirm(body: ConfirmBody, idempotencyKey: string, signal?: AbortSignal): Promise<Session> {
    return this.withRetries(
      () => this.postForSession('/confirm', body, signal, { 'Idempotency-Key': idempotencyKey }),
      signal,
    );
  }

  applyPromotionCode(code: string | null, signal?: AbortSignal): Promise<Session> {
    return this.postForSession('/promotion-code', { code }, signal);
  }

  updateLineItems(lineItems: { id: string; quantity: number }[], signal?: AbortSignal): Promise<Session> {
    return this.postForSession('/line-items', { lineItems }, signal);
  }

  /** The raw event stream; the caller reads its body (EventSource cannot send the Authorization header). */
  openEventStream(signal: AbortSignal): Promise<Response> {
    return this.send('/events', { method: 'GET', headers: this.headers({ Accept: 'text/event-stream' }), signal });
  }
}
