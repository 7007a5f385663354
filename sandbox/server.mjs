// @ts-check
// The sandbox payment-provider API: a real HTTP server the widget, its tests and the demo
// talk to exactly as they would talk to the provider.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { CORS_HEADERS, HttpError, sendError, sendJson } from './http.mjs';
import { createRouter } from './router.mjs';
import { Store } from './store.mjs';
import { merchantRoutes } from './routes-merchant.mjs';
import { clientRoutes } from './routes-client.mjs';
import { localMethodRoutes } from './routes-local-methods.mjs';
import { pageRoutes } from './routes-pages.mjs';
import { createFrameRoutes } from './routes-frames.mjs';

/** What the build emits for the card frame (CONTRACT §5), relative to the repository. */
const DEFAULT_FRAMES_DIR = fileURLToPath(new URL('../dist/frames/', import.meta.url));
/** A few small files of each served type, for the frames tests (`/test-frames-fixture`). */
const FIXTURE_FRAMES_DIR = fileURLToPath(new URL('./frames-fixture/', import.meta.url));

/**
 * Test-only prefixes in front of the whole API (`/test-frames-slow/v1/...`): every route
 * answers as usual and only the frames differ, so a widget pointed at such an apiBase meets a
 * card frame that is missing, slow (30 s), or the fixture.
 * @type {Readonly<Record<string, import('./router.mjs').FramesMode>>}
 */
const FRAME_ALIASES = Object.freeze({
  'test-frames-missing': 'missing',
  'test-frames-slow': 'slow',
  'test-frames-fixture': 'fixture',
});

/**
 * @param {string} pathname
 * @returns {{ pathname: string, frames: import('./router.mjs').FramesMode }}
 */
function unalias(pathname) {
  const m = /^\/([\w-]+)(\/v1(?:\/.*)?)$/.exec(pathname);
  if (m && Object.hasOwn(FRAME_ALIASES, m[1])) return { pathname: m[2], frames: FRAME_ALIASES[m[1]] };
  return { pathname, frames: 'dist' };
}

/**
 * @param {{ port?: number, host?: string, framesDir?: string, log?: (message: string, error?: unknown) => void }} [options]
 *   `framesDir`: the folder served at /v1/checkout/frames/ (default: the repository's dist/frames)
 * @returns {Promise<{ origin: string, apiBase: string, server: http.Server, close: () => Promise<void> }>}
 */
export async function startSandbox({ port = 4242, host = '127.0.0.1', framesDir = DEFAULT_FRAMES_DIR, log = defaultLog } = {}) {
  const store = new Store();
  const frames = createFrameRoutes({ framesDir, fixtureDir: FIXTURE_FRAMES_DIR });
  const match = createRouter([...merchantRoutes, ...clientRoutes, ...localMethodRoutes, ...frames.routes, ...pageRoutes]);
  let origin = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      // The last line of defence: whatever went wrong, answer and stay up.
      log(`sandbox: unhandled error on ${req.method} ${req.url}`, error);
      if (!res.headersSent) {
        sendJson(res, 400, {
          error: { type: 'api_error', code: 'sandbox_error', message: 'The sandbox could not process this request.' },
        });
      } else if (!res.writableEnded) {
        res.end();
      }
    });
  });

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    if (req.method === 'OPTIONS') {
      sendJson(res, 204, null);
      return;
    }
    try {
      const url = requestUrl(req.url ?? '/');
      const { pathname, frames: framesMode } = unalias(url.pathname);
      const { handler, params } = match(req.method ?? 'GET', pathname);
      const reply = await handler({ req, res, url, params, store, origin, frames: framesMode });
      if (reply) sendJson(res, reply.status, reply.body, reply.headers);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendError(res, error);
      // An unread request body (e.g. too large) would otherwise hold the socket open.
      if (!req.complete) req.resume();
    }
  }

  // Malformed HTTP never reaches the handler; answer it in the same JSON shape.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || /** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({ error: { type: 'invalid_request_error', code: 'bad_request', message: 'Malformed HTTP request.' } });
    const cors = Object.entries(CORS_HEADERS).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n${cors}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  origin = `http://${urlHost(host)}:${address.port}`;

  let closing = /** @type {Promise<void> | null} */ (null);
  function close() {
    closing ??= new Promise((resolve) => {
      store.close();
      frames.close();
      server.close(() => resolve());
      // Keep-alive sockets and open event streams would otherwise hold close() forever.
      server.closeAllConnections();
    });
    return closing;
  }

  return { origin, apiBase: `${origin}/v1`, server, close };
}

/**
 * Parsed against a fixed base: `//other-host/x` must stay a path here, not become a host.
 * @param {string} raw
 */
function requestUrl(raw) {
  try {
    return new URL(`http://sandbox${raw.startsWith('/') ? '' : '/'}${raw}`);
  } catch {
    throw new HttpError(400, 'bad_request', 'The request URL could not be parsed.');
  }
}

/** A listen address as it must appear in a URL that a browser on this machine can use. */
function urlHost(/** @type {string} */ host) {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** @param {string} message @param {unknown} [error] */
function defaultLog(message, error) {
  console.error(message, error ?? '');
}
