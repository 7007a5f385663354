import { sessionIdFromClientSecret } from './client-secret.js';

/** The base of one session's client calls (CONTRACT §2): the URL names the session, never the secret. */
export function sessionUrl(apiBase: string, sessionId: string): string {
  return `${apiBase.replace(/\/+$/, '')}/checkout/sessions/${encodeURIComponent(sessionId)}/client`;
}

/** What every client call sends besides its own fields: no cookies, no HTTP cache. */
export const CLIENT_FETCH: RequestInit = { credentials: 'omit', cache: 'no-store' };

export const authorization = (clientSecret: string) => ({ Authorization: `Bearer ${clientSecret}` });

/**
 * The session GET sent by `initEmbeddedCheckout` (or the script tag, before the widget's code has
 * arrived), so the preflight and the request travel while the code downloads and evaluates rather
 * than after it. The checkout's first load of that session takes it instead of sending its own.
 */
export interface HeadStart {
  readonly url: string;
  readonly clientSecret: string;
  /** Device time when it was sent: the answer's `Date` header is read against it. */
  readonly sentAt: number;
  readonly response: Promise<Response>;
}

/** Null when the options cannot name a session; the element reports why, as without a head start. */
export function sendHeadStart(apiBase: unknown, clientSecret: unknown): HeadStart | null {
  if (typeof apiBase !== 'string' || apiBase.trim() === '' || typeof clientSecret !== 'string') return null;
  const sessionId = sessionIdFromClientSecret(clientSecret);
  if (!sessionId) return null;
  const url = sessionUrl(apiBase, sessionId);
  const response = fetch(url, { ...CLIENT_FETCH, method: 'GET', headers: authorization(clientSecret) });
  // Whoever takes it sees the failure; one never taken must not count as unhandled.
  response.catch(() => undefined);
  return { url, clientSecret, sentAt: Date.now(), response };
}

/**
 * Runs `start` once the head start's answer shows an open embedded session, so the payment code
 * loads beside the rest rather than after the session is parsed; an expired, paid or refused one
 * never fetches it. It peeks at a copy of the body: the checkout's load reads the answer itself.
 */
export function whenOpen(headStart: HeadStart, start: () => void): void {
  headStart.response
    .then((response) => (response.ok ? response.clone().json() : null))
    .then((body: { status?: unknown; uiMode?: unknown } | null) => {
      if (body?.status === 'open' && body.uiMode === 'embedded') start();
    })
    .catch(() => undefined);
}
