/**
 * The lifetime of one loaded session. Everything asynchronous the widget starts for a session
 * (requests, catalogs, timers, streams, pay attempts) runs under its signal; removal, a new
 * secret, Retry and `destroy()` end the scope, so work that outlives its session fails loudly
 * with an AbortError instead of applying a stale answer. This is the widget's only way of
 * dropping stale async work.
 */
export class SessionScope {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  end(): void {
    this.controller.abort(new DOMException('The checkout session was replaced or removed.', 'AbortError'));
  }

  /** Awaits `work`, then throws if the scope ended meanwhile; every await after a request goes through here. */
  async guard<T>(work: Promise<T> | T): Promise<T> {
    const value = await work;
    this.controller.signal.throwIfAborted();
    return value;
  }
}

/** True for the rejection of work whose scope ended: nothing to report, nobody is waiting for it. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
