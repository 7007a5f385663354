// The merchant's server, the same for every example: serves the built app (the example's dist/,
// from the folder it is started in) and creates Checkout Sessions with the secret key, which
// never reaches the browser. The page only ever gets a session's client secret.
//
//   cd examples/react && XPAY_API_BASE=http://127.0.0.1:4242/v1 XPAY_SECRET_KEY=sk_test_... PORT=3000 npm start
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/** The shop's one API call: a new embedded Checkout Session, answered with its client secret only. */
async function createCheckoutSession(apiBase, secretKey) {
  const response = await fetch(`${apiBase}/checkout/sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      uiMode: 'embedded', // required for <xpay-checkout>: the default is a hosted page
      currency: 'EGP',
      merchantName: 'Example Shop',
      lineItems: [{ price: { unitAmount: 25000, productName: 'Coffee beans, 250 g' }, quantity: 1 }],
    }),
  });
  const body = await response.json();
  return response.ok ? { status: 200, body: { clientSecret: body.clientSecret } } : { status: response.status, body };
}

/**
 * Starts the shop; resolves with its origin and a close function.
 * @param {{ port?: number, apiBase?: string, secretKey?: string, root?: string }} [options]
 */
export function startShop({
  port = Number(process.env.PORT ?? 3000),
  apiBase = process.env.XPAY_API_BASE ?? 'http://127.0.0.1:4242/v1',
  secretKey = process.env.XPAY_SECRET_KEY ?? 'sk_test_example_shop',
  root = join(process.cwd(), 'dist'),
} = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://shop');
    const send = (status, body, type = 'application/json') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(type === 'application/json' ? JSON.stringify(body) : body);
    };
    try {
      if (pathname === '/api/checkout-session') {
        if (request.method !== 'POST') return send(405, { error: { code: 'method_not_allowed' } });
        const { status, body } = await createCheckoutSession(apiBase, secretKey);
        return send(status, body);
      }
      const file = normalize(pathname === '/' ? 'index.html' : pathname.slice(1));
      if (file.startsWith('..')) return send(404, 'Not found', 'text/plain');
      send(200, await readFile(join(root, file)), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      if (error?.code === 'ENOENT') send(404, 'Not found', 'text/plain');
      else send(502, { error: { code: 'shop_error', message: String(error?.message ?? error) } });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => { server.close(() => done()); server.closeAllConnections(); }) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startShop();
  console.log(`Shop: ${origin}/`);
}
