import type { Session } from '../api/schema.js';
import { secureHttpUrl } from './url.js';

/** Long enough to read the confirmation and the announcement, short enough not to feel stuck. */
export const REDIRECT_DELAY_SECONDS = 5;

/**
 * Where the merchant sends the customer after paying (`afterCompletion.redirect.url`), with
 * `{CHECKOUT_SESSION_ID}` filled in; null unless it is https (or a loopback host in development),
 * so a completed payment never hands the customer to a page anyone on the way could replace.
 */
export function completionRedirect(session: Session): string | null {
  const after = session.afterCompletion;
  if (after?.type !== 'redirect' || !after.redirect?.url) return null;
  return secureHttpUrl(after.redirect.url.replaceAll('{CHECKOUT_SESSION_ID}', encodeURIComponent(session.id)));
}

/** The merchant's own words for the completed state (`afterCompletion.hostedConfirmation.customMessage`), shown as text. */
export function completionMessage(session: Session): string | null {
  const after = session.afterCompletion;
  if (after?.type !== 'hosted_confirmation') return null;
  return after.hostedConfirmation?.customMessage?.trim() || null;
}
