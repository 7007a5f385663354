import type { Timers } from '../../src/lib/expiry-clock.js';

/**
 * A clock tests move by hand: `now()` and timers that fire only when `tick()` passes their time,
 * in order, so timing tests are exact and never wait on the real clock.
 */
export class FakeClock implements Timers {
  private time: number;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; run: () => void }>();

  constructor(start = 0) {
    this.time = start;
  }

  readonly now = () => this.time;

  setTimeout(run: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.time + Math.max(0, ms), run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way, earliest first. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.pending].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.pending.delete(id);
      this.time = timer.at;
      timer.run();
    }
    this.time = end;
  }

  get timerCount(): number {
    return this.pending.size;
  }
}
