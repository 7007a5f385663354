export interface LatestCall<A, R> {
  /**
   * Runs `run(args)` once `delayMs` pass without another `schedule`. Resolves with its result,
   * or with `undefined` when a later `schedule` or `cancel` superseded it: a superseded caller
   * has nothing to apply, so it is never handed a stale result or an AbortError.
   */
  schedule(args: A): Promise<R | undefined>;
  /** Drops the pending call and aborts the running one, e.g. when the element disconnects. */
  cancel(): void;
}

/**
 * Debounced, last change wins: for controls that send their value to the server (quantities),
 * where only the latest value matters and an older answer arriving late must not overwrite a newer one.
 */
export function createLatestCall<A, R>(
  run: (args: A, signal: AbortSignal) => Promise<R>,
  { delayMs }: { delayMs: number },
): LatestCall<A, R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { controller: AbortController; resolve: (value: undefined) => void } | null = null;

  function cancel(): void {
    clearTimeout(timer);
    if (!current) return;
    current.controller.abort();
    // Settles the superseded promise now; whatever its request later resolves or rejects with is ignored.
    current.resolve(undefined);
    current = null;
  }

  function schedule(args: A): Promise<R | undefined> {
    cancel();
    const controller = new AbortController();
    return new Promise<R | undefined>((resolve, reject) => {
      const call = { controller, resolve };
      current = call;
      timer = setTimeout(async () => {
        try {
          resolve(await run(args, controller.signal));
        } catch (error) {
          reject(error);
        } finally {
          if (current === call) current = null;
        }
      }, delayMs);
    });
  }

  return { schedule, cancel };
}
