/**
 * How failed loads (and confirms, which are idempotent) are retried. Injectable so tests can
 * record the pauses instead of sitting through them.
 */
export interface RetryPolicy {
  /** Tries in all, the first one included. */
  tries: number;
  /** The backoff before the first retry; it doubles for each further one. */
  baseDelayMs: number;
  /** No pause is longer, whether from backoff or from the provider's `Retry-After`. */
  maxDelayMs: number;
  /** Source of the jitter, in [0, 1). */
  random: () => number;
  /** Waits `ms`; rejects with the signal's reason once it aborts. */
  wait: (ms: number, signal?: AbortSignal) => Promise<void>;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  tries: 3,
  baseDelayMs: 400,
  // CONTRACT section 2: a provider's Retry-After is honoured up to 10 s, no further.
  maxDelayMs: 10_000,
  random: Math.random,
  wait,
});

/**
 * `Retry-After` in milliseconds from now: delta-seconds or an HTTP date. A date is measured
 * against the answer's own `Date` header when there is one, so a device clock that is off does
 * not stretch or cancel the pause.
 */
export function parseRetryAfter(value: string | null, serverNowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its day and month; this keeps `-1` from parsing as a year.
  if (!/[A-Za-z]/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - serverNowMs);
}

/**
 * The pause before retry number `retryIndex` (0 for the first). The provider's `Retry-After`
 * wins, capped. Otherwise exponential backoff with "equal jitter": half of it fixed so pauses
 * grow, half random so widgets that failed together do not all retry at the same instant.
 */
export function retryDelayMs(policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>, retryIndex: number, retryAfterMs: number | null | undefined): number {
  if (retryAfterMs !== null && retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), policy.maxDelayMs);
  const backoff = Math.min(policy.baseDelayMs * 2 ** retryIndex, policy.maxDelayMs);
  return backoff / 2 + (policy.random() * backoff) / 2;
}
