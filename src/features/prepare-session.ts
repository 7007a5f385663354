import type { Session } from '../api/schema.js';
import { preconnectCardFrame } from '../components/card-input/card-frame-url.js';
import { loadExtras, loadLocalMethods, loadPayment } from './load-features.js';
import { needsExtras, needsLocalMethods } from './needs-extras.js';

export type PaymentFeature = Awaited<ReturnType<typeof loadPayment>>;

export interface SessionPreparation {
  apiBase: string | null;
  /** The session's strings, as the caller's locale controller loads them. */
  strings: Promise<unknown>;
  /** Runs once the payment code has run (open sessions only). */
  onPayment: (payment: PaymentFeature) => void;
  /** Runs when the summary can show while the payment code is still on its way. */
  onSummaryReady: () => void;
}

/**
 * Everything `session` needs before it shows, loaded side by side. The payment code and the card
 * frame are for open sessions only (an expired or paid one never downloads them; the frame's page
 * is fetched beside the payment chunk, ahead of the form), the extras and the local methods' steps
 * only for sessions that show them.
 */
export function prepareSession(session: Session, { apiBase, strings, onPayment, onSummaryReady }: SessionPreparation): Promise<unknown> {
  const open = session.status === 'open';
  if (open && apiBase) preconnectCardFrame(apiBase);
  const summary = Promise.all([strings, needsExtras(session) ? loadExtras() : null]);
  const payment = open ? loadPayment().then(onPayment) : null;
  // The first payment code of a page is one more download: the summary uses that time.
  if (payment && !customElements.get('xpay-payment-form')) void summary.then(onSummaryReady, () => undefined);
  return Promise.all([summary, payment, needsLocalMethods(session) ? loadLocalMethods() : null]);
}
