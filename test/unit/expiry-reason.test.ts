import { expect } from '@open-wc/testing';
import { timeRanOut } from '../../src/lib/expiry-reason.js';

describe('timeRanOut', () => {
  const now = Date.UTC(2026, 11, 2, 12, 0, 0);
  const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();

  it('is true when the widget’s own clock ran out, whatever expiresAt says', () => {
    expect(timeRanOut('expires_at', iso(60_000), now)).to.equal(true);
  });

  it('tells a merchant-closed session from a timed-out one by expiresAt on the provider’s clock', () => {
    for (const reason of ['status', 'server', 'confirm'] as const) {
      expect(timeRanOut(reason, iso(-1), now), `${reason}, past`).to.equal(true);
      expect(timeRanOut(reason, iso(1_000), now), `${reason}, within the sweep's lead`).to.equal(true);
      expect(timeRanOut(reason, iso(10 * 60_000), now), `${reason}, ten minutes left`).to.equal(false);
    }
  });

  it('treats an unreadable or missing expiresAt as closed, not timed out', () => {
    expect(timeRanOut('status', 'soon', now)).to.equal(false);
    expect(timeRanOut('server', null, now)).to.equal(false);
  });
});
