// web-test-runner middleware: dist/ served as a CDN that has lost one chunk, for the script-tag
// tests that prove a missing file becomes a clear error and Retry (or a second
// `initEmbeddedCheckout`) loads it once it is back.
//
//   /flaky-dist/<chunk>/<token>/<file>   dist/<file>, except esm/<chunk>-<hash>.js (connection dropped)
//   /flaky-dist/<chunk>/<token>/heal     from then on that token's chunk is served too
//
// One token per test, so tests never share the broken-or-healed switch. Browsers now refetch a
// module whose fetch failed (whatwg/html#10327), so the chunk URL stays the same across retries;
// the widget must not add a query string to it (that would load a second copy of the core).
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);
const healed = new Set();

export async function flakyDist(ctx, next) {
  const match = /^\/flaky-dist\/(\w+)\/([\w-]+)\/((?:[\w-]+\/)?[\w.-]+)$/.exec(ctx.path);
  if (!match || match[3].includes('..')) return next();
  const [, chunk, token, file] = match;
  const key = `${chunk}/${token}`;
  if (file === 'heal') {
    healed.add(key);
    ctx.body = 'healed';
    return undefined;
  }
  if (!healed.has(key) && new RegExp(`^esm/${chunk}-[\\w-]+\\.js$`).test(file)) {
    // The connection drops, as with a CDN out of reach. Not a 404: web-test-runner marks every
    // response with a file extension cacheable for a year, and the browser would keep the 404.
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  }
  try {
    ctx.body = await readFile(new URL(file, DIST));
    ctx.type = file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
  } catch {
    ctx.status = 404;
  }
  return undefined;
}
