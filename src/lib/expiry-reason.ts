import type { ExpiredReason } from './events.js';

/** The provider's expiry sweep and its stream can beat the widget's own clock by a moment. */
const CLOCK_TOLERANCE_MS = 2000;

/**
 * Whether a session expired because its time ran out, as opposed to the merchant closing it
 * early. The provider says only "expired"; an `expiresAt` already reached on the provider's clock
 * is what tells the two apart, whichever way the widget learned of it.
 */
export function timeRanOut(reason: ExpiredReason, expiresAt: string | null | undefined, providerNow: number): boolean {
  if (reason === 'expires_at') return true;
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  return !Number.isNaN(at) && at <= providerNow + CLOCK_TOLERANCE_MS;
}
