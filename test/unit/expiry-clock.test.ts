import { expect } from '@open-wc/testing';
import { ExpiryClock } from '../../src/lib/expiry-clock.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('expiry clock', () => {
  it('expires at once when the time is already past', () => {
    let expired = 0;
    const clock = new ExpiryClock({ expiresAt: Date.now() - 1, onTick: () => {}, onExpire: () => (expired += 1) });
    clock.start();
    expect(expired).to.equal(1);
  });

  it('ticks inside the warning window and then expires once', async () => {
    const ticks: number[] = [];
    let expired = 0;
    const clock = new ExpiryClock({
      expiresAt: Date.now() + 1300,
      warnBeforeMs: 2000,
      onTick: (remaining) => ticks.push(remaining),
      onExpire: () => (expired += 1),
    });
    clock.start();
    await sleep(1600);
    expect(ticks.length).to.be.within(2, 3);
    expect(ticks[0]).to.be.within(1000, 1300);
    expect(expired).to.equal(1);
  });

  it('does not tick before the warning window, and stop() silences it', async () => {
    let calls = 0;
    const clock = new ExpiryClock({ expiresAt: Date.now() + 300, warnBeforeMs: 100, onTick: () => (calls += 1), onExpire: () => (calls += 1) });
    clock.start();
    expect(calls).to.equal(0);
    clock.stop();
    await sleep(400);
    expect(calls).to.equal(0);
  });

  it('recomputes from the wall clock, not from timer counts', () => {
    let now = 0;
    let expired = false;
    const clock = new ExpiryClock({ expiresAt: 10_000_000, now: () => now, onTick: () => {}, onExpire: () => (expired = true) });
    clock.start();
    now = 10_000_001;
    clock.check();
    expect(expired).to.equal(true);
    clock.stop();
  });
});
