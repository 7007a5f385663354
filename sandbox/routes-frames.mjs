// @ts-check
// The card entry frame (CONTRACT §5): the provider serves the built dist/frames/ folder at
// {apiBase}/checkout/frames/, under the frame's own strict CSP. Files only, from that folder
// only: no listing, no dot segments, no links out of it, a fixed list of file types.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { HttpError } from './http.mjs';

/** The frame page's policy: its own script and styles, calls to its own origin, any embedder. */
export const FRAME_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors *";

/** How long the `test-frames-slow` alias holds a frame file back. */
export const SLOW_FRAMES_MS = 30_000;

const FRAME_HEADERS = Object.freeze({
  'Content-Security-Policy': FRAME_CSP,
  'X-Content-Type-Options': 'nosniff',
  // The test page and the widget's parent read these across origins.
  'Access-Control-Expose-Headers': 'Content-Security-Policy, X-Content-Type-Options, ETag',
});

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
});

/** @param {string} file as requested, for the message */
function notFound(file) {
  return new HttpError(404, 'resource_missing', `No frame file ${file.slice(0, 100)}.`, { headers: { ...FRAME_HEADERS } });
}

/**
 * The file under `root` that `requested` names, or null when it is not a plain file inside it.
 * Dot segments are refused outright (the URL parser has already resolved the literal ones, so
 * these arrived encoded), and the real path must stay inside the real root, links included.
 * @param {string} root
 * @param {string} requested decoded path below the frames URL
 */
async function resolveFile(root, requested) {
  const segments = requested.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))) return null;
  if (!Object.hasOwn(CONTENT_TYPES, path.extname(requested).toLowerCase())) return null;
  try {
    const realRoot = await realpath(root);
    const file = await realpath(path.join(realRoot, ...segments));
    if (!file.startsWith(realRoot + path.sep)) return null;
    const info = await stat(file);
    return info.isFile() ? { file, info } : null;
  } catch {
    return null;
  }
}

/**
 * @param {{ framesDir: string, fixtureDir: string }} dirs
 * @returns {{ routes: import('./router.mjs').Route[], close: () => void }}
 */
export function createFrameRoutes({ framesDir, fixtureDir }) {
  /** @type {Set<() => void>} */
  const pending = new Set();

  /**
   * Resolves after `ms`, or never if close() or the client's hang-up cancels it first.
   * @param {import('./router.mjs').Context} ctx
   * @param {number} ms
   * @returns {Promise<boolean>} false when cancelled
   */
  function hold(ctx, ms) {
    return new Promise((resolve) => {
      const cancel = () => {
        clearTimeout(timer);
        pending.delete(cancel);
        resolve(false);
      };
      const timer = setTimeout(() => {
        pending.delete(cancel);
        ctx.res.off('close', cancel);
        resolve(true);
      }, ms);
      pending.add(cancel);
      ctx.res.once('close', cancel);
    });
  }

  /** @type {import('./router.mjs').Handler} */
  async function serve(ctx) {
    const requested = ctx.params.file;
    if (ctx.frames === 'missing') throw notFound(requested);
    if (ctx.frames === 'slow' && !(await hold(ctx, SLOW_FRAMES_MS))) return;
    const found = await resolveFile(ctx.frames === 'fixture' ? fixtureDir : framesDir, requested);
    if (!found) throw notFound(requested);
    const { file, info } = found;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'Access-Control-Allow-Origin': '*',
      ...FRAME_HEADERS,
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()],
      // card.html keeps its name across builds, so it must revalidate; rather than guess which
      // other names carry a content hash, every file does: a cheap 304 while the build is
      // unchanged, the new file the moment it changes.
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Last-Modified': info.mtime.toUTCString(),
    };
    if (ctx.req.headers['if-none-match'] === etag) {
      ctx.res.writeHead(304, headers);
      ctx.res.end();
      return;
    }
    ctx.res.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
    if (ctx.req.method === 'HEAD') {
      ctx.res.end();
      return;
    }
    createReadStream(file).on('error', () => ctx.res.destroy()).pipe(ctx.res);
  }

  const route = '/v1/checkout/frames/:file+';
  return {
    routes: [
      { method: 'GET', path: route, handler: serve },
      { method: 'HEAD', path: route, handler: serve },
    ],
    close() {
      for (const cancel of pending) cancel();
    },
  };
}
