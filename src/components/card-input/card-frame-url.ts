import { FRAME_PATH } from '../../frames/protocol.js';

/**
 * Where the provider serves the card frame (CONTRACT §5). No Lit here: the core imports this
 * to warm the connection up before the payment chunk has even loaded.
 */
export function cardFrameUrl(apiBase: string): string {
  return apiBase.replace(/\/+$/, '') + FRAME_PATH;
}

const warmed = new Set<string>();

/**
 * Opens the connection to the provider and fetches the frame's page ahead of time, once per
 * frame URL per document, so card entry appears as soon as the form does. Harmless when the
 * browser ignores either hint.
 */
export function preconnectCardFrame(apiBase: string, doc: Document = document): void {
  let url: URL;
  try {
    url = new URL(cardFrameUrl(apiBase), doc.baseURI);
  } catch {
    return;
  }
  if (warmed.has(url.href)) return;
  warmed.add(url.href);
  // No crossorigin: the first request that matters is the frame's own navigation, which is not CORS.
  for (const [rel, href] of [
    ['preconnect', url.origin],
    ['prefetch', url.href],
  ]) {
    const link = doc.createElement('link');
    link.rel = rel;
    link.href = href;
    doc.head.append(link);
  }
}
