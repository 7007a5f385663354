// `npm run bench`: size, requests, speed and memory figures, printed, never asserted (timing
// assertions flake; the size ceilings live in test/build/bundle.test.ts). Builds first if dist/
// is missing. `node bench/run.mjs --dist <folder>` measures another build of the same layout
// (e.g. a copy built from another commit); `--against <folder>` measures a second build too and
// interleaves their timing runs visit by visit, so a loaded machine slows both alike (compare
// like with like at the same moment); `--quick` skips the timing and memory runs; `--verbose`
// lists the provider requests; `--only <text>` keeps the situations whose name contains it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright';
import { startSandbox } from '../sandbox/server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { fileSizes, kb, logicalName, pageFiles } from './sizes.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = resolve(option('--dist') ?? new URL('../dist/', import.meta.url).pathname);
const AGAINST = option('--against') && resolve(option('--against'));
const QUICK = args.includes('--quick');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Round trip added to every request (CDP) in the "slow network" runs: a CDN and API far away. */
const LATENCY_MS = Number(process.env.BENCH_LATENCY ?? 40);
const FRAME_BUDGET = 6 * 1024;

if (!option('--dist') && !existsSync(join(DIST, 'xpay-checkout.iife.js'))) execSync('npm run build', { stdio: 'inherit' });
console.log(`dist: ${DIST}${AGAINST ? `, against ${AGAINST}` : ''}`);

