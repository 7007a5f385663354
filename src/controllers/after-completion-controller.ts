import type { ReactiveController, ReactiveElement } from 'lit';
import type { Session } from '../api/schema.js';
import { completionRedirect, REDIRECT_DELAY_SECONDS } from '../lib/after-completion.js';
import type { Timers } from '../lib/expiry-clock.js';

/**
 * A completed session whose merchant asked for a redirect (`afterCompletion`) leaves for that
 * page after a short delay the receipt announces, with a link to go at once.
 */
export class AfterCompletionController implements ReactiveController {
  /** Where the delay runs; a test brings a fake clock before mounting. */
  static timers: Timers = globalThis;

  /** The page the customer is about to be taken to; null when there is none. */
  target: string | null = null;
  private timer: unknown = null;

  constructor(
    host: ReactiveElement,
    private readonly navigate: (url: string) => void,
  ) {
    host.addController(this);
  }

  start(session: Session): void {
    this.stop();
    this.target = completionRedirect(session);
    const target = this.target;
    if (!target) return;
    this.timer = AfterCompletionController.timers.setTimeout(() => {
      this.timer = null;
      this.navigate(target);
    }, REDIRECT_DELAY_SECONDS * 1000);
  }

  stop(): void {
    if (this.timer !== null) AfterCompletionController.timers.clearTimeout(this.timer);
    this.timer = null;
    this.target = null;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
