import type { ReactiveController, ReactiveElement } from 'lit';
import { ExpiryClock } from '../lib/expiry-clock.js';

/** Moments at which the remaining time is spoken; the visible countdown ticks every second. */
const ANNOUNCE_AT_SECONDS = [120, 60, 30, 10];

export interface ExpiryWatch {
  expiresAt: string;
  /** The provider's time: a device clock that runs fast must not expire the session early. */
  now: () => number;
  onExpire: () => void;
}

/**
 * The session's clock: the countdown in the last two minutes (WCAG 2.2.1), the moments it is
 * spoken, and expiry on the provider's time. A page coming back from the background is
 * re-checked at once, since its throttled timers cannot be trusted.
 */
export class ExpiryController implements ReactiveController {
  /** What remains while the warning is due; null before then. */
  remainingMs: number | null = null;
  /** The latest spoken warning; the live region exists, empty, before it is first written. */
  announcement = '';

  private clock: ExpiryClock | null = null;
  private watching: string | null = null;
  private announcedAt = new Set<number>();
  private describe: (remainingMs: number) => string = () => '';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Starts (or keeps) the clock for this expiry; `describe` words a warning in the customer's language. */
  watch(watch: ExpiryWatch, describe: (remainingMs: number) => string, signal: AbortSignal): void {
    this.describe = describe;
    if (this.watching === watch.expiresAt || signal.aborted) return;
    this.stop();
    signal.addEventListener('abort', () => this.stop(), { once: true });
    const expiresAt = Date.parse(watch.expiresAt);
    // The server still refuses payment after expiry; the stream or polling reports it.
    if (Number.isNaN(expiresAt)) {
      console.warn('[xpay-checkout] the session has an unreadable expiresAt; relying on the server alone');
      return;
    }
    this.watching = watch.expiresAt;
    this.clock = new ExpiryClock({ expiresAt, now: watch.now, onTick: (remaining) => this.tick(remaining), onExpire: watch.onExpire });
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.clock.start();
  }

  stop(): void {
    this.clock?.stop();
    this.clock = null;
    this.watching = null;
    this.remainingMs = null;
    this.announcement = '';
    this.announcedAt.clear();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private tick(remainingMs: number): void {
    this.remainingMs = remainingMs;
    const seconds = Math.ceil(remainingMs / 1000);
    const due = ANNOUNCE_AT_SECONDS.find((mark) => seconds <= mark && !this.announcedAt.has(mark));
    if (due !== undefined) {
      // Every threshold already passed is marked, so a late start speaks once, not four times.
      for (const mark of ANNOUNCE_AT_SECONDS) if (mark >= seconds) this.announcedAt.add(mark);
      this.announcement = this.describe(remainingMs);
    }
    this.host.requestUpdate();
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') this.clock?.check();
  };
}
