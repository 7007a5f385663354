import type { CheckoutApi } from './client.js';
import { parseSession, type Session } from './schema.js';
import { createSseParser } from './sse.js';
import { openEventStream } from './session-changes.js';

export interface LiveStatusOptions {
  api: CheckoutApi;
  pollIntervalMs: number;
  onSession: (session: Session) => void;
}

/** A stream that drops this many times in a row without delivering anything counts as broken for good. */
const STREAM_RECONNECTS = 3;
const RECONNECT_DELAY_MS = 1000;

/**
 * Keeps the widget's copy of the session current while it is open: the provider's
 * event stream first; when that is unavailable or keeps breaking, re-loading the session
 * every `pollIntervalMs` while the page is visible.
 */
export class LiveStatus {
  private readonly abort = new AbortController();
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private polling = false;
  private failedStreams = 0;

  constructor(private readonly options: LiveStatusOptions) {}

  start(): void {
    void this.connect();
  }

  stop(): void {
    this.abort.abort();
    clearTimeout(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /** One immediate re-load, e.g. when the expiry clock runs out. */
  async checkNow(): Promise<void> {
    if (this.stopped) return;
    try {
      const session = await this.options.api.loadSession(this.abort.signal);
      if (!this.stopped) this.options.onSession(session);
    } catch {
      // A failed re-check changes nothing; the stream or the next poll tries again.
    }
  }

  private async connect(): Promise<void> {
    const signal = this.abort.signal;
    let response: Response;
    try {
      response = await openEventStream(this.options.api, signal);
    } catch {
      if (!signal.aborted) this.fallBackToPolling();
      return;
    }
    let delivered = false;
    try {
      // A 204 or an opaque answer has no body: that is a broken stream, handled below.
      if (!response.body) throw new Error('The event stream has no body.');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parse = createSseParser(({ event, data }) => {
        if (event !== 'session.updated') return;
        let json: unknown;
        try {
          json = JSON.parse(data);
        } catch {
          return;
        }
        const session = parseSession(json);
        // An update about another session is not ours to show (the same rule as a load's).
        if (session && session.id === this.options.api.sessionId && !signal.aborted) {
          delivered = true;
          this.options.onSession(session);
        }
      });
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parse(value);
      }
    } catch {
      // A broken connection is handled below like an ended one.
    }
    if (signal.aborted) return;
    this.failedStreams = delivered ? 0 : this.failedStreams + 1;
    if (this.failedStreams >= STREAM_RECONNECTS) {
      this.fallBackToPolling();
      return;
    }
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
  }

  private fallBackToPolling(): void {
    if (this.polling || this.stopped) return;
    this.polling = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedulePoll();
  }

  private schedulePoll(): void {
    clearTimeout(this.pollTimer);
    if (this.stopped) return;
    this.pollTimer = setTimeout(async () => {
      if (document.visibilityState === 'visible') await this.checkNow();
      this.schedulePoll();
    }, this.options.pollIntervalMs);
  }

  /** A hidden page is not polled; coming back, it is checked at once. */
  private readonly onVisibilityChange = () => {
    if (document.visibilityState !== 'visible') return;
    void this.checkNow();
    this.schedulePoll();
  };
}
