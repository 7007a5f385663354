/**
 * How far the provider's clock is ahead of this device's, from an HTTP `Date` header (whole
 * seconds) read between `sentAt` and `receivedAt`. Zero when unknown or within the header's
 * own precision, so a correct clock is never nudged by rounding.
 */
export function clockOffsetMs(dateHeader: string | null, sentAt: number, receivedAt: number): number {
  if (!dateHeader) return 0;
  const serverTime = Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) return 0;
  // The header truncates to the second: its true moment lies half a second later on average.
  const offset = serverTime + 500 - (sentAt + receivedAt) / 2;
  const uncertainty = 1000 + (receivedAt - sentAt) / 2;
  return Math.abs(offset) <= uncertainty ? 0 : Math.round(offset);
}
