import type { HeadStart } from './session-request.js';

/**
 * Past this age a head start's answer may describe a session that has changed since (paid in
 * another tab, expired): the load asks again. A merchant who mounts at once is far below it.
 */
const HEAD_START_MAX_AGE_MS = 10_000;
const headStarts = new Set<HeadStart>();

/** Keeps a session GET already in flight for the first load of that session with that secret. */
export function keepHeadStart(headStart: HeadStart | null): void {
  if (!headStart) return;
  headStarts.add(headStart);
  setTimeout(() => headStarts.delete(headStart), HEAD_START_MAX_AGE_MS);
}

/** The head start for this first load, if one is waiting and still fresh; each is taken once. */
export function takeHeadStart(url: string, clientSecret: string): HeadStart | undefined {
  for (const headStart of headStarts) {
    if (headStart.url !== url || headStart.clientSecret !== clientSecret) continue;
    headStarts.delete(headStart);
    return Date.now() - headStart.sentAt < HEAD_START_MAX_AGE_MS ? headStart : undefined;
  }
  return undefined;
}
