import { expect } from '@open-wc/testing';
import { ExpiryClock } from '../../src/lib/expiry-clock.js';
import { FakeClock } from '../support/fake-clock.js';

function clockFor(fake: FakeClock, expiresInMs: number, warnBeforeMs: number) {
  const ticks: number[] = [];
  let expired = 0;
  const clock = new ExpiryClock({
    expiresAt: fake.now() + expiresInMs,
    warnBeforeMs,
    now: fake.now,
    timers: fake,
    onTick: (remaining) => ticks.push(remaining),
    onExpire: () => (expired += 1),
  });
  return { clock, ticks, expired: () => expired };
}

describe('expiry clock', () => {
  it('expires at once when the time is already past', () => {
    const fake = new FakeClock(1_000);
    const { clock, expired } = clockFor(fake, -1, 2000);
    clock.start();
    expect(expired()).to.equal(1);
  });

  it('ticks on each second boundary inside the warning window, then expires once', () => {
    const fake = new FakeClock();
    const { clock, ticks, expired } = clockFor(fake, 2300, 2000);
    clock.start();
    expect(ticks).to.deep.equal([]);
    fake.tick(300);
    expect(ticks).to.deep.equal([2000]);
    fake.tick(1000);
    expect(ticks).to.deep.equal([2000, 1000]);
    expect(expired()).to.equal(0);
    fake.tick(1000);
    expect(expired()).to.equal(1);
    fake.tick(10_000);
    expect(expired()).to.equal(1);
    expect(fake.timerCount).to.equal(0);
  });

  it('a start inside the window ticks at once and aligns to the remaining seconds', () => {
    const fake = new FakeClock();
    const { clock, ticks } = clockFor(fake, 1500, 2000);
    clock.start();
    expect(ticks).to.deep.equal([1500]);
    fake.tick(500);
    expect(ticks).to.deep.equal([1500, 1000]);
  });

  it('does not tick before the warning window, and stop() silences it', () => {
    const fake = new FakeClock();
    const { clock, ticks, expired } = clockFor(fake, 300, 100);
    clock.start();
    expect(ticks).to.deep.equal([]);
    clock.stop();
    fake.tick(1000);
    expect(ticks).to.deep.equal([]);
    expect(expired()).to.equal(0);
    expect(fake.timerCount).to.equal(0);
  });

  it('waits past the 32-bit timer limit in steps instead of firing at once', () => {
    const fake = new FakeClock();
    const thirtyDays = 30 * 24 * 3600 * 1000;
    const { clock, expired } = clockFor(fake, thirtyDays, 120_000);
    clock.start();
    fake.tick(2_147_483_647);
    expect(expired()).to.equal(0);
    fake.tick(thirtyDays);
    expect(expired()).to.equal(1);
  });

  it('recomputes from the wall clock, not from timer counts', () => {
    let now = 0;
    let expired = false;
    const fake = new FakeClock();
    const clock = new ExpiryClock({ expiresAt: 10_000_000, now: () => now, timers: fake, onTick: () => {}, onExpire: () => (expired = true) });
    clock.start();
    now = 10_000_001;
    clock.check();
    expect(expired).to.equal(true);
    clock.stop();
  });
});
