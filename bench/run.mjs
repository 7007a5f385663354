// `npm run bench`: size, requests, speed and memory figures, printed and written to
// bench/results.json, never asserted (timing assertions flake; the size ceilings live in
// test/build/bundle.test.ts). Builds first if dist/ is missing. `node bench/run.mjs --dist <folder>`
// measures another build of the same layout (e.g. a copy built from another commit); `--against
// <folder>` measures a second build too and interleaves their timing runs visit by visit, so a
// loaded machine slows both alike (compare like with like at the same moment); `--quick` keeps
// the sizes and requests only; `--verbose` lists the provider requests; `--only <text>` keeps the
// situations whose name contains it. Environment: BENCH_RUNS (interleaved runs per timing figure,
// default 7), BENCH_LATENCY (ms added to every request in the "slow" runs, default 40),
// BENCH_KEY_RUNS (typing runs per variant, default 3), BENCH_CYCLES (mount/destroy cycles for the
// heap, default 200; samples at 10, 50, 100 and 200 up to it).
//
// Every timing is read against a control page (bench/pages.mjs): plain HTML that fetches the same
// session the same way and renders a comparable static form. Its time is the floor on this
// machine at this moment; the widget/control ratio of visits run side by side is the figure that
// survives a loaded machine, absolute times do not.
//
// bench/results.json (rewritten by every run; a --quick run has no timing figures). Times in ms,
// bytes as numbers, medians of the runs unless a key says otherwise:
// { date, node, chromium, durationSeconds,
//   machine: { cpus, model, loadAverage: { start: [1, 5, 15 min], end } },
//   options: { dist, against, quick, runs, latencyMs, keyRuns, cycles },
//   figures: {
//     files: [{ file, raw, gzip, brotli }],
//     cardFrame: { files: [{ file, raw, gzip }], gzip, budget },
//     situations: [{ build, situation, outcome: 'xpay-ready' | 'xpay-error', gzip, brotli,
//       scripts: [{ file, gzip, brotli }], paymentChunk: boolean, cardFrame: { gzip, files },
//       requestsBeforeReady: { preflights, session, eventStream, otherApi, scripts, frameDocuments, framePrefetches, frameFiles },
//       eventStreamFromReady: ms from ready to the stream's request (negative: before ready), null if not opened }],
//     control: { runs, rows: [{ build, variant, warm, mountToReady, sessionToReady, navigationToReady,
//       longTasks: { count: median per visit, longest: of all visits } }], ratios: { cold, warm, sessionToReadyCold, sessionToReadyWarm, manyItems } },
//     timeToReady: [{ build, situation, network: 'fast' | 'slow', navigationToReady, mountToReady }],
//     keystrokes: [{ build, variant, field: 'email' | 'card number' | 'plain input', keys, toRaf, toPaint, toPaintP90, increment }],
//     layoutShift: { build, phases: [{ phase, cls, all }], cls, all },
//     memory: { build, samples: [{ cycles, jsHeap, nodes }] } } }
// `ratios` are medians of per-run ratios, widget/control (`manyItems`: the long order over the
// 1-item session); with --against they are keyed by build, and `control.buildRatios` adds the
// first build over the second. `cls` leaves out shifts within 500 ms of input, as CLS
// does; `all` counts them.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright';
import { startSandbox } from '../sandbox/server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { controlPage, probes, widgetPage } from './pages.mjs';
import { fileSizes, kb, logicalName, pageFiles } from './sizes.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = resolve(option('--dist') ?? new URL('../dist/', import.meta.url).pathname);
const AGAINST = option('--against') && resolve(option('--against'));
const QUICK = args.includes('--quick');
const VERBOSE = args.includes('--verbose');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Round trip added to every request (CDP) in the "slow network" runs: a CDN and API far away. */
const LATENCY_MS = Number(process.env.BENCH_LATENCY ?? 40);
const KEY_RUNS = Number(process.env.BENCH_KEY_RUNS ?? 3);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 200);
const FRAME_BUDGET = 6 * 1024;
/** "A long order": the issue's 200 lines (the sandbox takes up to 250). */
const MANY_ITEMS = 200;
/** Playwright's pause between keys: a brisk typist, and room for each key's paint to land. */
const KEY_DELAY_MS = 60;
const RESULTS = new URL('results.json', import.meta.url).pathname;