// ---------------------------------------------------------------------------------------------
console.log('\n== Files (minified) ==');
const jsFiles = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js')) : []);
const TAGS = new Set(readdirSync(new URL('../src/i18n/locales/', import.meta.url)).map((file) => file.replace(/\.ts$/, '')));
const isCatalog = (file) => TAGS.has(logicalName(file).replace(/^.*\//, '').replace(/\.js$/, ''));
const shipped = jsFiles(DIST).filter((f) => !f.startsWith('frames/'));
const catalogs = shipped.filter(isCatalog);
for (const file of shipped.filter((f) => !isCatalog(f)).sort()) {
  const s = fileSizes(join(DIST, file));
  console.log(`${file.padEnd(40)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} brotli`);
}
if (catalogs.length) {
  const gz = catalogs.map((f) => fileSizes(join(DIST, f)).gzip);
  console.log(`${`catalogs (${catalogs.length})`.padEnd(40)} ${kb(Math.min(...gz))}–${kb(Math.max(...gz))} gzip each`);
}

// ---------------------------------------------------------------------------------------------
console.log(`\n== Card frame (dist/frames/card.html and everything it loads), budget ${kb(FRAME_BUDGET)} gzip ==`);
const framePage = join(DIST, 'frames', 'card.html');
if (!existsSync(framePage)) {
  console.log('not built (vite.frames.config.ts writes dist/frames/)');
} else {
  const files = pageFiles(framePage, join(DIST, 'frames'));
  let gzip = 0;
  for (const file of files) {
    const s = fileSizes(join(DIST, 'frames', file));
    gzip += s.gzip;
    console.log(`  ${file.padEnd(38)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
  }
  console.log(`  total ${kb(gzip)} gzip of ${kb(FRAME_BUDGET)}: ${gzip <= FRAME_BUDGET ? 'within budget' : `OVER by ${kb(gzip - FRAME_BUDGET)}`}`);
}

// ---------------------------------------------------------------------------------------------
const sandbox = await startSandbox({ port: 0, log: () => {} });

/**
 * The merchant's page: the script tag, then `initEmbeddedCheckout` called at once, as the README
 * shows (the script may still be fetching the widget then). Served under /run/<n>/ so each
 * visit's requests can be told apart; every chunk URL is relative to the script.
 */
const page = `<!doctype html><meta charset="utf-8"><div id="c"></div>
<script src="dist/xpay-checkout.iife.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  document.addEventListener('xpay-ready', () => { window.__ready = performance.now(); }, { once: true });
  window.__init = performance.now();
  XPayCheckout.initEmbeddedCheckout({ apiBase: params.get('api'), clientSecret: params.get('secret') }).then((c) => c.mount('#c'));
</script>`;
const served = new Map();
const runDist = new Map();
const server = createServer((req, res) => {
  const match = /^\/run\/(\d+)\/(.*)$/.exec(req.url.split('?')[0]);
  if (!match) return res.writeHead(404).end();
  const [, run, path] = match;
  if (path === '') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  const dist = runDist.get(run) ?? DIST;
  const file = resolve(dist, relative('dist', path));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  if (!served.has(run)) served.set(run, []);
  served.get(run).push(relative(dist, file));
  res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

async function createSession(params) {
  const response = await fetch(`${sandbox.apiBase}/checkout/sessions`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_bench', 'Content-Type': 'application/json' },
    body: JSON.stringify({ uiMode: 'embedded', currency: 'EGP', lineItems: [{ price: { unitAmount: 100000, productName: 'Bench item' }, quantity: 1 }], ...params }),
  });
  return response.json();
}

async function expiredSession() {
  const session = await createSession({});
  await fetch(`${sandbox.apiBase}/checkout/sessions/${session.id}/expire`, { method: 'POST', headers: { Authorization: 'Bearer sk_test_bench', 'Content-Type': 'application/json' }, body: '{}' });
  return session;
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
let runs = 0;

/**
 * One cold visit (a fresh context: no HTTP cache, no preflight cache). Returns the widget files
 * fetched and the requests to the provider (API calls, CORS preflights, the card frame) sent before `xpay-ready`, and the
 * times from navigation and from the `initEmbeddedCheckout` call to ready.
 */
async function visit(session, { latency = 0, dist = DIST } = {}) {
  const run = String((runs += 1));
  runDist.set(run, dist);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const api = [];
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, wallTime, type }) => {
    if (request.url.startsWith(sandbox.origin)) api.push({ url: request.url, method: request.method, type, at: wallTime * 1000 });
  });
  if (latency) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  await tab.goto(`${origin}/run/${run}/?api=${encodeURIComponent(sandbox.apiBase)}&secret=${encodeURIComponent(session.clientSecret)}`);
  await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30000 });
  const { ready, init, readyAt } = await tab.evaluate(() => ({ ready: window.__ready, init: window.__init, readyAt: performance.timeOrigin + window.__ready }));
  const files = [...(served.get(run) ?? [])];
  await context.close();
  const apiBefore = api.filter((request) => request.at <= readyAt);
  return { files, api: apiBefore, fromNavigation: ready, fromInit: ready - init };
}

const situations = [
  ['expired session', () => expiredSession()],
  ['open session', () => createSession({})],
  ['open, promotion codes (extras)', () => createSession({ allowPromotionCodes: true })],
  ['open, in French', () => createSession({ locale: 'fr' })],
].filter(([name]) => !option('--only') || name.includes(option('--only')));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const builds = AGAINST ? [DIST, AGAINST] : [DIST];
const label = (dist) => (AGAINST ? ` [${relative(process.cwd(), dist) || '.'}]` : '');
for (const dist of builds) {
  console.log(`\n== What a customer downloads before \`xpay-ready\` (cold visit, script tag, gzip -9 / brotli)${label(dist)} ==`);
  for (const [name, make] of situations) {
    const first = await visit(await make(), { dist });
    const sizes = first.files.map((file) => fileSizes(join(dist, file)));
    const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const brotli = sizes.reduce((sum, s) => sum + s.brotli, 0);
    const preflights = first.api.filter((r) => r.method === 'OPTIONS' || r.type === 'Preflight').length;
    console.log(`${name.padEnd(32)} ${kb(gzip).padStart(8)} gzip ${kb(brotli).padStart(8)} brotli · ${first.files.length} script requests · ${first.api.length} provider requests (API and frame; ${preflights} CORS preflights)`);
    console.log(`${''.padEnd(32)} ${first.files.map((file) => `${logicalName(file)} ${kb(fileSizes(join(dist, file)).gzip)}`).join(', ')}`);
    if (args.includes('--verbose')) for (const r of first.api) console.log(`${''.padEnd(32)} ${r.method} ${r.url.slice(sandbox.origin.length)}`);
  }
}

if (!QUICK) {
  console.log(`\n== Time to ready (cold visits, median of ${RUNS}; "slow" adds ${LATENCY_MS} ms to every request${AGAINST ? '; the two builds interleaved visit by visit' : ''}) ==`);
  for (const [name, make] of situations.filter(([name]) => name !== 'open, in French')) {
    for (const latency of [0, LATENCY_MS]) {
      const results = new Map(builds.map((dist) => [dist, []]));
      for (let run = 0; run < RUNS; run += 1) {
        // Alternate which build goes first, so neither always meets a warmer machine.
        for (const dist of run % 2 ? [...builds].reverse() : builds) results.get(dist).push(await visit(await make(), { latency, dist }));
      }
      for (const dist of builds) {
        const nav = median(results.get(dist).map((r) => r.fromNavigation));
        const init = median(results.get(dist).map((r) => r.fromInit));
        console.log(`${name.padEnd(32)} ${latency ? 'slow' : 'fast'}: navigation → ready ${nav.toFixed(0).padStart(5)} ms, initEmbeddedCheckout → ready ${init.toFixed(0).padStart(5)} ms${label(dist)}`);
      }
      if (AGAINST) {
        const [a, b] = builds.map((dist) => results.get(dist).map((r) => r.fromNavigation));
        console.log(`${''.padEnd(32)} paired ratio navigation → ready: ${median(a.map((value, i) => value / b[i])).toFixed(2)}×`);
      }
    }
  }

  // Leaks: mount and destroy many times on one page; the heap should come back near its start
  // (BENCH_CYCLES=90 npm run bench: growth that does not scale with cycles is caches, not a leak).
  console.log('\n== Memory ==');
  const CYCLES = Number(process.env.BENCH_CYCLES ?? 30);
  /** Used JS heap through the DevTools protocol, after a forced garbage collection. */
  async function jsHeap(tab) {
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  }
  const session = await createSession({});
  const tab = await browser.newPage();
  await tab.goto(`${origin}/run/0/?api=${encodeURIComponent(sandbox.apiBase)}&secret=${encodeURIComponent(session.clientSecret)}`);
  await tab.waitForFunction(() => window.__ready !== undefined);
  const before = await jsHeap(tab);
  await tab.evaluate(async ([apiBase, clientSecret, cycles]) => {
    for (let i = 0; i < cycles; i += 1) {
      const checkout = await window.XPayCheckout.initEmbeddedCheckout({ apiBase, clientSecret });
      const ready = new Promise((done) => document.addEventListener('xpay-ready', done, { once: true }));
      checkout.mount('#c');
      await ready;
      checkout.destroy();
    }
  }, [sandbox.apiBase, session.clientSecret, CYCLES]);
  const after = await jsHeap(tab);
  console.log(`${CYCLES} × mount/ready/destroy on one page: JS heap ${kb(before)} → ${kb(after)} (${after - before >= 0 ? '+' : ''}${kb(after - before)})`);
}

await browser.close();
server.close();
await sandbox.close();
