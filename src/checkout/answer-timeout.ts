import type { Timers } from '../lib/expiry-clock.js';

/** CONTRACT §2: a confirm (and the look-up of its outcome) the provider has not answered by then is given up on. */
export const ANSWER_TIMEOUT_MS = 20_000;

/**
 * `call` under the contract's time limit: null once the provider has not answered within it,
 * the call then abandoned (whatever it did stays unknown). The session's own end still rejects.
 */
export async function withinTime<T>(call: (signal: AbortSignal) => Promise<T>, signal: AbortSignal, timers: Timers): Promise<T | null> {
  const deadline = new AbortController();
  const timer = timers.setTimeout(() => deadline.abort(new DOMException('The provider did not answer in time.', 'TimeoutError')), ANSWER_TIMEOUT_MS);
  try {
    return await call(AbortSignal.any([signal, deadline.signal]));
  } catch (error) {
    // Whatever the abandoned call ended with (the abort, or a body cut off mid-read), its answer was never read.
    if (deadline.signal.aborted && !signal.aborted) return null;
    throw error;
  } finally {
    timers.clearTimeout(timer);
  }
}
