// web-test-runner middleware: a merchant page under the strictest Content-Security-Policy a
// merchant is likely to run, for test/build/strict-csp.test.ts. The page has no inline script or
// style at all; its only scripts are the merchant's own file and the built widget from dist/.
//
//   /strict-csp/page?api=<apiOrigin>   the merchant page, with the Content-Security-Policy header
//   /strict-csp/merchant.js            the merchant's script (strict-csp-merchant.js)
//
// `api` is the sandbox origin (window.__XPAY_TEST_ENV__.origin); it is written into a response
// header, so anything but a plain http://127.0.0.1:<port> origin is refused with a 400.
import { readFile } from 'node:fs/promises';

const MERCHANT_SCRIPT = new URL('./strict-csp-merchant.js', import.meta.url);
const API_ORIGIN = /^http:\/\/127\.0\.0\.1:([1-9]\d{0,4})$/;

/** The sandbox origin `value` names, or null when it is not exactly http://127.0.0.1:<port>. */
export function apiOriginOf(value) {
  const match = typeof value === 'string' ? API_ORIGIN.exec(value) : null;
  return match && Number(match[1]) <= 65535 ? value : null;
}

/** The page's policy: the provider's origin for API calls, the card frame and images, nothing inline. */
export function strictCsp(apiOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    `frame-src ${apiOrigin}`,
    `img-src ${apiOrigin} data:`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Strict CSP shop</title>
    <script src="/strict-csp/merchant.js"></script>
    <script src="/dist/xpay-checkout.iife.js"></script>
  </head>
  <body>
    <h1>Strict CSP shop</h1>
    <div id="checkout"></div>
  </body>
</html>
`;

export async function strictCspPage(ctx, next) {
  if (ctx.path === '/strict-csp/merchant.js') {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(MERCHANT_SCRIPT, 'utf8');
    return undefined;
  }
  if (ctx.path !== '/strict-csp/page') return next();
  const apiOrigin = apiOriginOf(ctx.query.api);
  if (!apiOrigin) {
    ctx.status = 400;
    ctx.body = 'api must be an http://127.0.0.1:<port> origin';
    return undefined;
  }
  ctx.set('Content-Security-Policy', strictCsp(apiOrigin));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = PAGE;
  return undefined;
}
