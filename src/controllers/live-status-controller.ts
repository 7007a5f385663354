import type { ReactiveController, ReactiveElement } from 'lit';
import type { CheckoutApi } from '../api/client.js';
import { LiveStatus } from '../api/live-status.js';
import type { Session } from '../api/schema.js';
import { pollIntervalMs } from './poll-interval.js';

/**
 * Keeps an open session current after it is rendered (CONTRACT §2, live status): the event
 * stream, or polling while the page is visible. Bound to the session's scope, so it stops with
 * the session, and with the element.
 */
export class LiveStatusController implements ReactiveController {
  private live: LiveStatus | null = null;

  constructor(host: ReactiveElement) {
    host.addController(this);
  }

  start(api: CheckoutApi, pollInterval: number, signal: AbortSignal, onSession: (session: Session) => void): void {
    if (this.live || signal.aborted) return;
    const live = new LiveStatus({ api, pollIntervalMs: pollIntervalMs(pollInterval), onSession });
    this.live = live;
    signal.addEventListener('abort', () => this.stopIf(live), { once: true });
    live.start();
  }

  /** The clock ran out: ask the provider once more (it may know the payment completed), then stop. */
  finalCheck(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    void live.checkNow().finally(() => live.stop());
  }

  stop(): void {
    this.live?.stop();
    this.live = null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stopIf(live: LiveStatus): void {
    live.stop();
    if (this.live === live) this.live = null;
  }
}
