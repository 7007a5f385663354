// web-test-runner middleware: dist/ served as a CDN that has lost one chunk, for the script-tag
// tests that prove a missing file becomes a clear error and Retry (or a second
// `initEmbeddedCheckout`) loads it once it is back.
//
//   /flaky-dist/<chunk>/<token>/<file>   dist/<file>, except esm/<chunk>-<hash>.js (connection dropped)
//   /flaky-dist/<chunk>/<token>/heal     from then on that token's chunk is served too
//   /flaky-dist/probe/<token>/probe.js   a module that fails the same way until healed, to learn
//                                        whether this browser refetches a failed module
//   /flaky-dist/hold-<chunk>/<token>/…   a slow CDN instead: the chunk's answer waits for heal
//
// One token per test, so tests never share the broken-or-healed switch. Query strings are
// ignored: a retry at `?retry=1` (src/lib/retryable-import.ts) is the same file.
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);
const healed = new Set();
/** Held answers waiting for their token's heal. */
const waiting = new Map();
const untilHealed = (key) => {
  if (healed.has(key)) return Promise.resolve();
  if (!waiting.has(key)) {
    let release;
    waiting.set(key, { promise: new Promise((resolve) => (release = resolve)), release });
  }
  return waiting.get(key).promise;
};

export async function flakyDist(ctx, next) {
  const match = /^\/flaky-dist\/([\w-]+)\/([\w-]+)\/((?:[\w-]+\/)?[\w.-]+)$/.exec(ctx.path);
  if (!match || match[3].includes('..')) return next();
  const [, chunk, token, file] = match;
  const key = `${chunk}/${token}`;
  if (file === 'heal') {
    healed.add(key);
    waiting.get(key)?.release();
    ctx.body = 'healed';
    return undefined;
  }
  const held = chunk.startsWith('hold-');
  const name = held ? chunk.slice('hold-'.length) : chunk;
  const broken = chunk === 'probe' ? file === 'probe.js' : new RegExp(`^esm/${name}-[\\w-]+\\.js$`).test(file);
  if (held && broken) await untilHealed(key);
  else if (!healed.has(key) && broken) {
    // The connection drops, as with a CDN out of reach. Not a 404: web-test-runner marks every
    // response with a file extension cacheable for a year, and the browser would keep the 404.
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  }
  if (chunk === 'probe') {
    ctx.body = 'export default true;';
    ctx.type = 'text/javascript';
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