if (!option('--dist') && !existsSync(join(DIST, 'xpay-checkout.iife.js'))) execSync('npm run build', { stdio: 'inherit' });
console.log(`dist: ${DIST}${AGAINST ? `, against ${AGAINST}` : ''}`);

/**
 * Each build is measured from a copy taken now: a rebuild during the run (another terminal's
 * `npm run build` renames every hashed chunk) would otherwise break visits halfway through.
 */
const copyOf = new Map(
  [DIST, AGAINST].filter(Boolean).map((dist) => {
    const copy = mkdtempSync(join(tmpdir(), 'xpay-bench-'));
    cpSync(dist, copy, { recursive: true, filter: (from) => !from.endsWith('.map') && !from.startsWith(join(dist, 'types')) });
    return [dist, copy];
  }),
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: null,
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, loadAverage: { start: loadavg(), end: null } },
  options: { dist: DIST, against: AGAINST ?? null, quick: QUICK, runs: RUNS, latencyMs: LATENCY_MS, keyRuns: KEY_RUNS, cycles: CYCLES },
  figures: {},
};
const { figures } = results;
console.log(`machine: ${results.machine.cpus} × ${results.machine.model}, load average ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);

const started = performance.now();
/** Each heading says when its section started, which keeps the default run's ~6 minutes in view. */
const heading = (title) => console.log(`\n== ${title} == (at ${((performance.now() - started) / 1000).toFixed(0)} s)`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile90 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))];
const ms = (value) => `${value.toFixed(0).padStart(5)} ms`;
const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

// ---------------------------------------------------------------------------------------------
heading('Files (minified)');
const jsFiles = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js')) : []);
const TAGS = new Set(readdirSync(new URL('../src/i18n/locales/', import.meta.url)).map((file) => file.replace(/\.ts$/, '')));
const isCatalog = (file) => TAGS.has(logicalName(file).replace(/^.*\//, '').replace(/\.js$/, ''));
const shipped = jsFiles(copyOf.get(DIST)).filter((f) => !f.startsWith('frames/'));
const catalogs = shipped.filter(isCatalog);
figures.files = [];
for (const file of shipped.filter((f) => !isCatalog(f)).sort()) {
  const s = fileSizes(join(copyOf.get(DIST), file));
  figures.files.push({ file: logicalName(file), ...s });
  console.log(`${file.padEnd(40)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} brotli`);
}
if (catalogs.length) {
  const gz = catalogs.map((f) => fileSizes(join(copyOf.get(DIST), f)).gzip);
  console.log(`${`catalogs (${catalogs.length})`.padEnd(40)} ${kb(Math.min(...gz))}–${kb(Math.max(...gz))} gzip each`);
}

// ---------------------------------------------------------------------------------------------
heading(`Card frame (dist/frames/card.html and everything it loads), budget ${kb(FRAME_BUDGET)} gzip`);
const FRAMES = join(copyOf.get(DIST), 'frames');
const framePage = join(FRAMES, 'card.html');
if (!existsSync(framePage)) {
  console.log('not built (vite.frames.config.ts writes dist/frames/)');
} else {
  const files = pageFiles(framePage, FRAMES).map((file) => ({ file, ...fileSizes(join(FRAMES, file)) }));
  const gzip = files.reduce((sum, s) => sum + s.gzip, 0);
  for (const s of files) console.log(`  ${s.file.padEnd(38)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
  console.log(`  total ${kb(gzip)} gzip of ${kb(FRAME_BUDGET)}: ${gzip <= FRAME_BUDGET ? 'within budget' : `OVER by ${kb(gzip - FRAME_BUDGET)}`}`);
  figures.cardFrame = { files: files.map(({ file, raw, gzip }) => ({ file: logicalName(file), raw, gzip })), gzip, budget: FRAME_BUDGET };
}

// ---------------------------------------------------------------------------------------------
// The sandbox serves this build's card frame, so --dist measures the frame of the same build.
const sandbox = await startSandbox({ port: 0, log: () => {}, ...(existsSync(framePage) ? { framesDir: FRAMES } : {}) });

/**
 * Pages under /run/<n>/ (the widget's at `/run/<n>/`, the control's at `/run/<n>/control`), the
 * build's files under /run/<n>/dist/: each visit gets its own URLs, so no visit can reuse
 * another's cache, while the second visit of a warm pair reuses its own. The files are sent
 * cacheable, as a CDN sends hashed chunks: without it a warm visit would measure nothing.
 */
const runDist = new Map();
const server = createServer((req, res) => {
  const match = /^\/run\/(\d+)\/(.*)$/.exec(req.url.split('?')[0]);
  if (!match) return res.writeHead(404).end();
  const [, run, path] = match;
  if (path === '' || path === 'control') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(path ? controlPage : widgetPage);
  const dist = copyOf.get(runDist.get(run) ?? DIST);
  const file = resolve(dist, relative('dist', path));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=3600' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const merchant = (method, path, body = {}) =>
  fetch(`${sandbox.apiBase}${path}`, { method, headers: { Authorization: 'Bearer sk_test_bench', 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
const client = (session, path, body) =>
  fetch(`${sandbox.apiBase}/checkout/sessions/${session.id}/client${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.clientSecret}`, 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${path}-${session.id}` },
    body: JSON.stringify(body),
  }).then((r) => r.json());

const ITEM = { price: { unitAmount: 100000, productName: 'Bench item' }, quantity: 1 };
const DROPDOWN = { key: 'slot', label: 'Delivery slot', type: 'DROPDOWN', dropdownOptions: [{ label: 'Morning', value: 'morning' }, { label: 'Evening', value: 'evening' }] };
const createSession = (params = {}) => merchant('POST', '/checkout/sessions', { uiMode: 'embedded', currency: 'EGP', lineItems: [ITEM], ...params });

async function expiredSession() {
  const session = await createSession();
  await merchant('POST', `/checkout/sessions/${session.id}/expire`);
  return session;
}

/** Paid as the card frame and the widget would: a token for the 4242 card, then a confirm. */
async function paidSession() {
  const session = await createSession();
  const card = await client(session, '/payment-methods', { type: 'card', card: { number: '4242424242424242', expMonth: 12, expYear: new Date().getFullYear() + 3, cvc: '123' } });
  const paid = await client(session, '/confirm', { customerDetails: { email: 'jane@example.com' }, paymentMethod: { type: 'card', id: card.id } });
  if (paid.status !== 'complete') throw new Error(`the sandbox did not complete the bench's session: ${JSON.stringify(paid).slice(0, 300)}`);
  return session;
}

/** Well formed, so the widget asks the provider, which answers 401. */
async function badSecretSession() {
  const session = await createSession();
  return { ...session, clientSecret: `${session.id}_secret_wrong` };
}

const manyItemsSession = () =>
  createSession({
    lineItems: Array.from({ length: MANY_ITEMS }, (_, i) => ({ price: { unitAmount: 1000 + i * 10, productName: `Bench item ${i + 1}` }, quantity: 1 })),
    customFields: [DROPDOWN, { key: 'note', label: 'Note', type: 'TEXT' }, { key: 'floor', label: 'Floor', type: 'NUMERIC' }],
  });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
results.chromium = browser.version();
console.log(`chromium ${results.chromium}`);

const KINDS = {
  preflights: 'preflight',
  session: 'session GET',
  eventStream: 'event stream',
  otherApi: 'other API',
  scripts: 'script',
  frameDocuments: 'card frame document',
  framePrefetches: 'card frame prefetch',
  frameFiles: 'card frame file',
};

/** The core prefetches the frame's page (src/components/card-input/card-frame-url.ts) before the frame navigates to it. */
function kindOf({ url, method, type }) {
  if (type === 'Preflight' || method === 'OPTIONS') return 'preflights';
  const { origin: from, pathname } = new URL(url);
  if (from === origin) return /^\/run\/\d+\/dist\//.test(pathname) ? 'scripts' : 'page';
  if (from !== sandbox.origin) return 'elsewhere';
  if (pathname.includes('/checkout/frames/')) return type === 'Document' ? 'frameDocuments' : pathname.endsWith('.html') ? 'framePrefetches' : 'frameFiles';
  if (pathname.endsWith('/client') && method === 'GET') return 'session';
  if (pathname.endsWith('/client/events')) return 'eventStream';
  return 'otherApi';
}

let runs = 0;

/**
 * One page load in `context`, up to the page's ready (the widget's `xpay-ready` or
 * `xpay-error`), then `linger` ms more so requests sent just after ready are seen, then
 * `interact(tab, marks)`. Every request the page sends is logged through CDP (the CORS preflights
 * included, which Playwright's own events leave out) with its kind and whether it went out
 * before ready.
 */
async function load(context, session, { control = false, latency = 0, run, linger = 0, interact }) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const requests = [];
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, wallTime, type }) => {
    if (!request.url.startsWith('data:')) requests.push({ url: request.url, method: request.method, type, at: wallTime * 1000 });
  });
  if (latency) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  await tab.goto(`${origin}/run/${run}/${control ? 'control' : ''}?api=${encodeURIComponent(sandbox.apiBase)}&secret=${encodeURIComponent(session.clientSecret)}`);
  await tab.evaluate(() => window.__whenReady(30000));
  if (linger) await tab.waitForTimeout(linger);
  const marks = await tab.evaluate(() => ({ init: window.__init, ready: window.__ready, outcome: window.__outcome ?? 'ready', timeOrigin: performance.timeOrigin, ...window.__bench }));
  const extra = interact ? await interact(tab, marks) : undefined;
  await tab.close();
  const readyAt = marks.timeOrigin + marks.ready;
  const stream = requests.find((r) => kindOf(r) === 'eventStream');
  return {
    outcome: marks.outcome,
    requests: requests.map((r) => ({ ...r, kind: kindOf(r), beforeReady: r.at <= readyAt })),
    eventStreamFromReady: stream ? stream.at - readyAt : null,
    navigationToReady: marks.ready,
    mountToReady: marks.ready - marks.init,
    sessionToReady: marks.sessionResponse === null ? null : marks.ready - marks.sessionResponse,
    longTasks: marks.longTasks.filter((task) => task.start + task.duration > marks.init && task.start < marks.ready),
    extra,
  };
}

/**
 * A visit in a fresh browser context: no HTTP cache, no preflight cache, a new renderer. Warm is
 * the second load of the same page in the same context, as a customer who comes back to it.
 */
async function visit(session, { dist = DIST, warm = false, ...options } = {}) {
  const run = String((runs += 1));
  runDist.set(run, dist);
  const context = await browser.newContext();
  await context.addInitScript(probes);
  try {
    if (warm) await load(context, session, { ...options, run, interact: undefined });
    return await load(context, session, { ...options, run });
  } finally {
    await context.close();
  }
}

const builds = AGAINST ? [DIST, AGAINST] : [DIST];
const buildName = (dist) => relative(process.cwd(), dist) || '.';
const label = (dist) => (AGAINST ? ` [${buildName(dist)}]` : '');

// ---------------------------------------------------------------------------------------------
const everyExtra = {
  allowPromotionCodes: true,
  customFields: [DROPDOWN],
  lineItems: [{ ...ITEM, adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } }],
  paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'],
  feeConfig: { feesPassThrough: true },
};
// The same sessions as test/build/bundle.test.ts's budgets, plus the outcomes and every extra at once.
const situations = [
  ['expired session', expiredSession],
  ['complete session', paidSession],
  ['error (bad client secret)', badSecretSession],
  ['open session', () => createSession()],
  ['open, promotion codes (extras)', () => createSession({ allowPromotionCodes: true })],
  ['open, local methods', () => createSession({ paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'] })],
  ['open, every extra', () => createSession(everyExtra)],
  ['open, in French', () => createSession({ locale: 'fr' })],
].filter(([name]) => !option('--only') || name.includes(option('--only')));

const scriptFile = (url) => new URL(url).pathname.replace(/^\/run\/\d+\/dist\//, '');
const frameFile = (url) => new URL(url).pathname.replace(/^.*\/checkout\/frames\//, '');
const uniqueUrls = (requests) => [...new Set(requests.map((r) => r.url))];
const gzipOf = (files) => files.reduce((sum, s) => sum + s.gzip, 0);
const count = (requests) => Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, requests.filter((r) => r.kind === kind).length]));
const describeCounts = (counts) => Object.entries(KINDS).map(([kind, name]) => `${counts[kind]} ${name}${counts[kind] === 1 ? '' : 's'}`).join(', ');
const describeStream = (fromReady) => (fromReady === null ? 'event stream not opened' : `event stream opened ${Math.abs(fromReady).toFixed(0)} ms ${fromReady > 0 ? 'after' : 'before'} ready`);

figures.situations = [];
for (const dist of builds) {
  heading(`What a customer downloads before ready (cold visit, script tag, gzip -9 / brotli)${label(dist)}`);
  for (const [name, make] of situations) {
    // Lingering shows whether the event stream opens just after ready rather than before it.
    const first = await visit(await make(), { dist, linger: 500 });
    const before = first.requests.filter((r) => r.beforeReady);
    const scripts = uniqueUrls(before.filter((r) => r.kind === 'scripts')).map(scriptFile).map((file) => ({ file, ...fileSizes(join(copyOf.get(dist), file)) }));
    const frame = uniqueUrls(before.filter((r) => r.kind.startsWith('frame'))).map(frameFile).filter((file) => existsSync(join(FRAMES, file)));
    const frameGzip = gzipOf(frame.map((file) => fileSizes(join(FRAMES, file))));
    const paymentChunk = scripts.some((s) => logicalName(s.file) === 'esm/payment.js');
    const counts = count(before);
    const brotli = scripts.reduce((sum, s) => sum + s.brotli, 0);
    console.log(`${name.padEnd(32)} ${kb(gzipOf(scripts)).padStart(8)} gzip ${kb(brotli).padStart(8)} brotli · ${first.outcome} · payment chunk ${paymentChunk ? 'fetched' : 'not fetched'} · card frame ${kb(frameGzip)} gzip`);
    console.log(`${''.padEnd(32)} ${scripts.map((s) => `${logicalName(s.file)} ${kb(s.gzip)}`).join(', ')}`);
    console.log(`${''.padEnd(32)} before ready: ${describeCounts(counts)}; ${describeStream(first.eventStreamFromReady)}`);
    if (VERBOSE) for (const r of first.requests) console.log(`${''.padEnd(32)} ${r.beforeReady ? 'before' : 'after '} ${r.method.padEnd(7)} ${r.type.padEnd(10)} ${r.url}`);
    figures.situations.push({
      build: buildName(dist),
      situation: name,
      outcome: first.outcome,
      gzip: gzipOf(scripts),
      brotli,
      scripts: scripts.map(({ file, gzip, brotli }) => ({ file: logicalName(file), gzip, brotli })),
      paymentChunk,
      cardFrame: { gzip: frameGzip, files: frame.map(logicalName) },
      requestsBeforeReady: counts,
      eventStreamFromReady: round(first.eventStreamFromReady),
    });
  }
}

if (!QUICK) {
  // -------------------------------------------------------------------------------------------
  // One run visits every variant once, in an order that rotates run by run so none always meets
  // the warmest (or coldest) machine; ratios pair the visits of the same run.
  const variants = [
    ...builds.flatMap((dist) => [
      { key: `widget${label(dist)}`, build: dist, variant: 'widget, 1 item', dist, make: () => createSession() },
      { key: `widget warm${label(dist)}`, build: dist, variant: 'widget, 1 item', warm: true, dist, make: () => createSession() },
      { key: `many${label(dist)}`, build: dist, variant: `widget, ${MANY_ITEMS} items + 3 custom fields`, dist, make: () => manyItemsSession() },
    ]),
    { key: 'control', build: null, variant: 'control', control: true, make: () => createSession() },
    { key: 'control warm', build: null, variant: 'control', control: true, warm: true, make: () => createSession() },
  ];
  heading(`Mount → ready, widget against the control page (open session; ${RUNS} interleaved runs, fresh context per visit; warm = second visit in the same context)`);
  const byVariant = new Map(variants.map((v) => [v.key, []]));
  for (let run = 0; run < RUNS; run += 1) {
    const order = variants.map((_, i) => variants[(i + run) % variants.length]);
    for (const v of order) byVariant.get(v.key).push(await visit(await v.make(), { control: v.control, warm: v.warm, dist: v.dist }));
  }
  const longTasks = (visits) => ({ count: median(visits.map((r) => r.longTasks.length)), longest: Math.max(0, ...visits.flatMap((r) => r.longTasks.map((t) => t.duration))) });
  const rows = variants.map((v) => {
    const visits = byVariant.get(v.key);
    return {
      build: v.build && buildName(v.build),
      variant: v.variant,
      warm: Boolean(v.warm),
      mountToReady: round(median(visits.map((r) => r.mountToReady))),
      sessionToReady: round(median(visits.map((r) => r.sessionToReady))),
      navigationToReady: round(median(visits.map((r) => r.navigationToReady))),
      longTasks: longTasks(visits),
    };
  });
  console.log(`${''.padEnd(48)} mount → ready  session response → ready  long tasks during mount (median count, longest)`);
  rows.forEach((row, i) => {
    const name = `${row.variant}${variants[i].build ? label(variants[i].build) : ''}, ${row.warm ? 'warm' : 'cold'}`;
    console.log(`${name.padEnd(48)} ${ms(row.mountToReady).padStart(14)}  ${ms(row.sessionToReady).padStart(24)}  ${row.longTasks.count}, ${row.longTasks.longest.toFixed(0)} ms`);
  });
  const pairedRatio = (a, b, figure) => round(median(byVariant.get(a).map((r, i) => r[figure] / byVariant.get(b)[i][figure])), 2);
  figures.control = { runs: RUNS, rows, ratios: {} };
  for (const dist of builds) {
    const ratios = {
      cold: pairedRatio(`widget${label(dist)}`, 'control', 'mountToReady'),
      warm: pairedRatio(`widget warm${label(dist)}`, 'control warm', 'mountToReady'),
      sessionToReadyCold: pairedRatio(`widget${label(dist)}`, 'control', 'sessionToReady'),
      sessionToReadyWarm: pairedRatio(`widget warm${label(dist)}`, 'control warm', 'sessionToReady'),
      manyItems: pairedRatio(`many${label(dist)}`, `widget${label(dist)}`, 'mountToReady'),
    };
    if (AGAINST) figures.control.ratios[buildName(dist)] = ratios;
    else figures.control.ratios = ratios;
    console.log(`widget/control, median of per-run ratios${label(dist)}: mount → ready ${ratios.cold}× cold, ${ratios.warm}× warm; session response → ready ${ratios.sessionToReadyCold}× cold, ${ratios.sessionToReadyWarm}× warm`);
    console.log(`${MANY_ITEMS} items + 3 custom fields / 1 item, mount → ready, paired${label(dist)}: ${ratios.manyItems}×`);
  }
  if (AGAINST) {
    figures.control.buildRatios = { cold: pairedRatio(`widget${label(DIST)}`, `widget${label(AGAINST)}`, 'mountToReady'), warm: pairedRatio(`widget warm${label(DIST)}`, `widget warm${label(AGAINST)}`, 'mountToReady') };
    console.log(`${buildName(DIST)} / ${buildName(AGAINST)}, mount → ready, paired: ${figures.control.buildRatios.cold}× cold, ${figures.control.buildRatios.warm}× warm`);
  }

  // -------------------------------------------------------------------------------------------
  heading(`Time to ready by situation (cold visits, median of ${RUNS}; "slow" adds ${LATENCY_MS} ms to every request${AGAINST ? '; the two builds interleaved visit by visit' : ''})`);
  figures.timeToReady = [];
  for (const [name, make] of situations.filter(([name]) => ['expired session', 'open session'].includes(name))) {
    for (const latency of [0, LATENCY_MS]) {
      const timed = new Map(builds.map((dist) => [dist, []]));
      for (let run = 0; run < RUNS; run += 1) {
        for (const dist of run % 2 ? [...builds].reverse() : builds) timed.get(dist).push(await visit(await make(), { latency, dist }));
      }
      for (const dist of builds) {
        const row = {
          build: buildName(dist),
          situation: name,
          network: latency ? 'slow' : 'fast',
          navigationToReady: round(median(timed.get(dist).map((r) => r.navigationToReady))),
          mountToReady: round(median(timed.get(dist).map((r) => r.mountToReady))),
        };
        figures.timeToReady.push(row);
        console.log(`${name.padEnd(32)} ${row.network}: navigation → ready ${ms(row.navigationToReady)}, initEmbeddedCheckout → ready ${ms(row.mountToReady)}${label(dist)}`);
      }
      if (AGAINST) {
        const [a, b] = builds.map((dist) => timed.get(dist).map((r) => r.navigationToReady));
        console.log(`${''.padEnd(32)} paired ratio navigation → ready: ${median(a.map((value, i) => value / b[i])).toFixed(2)}×`);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  const EMAIL = 'jane.doe@example.com';
  const DIGITS = '42424242424242424242';
  /** Types `text` key by key into `field` and returns, per key, ms from keydown to its requestAnimationFrame and to the task after it. */
  async function typeInto(frame, field, text) {
    await frame.evaluate(() => {
      window.__bench.keys.length = 0;
    });
    await field.pressSequentially(text, { delay: KEY_DELAY_MS });
    await frame.waitForTimeout(100);
    return frame.evaluate(() => window.__bench.keys.filter((key) => key.paint !== undefined).map((key) => ({ toRaf: key.raf - key.down, toPaint: key.paint - key.down })));
  }
  const cardFrame = (tab) => tab.frames().find((frame) => frame.url().includes('/checkout/frames/'));
  const emailField = (tab) => tab.locator('input[autocomplete="email"]');
  /** Email, then card number in the provider's frame (cross-origin: typed through the frame itself). */
  async function typeInWidget(tab) {
    const email = await typeInto(tab.mainFrame(), emailField(tab), EMAIL);
    const number = tab.frameLocator('iframe').locator('#number');
    await number.waitFor();
    return { email, card: await typeInto(cardFrame(tab), number, DIGITS) };
  }

  heading(`Keystroke → next paint (keydown.timeStamp → first requestAnimationFrame → the task after it; ${KEY_RUNS} runs × 20 keys per field, ${KEY_DELAY_MS} ms apart, interleaved with the control's plain <input>)`);
  figures.keystrokes = [];
  for (const [variant, make] of [
    ['1 item', () => createSession()],
    [`${MANY_ITEMS} items + 3 custom fields`, () => manyItemsSession()],
  ]) {
    const keys = { control: [], ...Object.fromEntries(builds.map((dist) => [dist, { email: [], card: [] }])) };
    for (let run = 0; run < KEY_RUNS; run += 1) {
      const legs = [...builds, null];
      for (const dist of run % 2 ? legs.reverse() : legs) {
        if (dist === null) {
          keys.control.push(...(await visit(await make(), { control: true, interact: (tab) => typeInto(tab.mainFrame(), emailField(tab), EMAIL) })).extra);
        } else {
          const { extra } = await visit(await make(), { dist, interact: typeInWidget });
          keys[dist].email.push(...extra.email);
          keys[dist].card.push(...extra.card);
        }
      }
    }
    const plain = median(keys.control.map((k) => k.toPaint));
    const report = (build, field, measured) => {
      const toPaint = median(measured.map((k) => k.toPaint));
      const row = {
        build: build && buildName(build),
        variant,
        field,
        keys: measured.length,
        toRaf: round(median(measured.map((k) => k.toRaf))),
        toPaint: round(toPaint),
        toPaintP90: round(percentile90(measured.map((k) => k.toPaint))),
        increment: build ? round(toPaint - plain) : null,
      };
      figures.keystrokes.push(row);
      const increment = build ? ` · widget's increment ${row.increment >= 0 ? '+' : ''}${row.increment.toFixed(1)} ms` : '';
      console.log(`${`${variant}, ${field}${build ? label(build) : ''}`.padEnd(48)} key → rAF ${row.toRaf.toFixed(1).padStart(5)} ms, → paint ${row.toPaint.toFixed(1).padStart(5)} ms (p90 ${row.toPaintP90.toFixed(1)}, ${row.keys} keys)${increment}`);
    };
    report(null, 'plain input', keys.control);
    for (const dist of builds) {
      report(dist, 'email', keys[dist].email);
      report(dist, 'card number', keys[dist].card);
    }
  }

  // -------------------------------------------------------------------------------------------
  // The banner shows two minutes before expiry: a session that expires 2.25 minutes after it is
  // created shows it about 15 s in, late enough that ready, the error and the typing come first.
  heading('Layout shift after ready (one visit: a validation error, typing, the expiry countdown appearing)');
  const shifts = await visit(await createSession({ expiresAfterMinutes: 2.25 }), {
    interact: async (tab, marks) => {
      const now = () => tab.evaluate(() => performance.now());
      const phases = [];
      await tab.locator('button.pay').first().click();
      await tab.waitForTimeout(700);
      phases.push(['validation error (pay on an empty form)', await now()]);
      await typeInWidget(tab);
      phases.push(['typing (email, card number)', await now()]);
      await tab.waitForFunction(() => document.querySelector('xpay-checkout')?.shadowRoot?.querySelector('.countdown:not([hidden])'), null, { timeout: 60000, polling: 100 });
      await tab.waitForTimeout(1000);
      phases.push(['countdown appearing', await now()]);
      const entries = await tab.evaluate(() => window.__bench.shifts);
      return phases.map(([phase, end], i) => {
        const inPhase = entries.filter((e) => e.at >= (i ? phases[i - 1][1] : marks.ready) && e.at < end);
        const sum = (list) => round(list.reduce((total, e) => total + e.value, 0), 4);
        return { phase, cls: sum(inPhase.filter((e) => !e.hadRecentInput)), all: sum(inPhase) };
      });
    },
  });
  const phases = shifts.extra;
  figures.layoutShift = {
    build: buildName(DIST),
    phases,
    cls: round(phases.reduce((sum, p) => sum + p.cls, 0), 4),
    all: round(phases.reduce((sum, p) => sum + p.all, 0), 4),
  };
  for (const p of phases) console.log(`${p.phase.padEnd(48)} CLS ${p.cls.toFixed(4)} (all shifts, input-led included: ${p.all.toFixed(4)})`);
  console.log(`${'total from ready'.padEnd(48)} CLS ${figures.layoutShift.cls.toFixed(4)} (all shifts: ${figures.layoutShift.all.toFixed(4)})`);

  // -------------------------------------------------------------------------------------------
  // Leaks: mount and destroy many times on one page; the heap should level off after the first
  // cycles (the chunks' code, Lit's template cache, ICU data), not grow with the cycles.
  const samples = [...new Set([10, 50, 100, 200].filter((n) => n < CYCLES).concat(CYCLES))];
  heading(`Memory (one page, ${samples.join(' / ')} × mount → ready → destroy, forced GC ×3 before each sample)`);
  /** Used JS heap and live DOM nodes through the DevTools protocol, after forced garbage collections. */
  async function heap(tab) {
    const cdp = await tab.context().newCDPSession(tab);
    await tab.waitForTimeout(500);
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    const metric = (name) => metrics.find((m) => m.name === name).value;
    return { jsHeap: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
  }
  const session = await createSession();
  const tab = await browser.newPage();
  await tab.goto(`${origin}/run/0/?api=${encodeURIComponent(sandbox.apiBase)}&secret=${encodeURIComponent(session.clientSecret)}`);
  await tab.waitForFunction(() => window.__ready !== undefined);
  const memory = [{ cycles: 0, ...(await heap(tab)) }];
  for (const cycles of samples) {
    await tab.evaluate(async ([apiBase, clientSecret, cycles]) => {
      for (let i = 0; i < cycles; i += 1) {
        const checkout = await window.XPayCheckout.initEmbeddedCheckout({ apiBase, clientSecret });
        // Both listeners go once either fires: one left behind would keep this cycle's checkout alive.
        const settled = new AbortController();
        const ready = new Promise((done) => {
          for (const name of ['xpay-ready', 'xpay-error']) document.addEventListener(name, done, { signal: settled.signal });
        });
        checkout.mount('#c');
        await ready;
        settled.abort();
        checkout.destroy();
        // The page's resource-timing buffer (a few entries per cycle, up to 250) is the browser's, not the widget's.
        performance.clearResourceTimings();
      }
    }, [sandbox.apiBase, session.clientSecret, cycles - memory.at(-1).cycles]);
    memory.push({ cycles, ...(await heap(tab)) });
  }
  await tab.close();
  figures.memory = { build: buildName(DIST), samples: memory };
  for (const s of memory) console.log(`${String(s.cycles).padStart(4)} cycles: JS heap ${kb(s.jsHeap).padStart(10)}, ${s.nodes} DOM nodes`);
}

await browser.close();
server.close();
await sandbox.close();
for (const copy of copyOf.values()) rmSync(copy, { recursive: true, force: true });
results.machine.loadAverage.end = loadavg();
results.durationSeconds = round((performance.now() - started) / 1000, 0);
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nload average at the end ${loadavg().map((v) => v.toFixed(2)).join(' ')}; figures written to ${relative(process.cwd(), RESULTS)}`);
