// The demo: a merchant shop page plus the merchant's own tiny backend, next to the sandbox
// provider API. The secret key lives here, server-side; the browser only ever gets a session's
// client secret.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../sandbox/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET_KEY = 'sk_test_demo_merchant';
// DEMO_PORT, not PORT: `npm run sandbox` reads PORT as the API's port, and one shell may run both.
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8080);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4242);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml' };
const STATIC_DIRS = { '/dist/': join(ROOT, 'dist'), '/': join(ROOT, 'demo', 'public') };

const SESSION_COOKIE = 'demo_checkout_session';

/** A port already taken (a second demo, or `npm run sandbox` alongside): say which and how to move, not a stack trace. */
function exitIfPortTaken(error, what, port) {
  if (error?.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} (${what}) is already in use: is another demo or \`npm run sandbox\` running?`);
  console.error('Stop it, or pick other ports: DEMO_PORT=8090 SANDBOX_PORT=4343 npm run demo');
  process.exit(1);
}

const sandbox = await startSandbox({ port: SANDBOX_PORT }).catch((error) => exitIfPortTaken(error, 'the sandbox API', SANDBOX_PORT));

function cookieValue(request, name) {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

async function merchantCall(method, path, body) {
  const response = await fetch(`${sandbox.apiBase}${path}`, {
    method,
    headers: { Authorization: `Bearer ${SECRET_KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function readJson(request) {
  let raw = '';
  for await (const chunk of request) {
    raw += chunk;
    if (raw.length > 100_000) throw new Error('body too large');
  }
  return raw ? JSON.parse(raw) : {};
}

function send(response, status, body, type = 'application/json', headers = {}) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  response.end(type === 'application/json' ? JSON.stringify(body) : body);
}

/**
 * The session named by `?session_id=`, as the provider has it, for the browser that created it
 * only: a return URL can leak through history or logs. Null once `response` has the refusal.
 */
async function ownSession(request, response, searchParams) {
  const id = searchParams.get('session_id') ?? '';
  if (!/^cs_[A-Za-z0-9_]+$/.test(id)) {
    send(response, 400, { error: { code: 'parameter_invalid', param: 'session_id' } });
    return null;
  }
  if (cookieValue(request, SESSION_COOKIE) !== id) {
    send(response, 403, { error: { code: 'not_your_session' } });
    return null;
  }
  const { status, body } = await merchantCall('GET', `/checkout/sessions/${encodeURIComponent(id)}`);
  if (status === 200) return body;
  send(response, status, body);
  return null;
}

/** The shop's own endpoints: what a merchant writes on their server. */
async function handleShopApi(request, response, pathname, origin, searchParams) {
  // Back from the bank (3-D Secure): the page knows only the session id from its returnUrl, so
  // the shop's server looks the session up and hands back its client secret to mount it again.
  if (pathname === '/shop/returning-session' && request.method === 'GET') {
    const session = await ownSession(request, response, searchParams);
    return session && send(response, 200, { clientSecret: session.clientSecret, sessionId: session.id });
  }
  // Back after paying (afterCompletion redirect): what the thank-you note may say comes from the
  // provider, never from the URL, which anyone can type.
  if (pathname === '/shop/session-outcome' && request.method === 'GET') {
    const session = await ownSession(request, response, searchParams);
    return session && send(response, 200, {
      sessionId: session.id,
      status: session.status,
      paymentStatus: session.paymentStatus,
      amountTotal: session.amountTotal,
      currency: session.currency,
    });
  }
  if (request.method !== 'POST') return send(response, 405, { error: { code: 'method_not_allowed' } });
  const input = await readJson(request);
  if (pathname === '/shop/create-session') {
    const { status, body } = await merchantCall('POST', '/checkout/sessions', {
      ...input,
      uiMode: 'embedded',
      returnUrl: `${origin}/?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${origin}/`,
    });
    if (status !== 200) return send(response, status, body);
    // Only what the browser needs; the full session stays with the merchant. The cookie lets
    // this browser, and only this one, come back to the session after the bank.
    return send(response, 200, { clientSecret: body.clientSecret, sessionId: body.id }, 'application/json', {
      'Set-Cookie': `${SESSION_COOKIE}=${body.id}; Path=/shop; HttpOnly; SameSite=Lax`,
    });
  }
  if (pathname === '/shop/expire-session') {
    if (typeof input.sessionId !== 'string') return send(response, 400, { error: { code: 'parameter_missing', param: 'sessionId' } });
    const { status, body } = await merchantCall('POST', `/checkout/sessions/${encodeURIComponent(input.sessionId)}/expire`);
    return send(response, status, status === 200 ? { status: body.status } : body);
  }
  if (pathname === '/shop/pay-voucher') {
    if (typeof input.sessionId !== 'string') return send(response, 400, { error: { code: 'parameter_missing', param: 'sessionId' } });
    const { status, body } = await merchantCall('POST', `/sandbox/sessions/${encodeURIComponent(input.sessionId)}/voucher/pay`);
    return send(response, status, status === 200 ? { status: body.status, paymentStatus: body.paymentStatus } : body);
  }
  return send(response, 404, { error: { code: 'resource_missing' } });
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.map', '.svg']);
const compressed = new Map();

/**
 * A file as a merchant's CDN would send it: brotli or gzip when the browser takes it (the
 * widget's script is about a third of its size compressed). Compressed once per file and kept,
 * since the files change only with a rebuild, which restarts the demo.
 */
function encodedFor(request, path, file) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding || !COMPRESSIBLE.has(extname(path))) return { body: file, headers: {} };
  const key = `${encoding}:${path}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(file, { level: 9 }));
  }
  return { body: compressed.get(key), headers: { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } };
}

async function serveStatic(request, response, pathname) {
  for (const [prefix, dir] of Object.entries(STATIC_DIRS)) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(pathname.slice(prefix.length) || 'index.html');
    if (relative.startsWith('..')) break;
    const path = join(dir, relative);
    let file;
    try {
      file = await readFile(path);
    } catch {
      break;
    }
    const { body, headers } = encodedFor(request, path, file);
    return send(response, 200, body, TYPES[extname(relative)] ?? 'application/octet-stream', headers);
  }
  send(response, 404, 'Not found', 'text/plain; charset=utf-8');
}

const server = createServer(async (request, response) => {
  const origin = `http://${request.headers.host ?? `localhost:${DEMO_PORT}`}`;
  const { pathname, searchParams } = new URL(request.url ?? '/', origin);
  try {
    if (pathname === '/config.json') return send(response, 200, { apiBase: sandbox.apiBase });
    if (pathname.startsWith('/shop/')) return await handleShopApi(request, response, pathname, origin, searchParams);
    await serveStatic(request, response, pathname);
  } catch (error) {
    send(response, 400, { error: { code: 'bad_request', message: String(error.message ?? error) } });
  }
});

server.on('error', async (error) => {
  await sandbox.close();
  exitIfPortTaken(error, 'the demo shop', DEMO_PORT);
});
server.listen(DEMO_PORT, '127.0.0.1', () => {
  console.log(`Sandbox API:  ${sandbox.apiBase}`);
  console.log(`Demo shop:    http://localhost:${server.address().port}/   <- open this`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    server.close();
    await sandbox.close();
    process.exit(0);
  });
}
