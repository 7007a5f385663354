/**
 * How often live status polls when the event stream is unavailable. Apart from the controller,
 * so the element's default does not pull the live-status code into what every session loads.
 */
export const DEFAULT_POLL_INTERVAL_MS = 5000;

/** Polling faster than this would hammer the provider whatever the merchant sets. */
const MIN_POLL_INTERVAL_MS = 500;

/** The merchant's `poll-interval`, or the default where it is not a number. */
export function pollIntervalMs(requested: unknown): number {
  return Math.max(MIN_POLL_INTERVAL_MS, Number(requested) || DEFAULT_POLL_INTERVAL_MS);
}
