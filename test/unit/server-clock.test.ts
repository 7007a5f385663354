import { expect } from '@open-wc/testing';
import { clockOffsetMs } from '../../src/lib/server-clock.js';

describe('server clock offset', () => {
  const sentAt = Date.UTC(2026, 10, 22, 12, 0, 0, 200);
  const receivedAt = sentAt + 100;

  it('is zero for a device clock that agrees, within the header’s one-second precision', () => {
    expect(clockOffsetMs('Sun, 22 Nov 2026 12:00:00 GMT', sentAt, receivedAt)).to.equal(0);
  });

  it('measures a device clock that runs ten minutes fast', () => {
    const fastSent = sentAt + 600_000;
    expect(clockOffsetMs('Sun, 22 Nov 2026 12:00:00 GMT', fastSent, fastSent + 100)).to.be.closeTo(-600_000, 1000);
  });

  it('measures a device clock that runs slow', () => {
    expect(clockOffsetMs('Sun, 22 Nov 2026 12:05:00 GMT', sentAt, receivedAt)).to.be.closeTo(300_000, 1000);
  });

  it('ignores a missing or unreadable header', () => {
    expect(clockOffsetMs(null, sentAt, receivedAt)).to.equal(0);
    expect(clockOffsetMs('yesterday-ish', sentAt, receivedAt)).to.equal(0);
  });
});
