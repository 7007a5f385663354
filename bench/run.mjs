// `npm run bench`: size, speed and memory figures, printed, never asserted (timing assertions
// flake; the size ceiling lives in test/build/bundle.test.ts). Builds first if dist/ is missing.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startSandbox } from '../sandbox/server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(DIST, 'xpay-checkout.iife.js'))) execSync('npm run build', { stdio: 'inherit' });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
function sizes(file) {
  const code = readFileSync(join(DIST, file));
  return { file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

console.log('\n== Bundle size (minified) ==');
const core = sizes('xpay-checkout.iife.js');
const esm = sizes('xpay-checkout.js');
const payment = sizes('xpay-checkout-payment.js');
const extras = sizes('xpay-checkout-extras.js');
const shared = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => sizes(join('chunks', f)));
const locales = readdirSync(join(DIST, 'locales')).filter((f) => f.endsWith('.js')).map((f) => sizes(join('locales', f)));
for (const entry of [core, esm, payment, extras, ...shared]) {
  console.log(`${entry.file.padEnd(34)} ${kb(entry.raw).padStart(9)} raw ${kb(entry.gzip).padStart(9)} gzip ${kb(entry.brotli).padStart(9)} brotli`);
}
const localeGzip = locales.map((l) => l.gzip);
console.log(`locales/*.js (${locales.length})`.padEnd(34), `${kb(Math.min(...localeGzip))}–${kb(Math.max(...localeGzip))} gzip each`);
const sharedGzip = shared.reduce((sum, s) => sum + s.gzip, 0);
console.log('\nWhat a customer downloads (gzip):');
console.log(`  expired / complete / error session      ${kb(core.gzip)}`);
console.log(`  open session (core + payment)           ${kb(core.gzip + payment.gzip + sharedGzip)}`);
console.log(`  open, with promo codes/quantities/menus ${kb(core.gzip + payment.gzip + extras.gzip + sharedGzip)}`);
console.log(`  …in another language                    + ${kb(Math.max(...localeGzip))}`);

console.log('\n== Time to ready and memory (headless Chromium, local sandbox) ==');
const sandbox = await startSandbox({ port: 0 });
const { createServer } = await import('node:http');
const page = `<!doctype html><meta charset="utf-8"><div id="c"></div><script src="/dist/xpay-checkout.iife.js"></script>`;
const server = createServer((req, res) => {
  if (req.url === '/') return res.end(page);
  const file = join(DIST, '..', req.url.split('?')[0]);
  if (!file.startsWith(join(DIST, '..')) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

async function createSession(params) {
  const response = await fetch(`${sandbox.apiBase}/checkout/sessions`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_bench', 'Content-Type': 'application/json' },
    body: JSON.stringify({ uiMode: 'embedded', currency: 'EGP', lineItems: [{ price: { unitAmount: 100000, productName: 'Bench item' }, quantity: 1 }], ...params }),
  });
  return response.json();
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const RUNS = 5;

/** Used JS heap through the DevTools protocol, after a forced garbage collection. */
async function jsHeap(tab) {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}
for (const [label, params] of [
  ['open session', {}],
  ['open, every section + extras', { nameCollection: true, phoneNumberCollection: true, billingAddressCollection: true, shippingAddressCollection: true, allowPromotionCodes: true, locale: 'ar' }],
]) {
  const readyTimes = [];
  let heap = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const session = await createSession(params);
    const tab = await browser.newPage();
    await tab.goto(origin);
    const ms = await tab.evaluate(async ([apiBase, clientSecret]) => {
      const started = performance.now();
      const checkout = await window.XPayCheckout.initEmbeddedCheckout({ apiBase, clientSecret });
      const ready = new Promise((resolve) => document.addEventListener('xpay-ready', resolve, { once: true }));
      checkout.mount('#c');
      await ready;
      return performance.now() - started;
    }, [sandbox.apiBase, session.clientSecret]);
    readyTimes.push(ms);
    heap = Math.max(heap, await jsHeap(tab));
    await tab.close();
  }
  readyTimes.sort((a, b) => a - b);
  console.log(`${label.padEnd(32)} ready median ${readyTimes[Math.floor(RUNS / 2)].toFixed(0)} ms (min ${readyTimes[0].toFixed(0)}, max ${readyTimes[RUNS - 1].toFixed(0)}), JS heap ${kb(heap)}`);
}

// Leaks: mount and destroy many times on one page; the heap should come back near its start
// (BENCH_CYCLES=90 npm run bench: growth that does not scale with cycles is caches, not a leak).
const CYCLES = Number(process.env.BENCH_CYCLES ?? 30);
const tab = await browser.newPage();
await tab.goto(origin);
const session = await createSession({});
const before = await jsHeap(tab);
await tab.evaluate(async ([apiBase, clientSecret, cycles]) => {
  for (let i = 0; i < cycles; i += 1) {
    const checkout = await window.XPayCheckout.initEmbeddedCheckout({ apiBase, clientSecret });
    const ready = new Promise((resolve) => document.addEventListener('xpay-ready', resolve, { once: true }));
    checkout.mount('#c');
    await ready;
    checkout.destroy();
  }
}, [sandbox.apiBase, session.clientSecret, CYCLES]);
const after = await jsHeap(tab);
console.log(`${CYCLES} × mount/ready/destroy on one page: JS heap ${kb(before)} → ${kb(after)} (${after - before >= 0 ? '+' : ''}${kb(after - before)})`);

await browser.close();
server.close();
await sandbox.close();
