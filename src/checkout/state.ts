import type { CheckoutErrorCode } from '../api/errors.js';
import type { ExpiredReason } from '../lib/events.js';

/**
 * The error states a checkout can show, each with its own `error.<code>` message: every code
 * except those that have their own UI (the expired notice, a payment or card refusal at the form).
 */
export type ErrorStateCode = Exclude<CheckoutErrorCode, 'session_expired' | 'payment_failed' | 'invalid_request' | 'card_invalid' | 'card_frame_unavailable'>;

export type CheckoutState =
  | { kind: 'loading' }
  | { kind: 'open' }
  /** `redirecting`: the customer is on the way to their bank (3-D Secure); still processing. */
  | { kind: 'processing'; redirecting: boolean }
  | { kind: 'complete' }
  | { kind: 'expired'; reason: ExpiredReason }
  | { kind: 'error'; code: ErrorStateCode };

export type CheckoutEvent =
  /** An open session was rendered. */
  | { type: 'opened' }
  /** The customer pressed pay and the form was valid. */
  | { type: 'submitted' }
  /** The provider asked for the bank's page. */
  | { type: 'redirecting' }
  /** The attempt ended without paying (declined, invalid, answer lost…): back to the form. */
  | { type: 'returned' }
  | { type: 'paid' }
  | { type: 'expired'; reason: ExpiredReason }
  | { type: 'failed'; code: ErrorStateCode }
  | { type: 'retry' };

export type StateName = CheckoutState['kind'];

export const initialState: CheckoutState = Object.freeze({ kind: 'loading' });

/**
 * The checkout's whole lifecycle as one table, so no caller re-derives it from flags.
 * `complete` is final: a payment that went through is never shown as anything else, whatever
 * arrives late. `expired → complete` is allowed because the provider may learn of a payment
 * only after the clock ran out. A new session starts from `initialState`, not by a transition.
 */
export function transition(state: CheckoutState, event: CheckoutEvent): CheckoutState | null {
  const kind = state.kind;
  switch (event.type) {
    case 'opened':
      return kind === 'loading' ? { kind: 'open' } : null;
    case 'submitted':
      return kind === 'open' ? { kind: 'processing', redirecting: false } : null;
    case 'redirecting':
      return kind === 'processing' ? { kind: 'processing', redirecting: true } : null;
    case 'returned':
      return kind === 'processing' ? { kind: 'open' } : null;
    case 'paid':
      return kind === 'loading' || kind === 'open' || kind === 'processing' || kind === 'expired' ? { kind: 'complete' } : null;
    case 'expired':
      return kind === 'loading' || kind === 'open' || kind === 'processing' ? { kind: 'expired', reason: event.reason } : null;
    case 'failed':
      return kind === 'loading' || kind === 'open' || kind === 'processing' ? { kind: 'error', code: event.code } : null;
    case 'retry':
      return kind === 'error' ? { kind: 'loading' } : null;
  }
}

/**
 * Whether the checkout shows an outcome: nothing about its session changes any more (no clock,
 * no stream, no payment). `expired` may still become `complete`, but only by the provider's word.
 */
export function isSettled(state: CheckoutState): boolean {
  return state.kind === 'complete' || state.kind === 'expired' || state.kind === 'error';
}

/** What the host reflects as its `state` attribute. */
export function stateName(state: CheckoutState): StateName {
  return state.kind;
}
