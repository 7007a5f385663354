import { html, nothing } from 'lit';
import type { Session } from '../../api/schema.js';
import type { Translator } from '../../i18n/translator.js';
import { DEFAULT_WARNING_MS } from '../../lib/expiry-clock.js';

/** The countdown turns from calm to urgent for the last seconds only: two red minutes numb the eye. */
export const URGENT_MS = 30_000;

/**
 * The bar at the top of the form: "Test mode" for a test session, and the countdown of the last
 * two minutes. The countdown is laid out from ready on, invisible until due, with its widest
 * clock ("2:00"), so its start moves nothing. Its live region stays in the tree, empty until the
 * first warning is written: a region that appears already filled is not spoken.
 */
export function renderStatusBar(i18n: Translator, session: Session, remainingMs: number | null, announcement: string) {
  const urgent = remainingMs !== null && remainingMs <= URGENT_MS;
  return html`<div class="status-bar">
    ${session.livemode === false ? html`<span class="test-mode">${i18n.t('summary.testMode')}</span>` : nothing}
    <div class="countdown ${urgent ? 'countdown--urgent' : ''}" ?hidden=${remainingMs === null}>
      <span class="countdown-text" aria-hidden="true">
        ${i18n.t('expiry.timeLeft')} <strong class="countdown-clock">${i18n.clock(remainingMs ?? DEFAULT_WARNING_MS)}</strong>
      </span>
      <span class="visually-hidden" role="status" aria-live="polite">${announcement}</span>
    </div>
  </div>`;
}
