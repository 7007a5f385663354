// @ts-check
// The sandbox payment-provider API: a real HTTP server the widget, its tests and the demo
// talk to exactly as they would talk to the provider.
import http from 'node:http';
import { CORS_HEADERS, HttpError, sendError, sendJson } from './http.mjs';
import { createRouter } from './router.mjs';
import { Store } from './store.mjs';
import { merchantRoutes } from './routes-merchant.mjs';
import { clientRoutes } from './routes-client.mjs';
import { pageRoutes } from './routes-pages.mjs';

/**
 * @param {{ port?: number, host?: string, log?: (message: string, error?: unknown) => void }} [options]
 * @returns {Promise<{ origin: string, apiBase: string, server: http.Server, close: () => Promise<void> }>}
 */
export async function startSandbox({ port = 4242, host = '127.0.0.1', log = defaultLog } = {}) {
  const store = new Store();
  const match = createRouter([...merchantRoutes, ...clientRoutes, ...pageRoutes]);
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
      const { handler, params } = match(req.method ?? 'GET', url.pathname);
      const reply = await handler({ req, res, url, params, store, origin });
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
    if (!socket.writable || /** @type {any} */ (error).code === 'ECONNRESET') {
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
