import { expect } from '@open-wc/testing';
import { initialState, isSettled, stateName, transition, type CheckoutEvent, type CheckoutState } from '../../src/checkout/state.js';

const states = {
  loading: { kind: 'loading' },
  open: { kind: 'open' },
  processing: { kind: 'processing', redirecting: false },
  redirecting: { kind: 'processing', redirecting: true },
  complete: { kind: 'complete' },
  expired: { kind: 'expired', reason: 'expires_at' },
  error: { kind: 'error', code: 'network' },
} satisfies Record<string, CheckoutState>;

const events = {
  opened: { type: 'opened' },
  submitted: { type: 'submitted' },
  redirecting: { type: 'redirecting' },
  returned: { type: 'returned' },
  paid: { type: 'paid' },
  expired: { type: 'expired', reason: 'confirm' },
  failed: { type: 'failed', code: 'unexpected_response' },
  retry: { type: 'retry' },
} satisfies Record<string, CheckoutEvent>;

type StateLabel = keyof typeof states;
type EventLabel = keyof typeof events;

const OPEN: CheckoutState = { kind: 'open' };
const PROCESSING: CheckoutState = { kind: 'processing', redirecting: false };
const REDIRECTING: CheckoutState = { kind: 'processing', redirecting: true };
const COMPLETE: CheckoutState = { kind: 'complete' };
const EXPIRED: CheckoutState = { kind: 'expired', reason: 'confirm' };
const ERROR: CheckoutState = { kind: 'error', code: 'unexpected_response' };
const LOADING: CheckoutState = { kind: 'loading' };
const x = null;

/** Every state × every event: the next state, or null where the table refuses. */
const table: Record<StateLabel, Record<EventLabel, CheckoutState | null>> = {
  loading:     { opened: OPEN, submitted: x, redirecting: x, returned: x, paid: COMPLETE, expired: EXPIRED, failed: ERROR, retry: x },
  open:        { opened: x, submitted: PROCESSING, redirecting: x, returned: x, paid: COMPLETE, expired: EXPIRED, failed: ERROR, retry: x },
  processing:  { opened: x, submitted: x, redirecting: REDIRECTING, returned: OPEN, paid: COMPLETE, expired: EXPIRED, failed: ERROR, retry: x },
  redirecting: { opened: x, submitted: x, redirecting: REDIRECTING, returned: OPEN, paid: COMPLETE, expired: EXPIRED, failed: ERROR, retry: x },
  complete:    { opened: x, submitted: x, redirecting: x, returned: x, paid: x, expired: x, failed: x, retry: x },
  expired:     { opened: x, submitted: x, redirecting: x, returned: x, paid: COMPLETE, expired: x, failed: x, retry: x },
  error:       { opened: x, submitted: x, redirecting: x, returned: x, paid: x, expired: x, failed: x, retry: LOADING },
};

describe('checkout state table', () => {
  it('covers every state kind and every event type', () => {
    const kinds = new Set(Object.values(states).map((state) => state.kind));
    expect([...kinds].sort()).to.deep.equal(['complete', 'error', 'expired', 'loading', 'open', 'processing']);
    expect(Object.keys(events).sort()).to.deep.equal(['expired', 'failed', 'opened', 'paid', 'redirecting', 'retry', 'returned', 'submitted']);
    for (const label of Object.keys(states)) expect(Object.keys(table[label as StateLabel]).sort(), label).to.deep.equal(Object.keys(events).sort());
  });

  for (const [stateLabel, row] of Object.entries(table) as [StateLabel, Record<EventLabel, CheckoutState | null>][]) {
    for (const [eventLabel, expected] of Object.entries(row) as [EventLabel, CheckoutState | null][]) {
      it(`${stateLabel} + ${eventLabel} → ${expected ? JSON.stringify(expected) : 'refused'}`, () => {
        const before = structuredClone(states[stateLabel]) as CheckoutState;
        const next = transition(states[stateLabel], events[eventLabel]);
        expect(next).to.deep.equal(expected);
        // Pure: the state passed in is never changed.
        expect(states[stateLabel]).to.deep.equal(before);
      });
    }
  }

  it('carries the reason and the code of the event into the state', () => {
    expect(transition(OPEN, { type: 'expired', reason: 'server' })).to.deep.equal({ kind: 'expired', reason: 'server' });
    expect(transition(LOADING, { type: 'expired', reason: 'status' })).to.deep.equal({ kind: 'expired', reason: 'status' });
    expect(transition(LOADING, { type: 'failed', code: 'invalid_session' })).to.deep.equal({ kind: 'error', code: 'invalid_session' });
  });

  it('starts loading and names each state for the host attribute', () => {
    expect(initialState).to.deep.equal({ kind: 'loading' });
    const names = Object.fromEntries(Object.entries(states).map(([label, state]) => [label, stateName(state)]));
    expect(names).to.deep.equal({
      loading: 'loading',
      open: 'open',
      processing: 'processing',
      redirecting: 'processing',
      complete: 'complete',
      expired: 'expired',
      error: 'error',
    });
  });

  it('is settled once it shows an outcome: complete, expired or error', () => {
    const settled = Object.entries(states).filter(([, state]) => isSettled(state)).map(([label]) => label);
    expect(settled).to.deep.equal(['complete', 'expired', 'error']);
  });
});
