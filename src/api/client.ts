import { CheckoutError, type CheckoutErrorCode } from './errors.js';
import { clockOffsetMs } from '../lib/server-clock.js';
import { installmentPlanList, type InstallmentPlan } from './payment-schema.js';
import { parseSession, type Session } from './schema.js';
import { takeHeadStart } from './head-starts.js';
import { safeParse } from './validator.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retry.js';
import { authorization, CLIENT_FETCH, sessionUrl, type HeadStart } from './session-request.js';

export interface CheckoutApiOptions {
  apiBase: string;
  clientSecret: string;
  sessionId: string;
  retry?: Partial<RetryPolicy>;
}

export interface ConfirmBody {
  customerDetails: Record<string, unknown>;
  customFields?: { key: string; value: string }[];
  /** `{ type }`, plus `id` for a card: the payment method the card frame created. */
  paymentMethod: { type: string; [field: string]: unknown };
  /**
   * The total the customer was shown (session currency, minor units): the provider refuses with
   * 409 `amount_changed` rather than charge another, as a fee settled by the card can make it.
   */
  expectedAmountTotal?: number;
}

/**
 * A card payment method minted inside the provider's card frame (CONTRACT section 5): what the
 * page may know about a card. Single use, bound to its session.
 */
export interface TokenizedCard {
  id: string;
  type: 'card';
  card: { brand: string; last4: string; expMonth: number; expYear: number; funding: string | null; country: string | null };
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
  private async withRetries<T>(attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
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

  private async postForSession(path: string, body: unknown, signal?: AbortSignal, extraHeaders = {}): Promise<Session> {
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

  /** Transient failures are retried with the same key: the provider then answers the first attempt's result. */
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

  /** Tells the provider which method (and card brand) the customer chose, so it prices the fee for it. */
  selectPaymentMethod(paymentMethodType: string, cardBrand: string | null, signal?: AbortSignal): Promise<Session> {
    return this.postForSession('/selection', { paymentMethodType, cardBrand }, signal);
  }

  /** The valU plans the provider offers for the session's current total. */
  async installmentPlans(signal?: AbortSignal): Promise<InstallmentPlan[]> {
    return this.withRetries(async () => {
      const response = await this.send('/installment-plans', { method: 'GET', headers: this.headers(), signal }, 'change');
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        // An unreadable body is the same failure as a malformed one, below.
      }
      const parsed = safeParse(installmentPlanList, body);
      if (!parsed.ok) throw new CheckoutError('unexpected_response', 'The provider answered with installment plans the widget cannot read.');
      return parsed.value.data;
    }, signal);
  }

  /** The one-time code of a valU or wallet payment; keyed like a confirm, so a lost answer is replayed, not re-checked. */
  verifyOtp(code: string, idempotencyKey: string, signal?: AbortSignal): Promise<Session> {
    return this.withRetries(() => this.postForSession('/verify-otp', { code }, signal, { 'Idempotency-Key': idempotencyKey }), signal);
  }

  resendOtp(signal?: AbortSignal): Promise<Session> {
    return this.postForSession('/verify-otp/resend', {}, signal);
  }

  /** Ends the waiting valU or wallet attempt without a charge, so the customer can pay another way. */
  cancelVerification(signal?: AbortSignal): Promise<Session> {
    return this.postForSession('/verify-otp/cancel', {}, signal);
  }

  /** The raw event stream; the caller reads its body (EventSource cannot send the Authorization header). */
  openEventStream(signal: AbortSignal): Promise<Response> {
    return this.send('/events', { method: 'GET', headers: this.headers({ Accept: 'text/event-stream' }), signal }, 'change');
  }
}
