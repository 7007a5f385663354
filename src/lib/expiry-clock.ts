/** The scheduler the clock uses; the page's own timers unless a test brings a fake clock. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ExpiryClockOptions {
  /** Epoch milliseconds at which the session expires. */
  expiresAt: number;
  /** How long before expiry the customer is warned (WCAG 2.2.1): 2 minutes by default. */
  warnBeforeMs?: number;
  /** Called once a second while the warning is due, with what remains. */
  onTick: (remainingMs: number) => void;
  onExpire: () => void;
  now?: () => number;
  timers?: Timers;
}

/** Browsers overflow setTimeout past 2^31-1 ms and fire at once; long waits go in steps. */
const MAX_TIMEOUT_MS = 2_147_483_647;
const TICK_MS = 1000;
export const DEFAULT_WARNING_MS = 120_000;

/**
 * Fires `onExpire` at `expiresAt` and ticks a countdown in the last minutes. Every wake-up
 * recomputes from the wall clock, so throttled timers in a background tab are never trusted.
 */
export class ExpiryClock {
  private timer: unknown;
  private running = false;
  private readonly now: () => number;
  private readonly warnBeforeMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: ExpiryClockOptions) {
    this.now = options.now ?? Date.now;
    this.warnBeforeMs = options.warnBeforeMs ?? DEFAULT_WARNING_MS;
    this.timers = options.timers ?? { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) };
  }

  start(): void {
    this.running = true;
    this.check();
  }

  stop(): void {
    this.running = false;
    this.timers.clearTimeout(this.timer);
  }

  /** Re-evaluates now, e.g. when a hidden page becomes visible again. */
  check(): void {
    if (!this.running) return;
    this.timers.clearTimeout(this.timer);
    const remaining = this.options.expiresAt - this.now();
    if (remaining <= 0) {
      this.running = false;
      this.options.onExpire();
      return;
    }
    if (remaining <= this.warnBeforeMs) {
      this.options.onTick(remaining);
      // Wake on the second boundary of the remaining time so the countdown reads evenly.
      const untilNextSecond = remaining % TICK_MS || TICK_MS;
      this.timer = this.timers.setTimeout(() => this.check(), untilNextSecond);
      return;
    }
    this.timer = this.timers.setTimeout(() => this.check(), Math.min(remaining - this.warnBeforeMs, MAX_TIMEOUT_MS));
  }
}
