import type { FramePaymentMethod, TokenizeFailure } from './protocol.js';

export interface CardPayload {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  name?: string;
}

export type TokenizeResult = { ok: true; paymentMethod: FramePaymentMethod } | ({ ok: false } & TokenizeFailure);

export interface TokenizeOptions {
  fetch?: typeof fetch;
  /** Waits before each retry; one retry per entry. */
  retryDelaysMs?: readonly number[];
  /** One try's limit, so a hung connection becomes a retry rather than a frozen pay button. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The parent reads the fields it knows (card-frame-channel.ts); here it is enough that a token came back. */
function isPaymentMethod(body: unknown): body is FramePaymentMethod {
  return typeof (body as FramePaymentMethod | null)?.id === 'string';
}

/**
 * Mints the card's payment method (CONTRACT §5). Transport failures, 429 and 5xx are retried
 * under the same Idempotency-Key, so a lost answer never mints a second token; a 200 we cannot
 * read is retried too (the replay returns the same token). 410 is the session's end; any other
 * 4xx is the provider's verdict, passed on with its code and param.
 */
export async function createPaymentMethod(
  url: string,
  clientSecret: string,
  idempotencyKey: string,
  card: CardPayload,
  { fetch: send = fetch, retryDelaysMs = [500, 1500], timeoutMs = 15000 }: TokenizeOptions = {},
): Promise<TokenizeResult> {
  const body = JSON.stringify({ type: 'card', card });
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await send(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${clientSecret}`, 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body,
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const answer: unknown = await response.json().catch(() => null);
      if (response.status === 410) return { ok: false, code: 'session_expired', param: null };
      if (response.ok && isPaymentMethod(answer)) return { ok: true, paymentMethod: answer };
      if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        const error = (answer as { error?: { code?: unknown; param?: unknown } } | null)?.error;
        return {
          ok: false,
          code: typeof error?.code === 'string' ? error.code : 'invalid_request',
          param: typeof error?.param === 'string' ? error.param : null,
        };
      }
    } catch {
      // A network failure or timeout: the outcome is unknown, so try again under the same key.
    }
    if (attempt >= retryDelaysMs.length) return { ok: false, code: 'network', param: null };
    await sleep(retryDelaysMs[attempt]!);
  }
}
