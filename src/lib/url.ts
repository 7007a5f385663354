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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * https, or http from a loopback host (a local shop, Storybook, the demo), which browsers trust
 * as they trust https. Over plain http anyone on the way could swap what the merchant sent: a
 * logo for another shop's, a page after payment for a phishing one.
 */
export function secureHttpUrl(value: string | null | undefined): string | null {
  const url = safeHttpUrl(value);
  if (!url) return null;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || LOOPBACK_HOSTS.has(hostname) ? url : null;
}

/** Leaves for `url` in the top window; a page that frames the merchant's and forbids it gets this frame instead. */
export function navigateTop(url: string): void {
  try {
    (window.top ?? window).location.href = url;
  } catch {
    window.location.href = url;
  }
}
