/**
 * Merchant- and API-supplied URLs end up in `href`, `src` and `location.assign`;
 * only http(s) may pass, so a `javascript:` or `data:` URL can never run.
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
