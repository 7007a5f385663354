/**
 * A lazy chunk that can be asked for again after it failed to load (Retry, a later locale
 * switch). One import is shared by every caller while it is pending; a failure is forgotten.
 *
 * The spec now has browsers refetch a module whose fetch failed (whatwg/html#10327), and
 * Gecko and WebKit do, but Chromium still keeps the failure in its module map
 * (issues.chromium.org/issues/534781954): the same URL fails at once, without a request, until
 * the page reloads. Its error names the URL, so the next attempt imports that URL with a
 * query, which is a new module record. Only a chunk that nothing imports statically may be
 * asked for that way (a lazy chunk, never the core), or a second copy of it would run.
 */
const CHROMIUM_FAILURE = /^Failed to fetch dynamically imported module: (\S+)$/;

export function retryableImport<T>(load: () => Promise<T>, onFailure: (error: unknown) => void = () => undefined): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failedUrl: string | undefined;
  let attempt = 0;
  const importOnce = (): Promise<T> => {
    if (!failedUrl) return load();
    const retryUrl = new URL(failedUrl);
    retryUrl.searchParams.set('retry', String((attempt += 1)));
    return import(/* @vite-ignore */ retryUrl.href) as Promise<T>;
  };
  return () =>
    (pending ??= importOnce().catch((error: unknown) => {
      pending = undefined;
      failedUrl ??= failedModuleUrl(error);
      onFailure(error);
      throw error;
    }));
}

/** The URL a Chromium dynamic import failed to fetch, when its error says so. */
export function failedModuleUrl(error: unknown): string | undefined {
  const match = error instanceof TypeError ? CHROMIUM_FAILURE.exec(error.message) : null;
  return match && URL.canParse(match[1]) ? match[1] : undefined;
}
