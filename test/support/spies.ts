/** Records every URL the page fetches (and its request headers) until `restore()`. */
export function spyOnFetch() {
  const original = window.fetch;
  const calls: { url: string; headers: Headers; signal: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const request = input instanceof Request ? input : undefined;
    calls.push({ url, headers: new Headers(init?.headers ?? request?.headers), signal: init?.signal ?? request?.signal ?? null });
    return original(input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

/** Captures console output so a test can assert nothing secret was logged. */
export function spyOnConsole() {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((name) => console[name]);
  const lines: string[] = [];
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${String(arg.cause ?? '')}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    };
  }
  return {
    lines,
    restore: () => methods.forEach((name, index) => (console[name] = originals[index])),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects console.warn messages for the duration of each test in the calling describe(). */
export function captureWarningsPerTest(): string[] {
  const messages: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    messages.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return messages;
}
