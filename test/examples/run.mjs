// The framework examples (examples/react, examples/vue, examples/svelte), as a merchant builds
// them: the package is packed (`npm pack`, after `npm run build`), each example installs that
// tarball with `npm ci` and builds with Vite, its own server serves the build on one origin and
// creates the session, the sandbox is another origin, and Chromium pays as a customer would
// (email, then the card typed into the provider's cross-origin frame). Each example must show
// "Paid". React runs twice: the production build, and a development build where StrictMode
// really renders and runs effects twice (one widget, one session created, one session load).
//
//   npm run build && node test/examples/run.mjs [react|vue|svelte ...]
//   XPAY_EXAMPLES_TARBALL=some.tgz node test/examples/run.mjs   (a tarball packed before)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startSandbox } from '../../sandbox/server.mjs';
import { cardFrame } from '../card-frame/frame-commands.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES_DIR = join(ROOT, 'examples');
const TARBALL = join(EXAMPLES_DIR, 'xpay-embedded-checkout.tgz');
const PACKAGE = 'xpay-embedded-checkout';
const ALL = ['react', 'vue', 'svelte'];
const PAY_TIMEOUT = 20_000;
const OVERALL_TIMEOUT = 240_000;

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const name of chosen) if (!ALL.includes(name)) throw new Error(`unknown example ${name} (${ALL.join(', ')})`);

/** Children still running (npm ci, builds), ended by the watchdog. */
const children = new Set();
const progress = (message) => console.log(`  [${seconds(started)}] ${message}`);

// A hung install or browser must not hang `npm test`.
const watchdog = setTimeout(() => {
  console.error(`framework examples: gave up after ${OVERALL_TIMEOUT / 1000} s`);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
}, OVERALL_TIMEOUT);
watchdog.unref();

/** Runs a command; resolves with its output, rejects with the output on a non-zero exit. */
function run(command, args, { cwd, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code} in ${cwd}\n${output.trim().split('\n').slice(-40).join('\n')}`));
    });
  });
}

/** `npm pack` of the repository as it was built (the test step runs after `npm run build`). */
async function pack() {
  // XPAY_EXAMPLES_TARBALL: a tarball packed before (e.g. while dist/ is being rebuilt).
  if (process.env.XPAY_EXAMPLES_TARBALL) {
    copyFileSync(process.env.XPAY_EXAMPLES_TARBALL, TARBALL);
    return createHash('sha256').update(readFileSync(TARBALL)).digest('hex').slice(0, 12);
  }
  if (!existsSync(join(ROOT, 'dist', 'xpay-checkout.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const destination = mkdtempSync(join(tmpdir(), 'xpay-pack-'));
  const output = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: ROOT });
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
  copyFileSync(join(destination, filename), TARBALL);
  rmSync(destination, { recursive: true, force: true });
  return createHash('sha256').update(readFileSync(TARBALL)).digest('hex').slice(0, 12);
}

/**
 * The example's lockfile must take the tarball as it is now: no `integrity` on it (with one,
 * `npm ci` installs the copy cached under that hash, not the fresh build), and the package's own
 * dependencies as packed (else `npm install` in the example, see examples/README.md).
 */
function checkLockfile(name) {
  const lock = JSON.parse(readFileSync(join(EXAMPLES_DIR, name, 'package-lock.json'), 'utf8'));
  const entry = lock.packages?.[`node_modules/${PACKAGE}`];
  if (!entry) throw new Error(`examples/${name}/package-lock.json has no ${PACKAGE}: run \`node examples/lockfiles.mjs\``);
  if (entry.integrity) throw new Error(`examples/${name}/package-lock.json pins the tarball's integrity, so npm ci would install a stale cached copy: run \`node examples/lockfiles.mjs\``);
  const packed = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies ?? {};
  if (JSON.stringify(entry.dependencies ?? {}) !== JSON.stringify(packed)) {
    throw new Error(`examples/${name}/package-lock.json lists ${PACKAGE}'s dependencies as ${JSON.stringify(entry.dependencies)}, the package has ${JSON.stringify(packed)}: run \`node examples/lockfiles.mjs\``);
  }
}

/** npm ci with the fresh tarball, then the example's own build (type check + Vite). */
async function prepare(name, apiBase) {
  const cwd = join(EXAMPLES_DIR, name);
  const env = { VITE_XPAY_API_BASE: apiBase };
  const since = Date.now();
  checkLockfile(name);
  // node_modules (gitignored) is kept between runs: when it was installed from this very lockfile,
  // only the package itself is swapped for the fresh tarball; else a clean `npm ci`.
  const stampFile = join(cwd, 'node_modules', '.xpay-examples-stamp');
  const stamp = createHash('sha256')
    .update(readFileSync(join(cwd, 'package.json')))
    .update(readFileSync(join(cwd, 'package-lock.json')))
    .digest('hex');
  let how = 'npm ci';
  if (process.env.CI !== 'true' && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    const target = join(cwd, 'node_modules', PACKAGE);
    const unpacked = mkdtempSync(join(cwd, 'node_modules', '.xpay-unpack-'));
    await run('tar', ['xzf', TARBALL, '-C', unpacked], { cwd });
    rmSync(target, { recursive: true, force: true });
    renameSync(join(unpacked, 'package'), target);
    rmSync(unpacked, { recursive: true, force: true });
    how = 'node_modules kept, tarball swapped in';
  } else {
    await run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd });
    writeFileSync(stampFile, stamp);
  }
  const installed = seconds(since);
  progress(`${name}: installed in ${installed} (${how})`);
  const builds = [{ label: `${name}`, dir: 'dist', strict: false }];
  await run('npm', ['run', 'build'], { cwd, env });
  if (name === 'react') {
    // StrictMode double-renders and double-runs effects in development builds only.
    await run('node', ['node_modules/vite/bin/vite.js', 'build', '--mode', 'development', '--outDir', 'dist-dev', '--logLevel', 'error'], {
      cwd,
      env: { ...env, NODE_ENV: 'development' },
    });
    builds.push({ label: 'react (development build, StrictMode double mount)', dir: 'dist-dev', strict: true });
  }
  progress(`${name}: built`);
  return { builds, timing: `install ${installed}, build ${seconds(since)} total` };
}

/** Serialises the browser part: one customer at the keyboard at a time. */
let browserQueue = Promise.resolve();
const inBrowserQueue = (task) => (browserQueue = browserQueue.then(task, task));

const SESSION_LOAD = /\/v1\/checkout\/sessions\/[^/]+\/client$/;

/** Opens the built example and pays as a customer; throws on any failed expectation. */
async function pay(browser, name, build, apiBase) {
  const { startShop } = await import(pathToFileURL(join(EXAMPLES_DIR, 'server.mjs')).href);
  const shop = await startShop({ port: 0, apiBase, secretKey: 'sk_test_examples', root: join(EXAMPLES_DIR, name, build.dir) });
  const context = await browser.createBrowserContext();
  const problems = [];
  const counts = { creates: 0, loads: 0 };
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAY_TIMEOUT);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // The widget closes its event stream once the session is complete.
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/client/events')) return;
      problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.method() === 'POST' && pathname === '/api/checkout-session') counts.creates += 1;
      if (request.method() === 'GET' && SESSION_LOAD.test(pathname)) counts.loads += 1;
    });
    if (build.strict) {
      // A stand-in for React DevTools' hook: React hands it the renderer, whose bundleType says
      // whether this is the development build (1), the one where StrictMode double-mounts.
      await page.evaluateOnNewDocument(() => {
        window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
          isDisabled: false,
          supportsFiber: true,
          renderers: new Map(),
          inject(renderer) {
            window.__reactBundleType = renderer.bundleType;
            return 1;
          },
          onCommitFiberRoot() {},
          onCommitFiberUnmount() {},
          onPostCommitFiberRoot() {},
          checkDCE() {},
        };
      });
    }

    await page.goto(`${shop.origin}/`);
    await page.waitForSelector('xpay-checkout[state="open"]');

    // The customer: email first, then the card in the provider's frame, then Pay.
    const email = await page.waitForSelector('xpay-checkout >>> [name="customerDetails.email"]');
    await email.click();
    await page.keyboard.type('customer@example.com');
    const frame = await cardFrame(page, { timeout: PAY_TIMEOUT });
    for (const [field, text] of [['number', '4242 4242 4242 4242'], ['expiry', '12 / 34'], ['cvc', '123']]) {
      await (await frame.$(`#${field}`)).click();
      await page.keyboard.type(text);
    }
    // The widget hears the frame by postMessage: pay once it knows the card is complete.
    await page.waitForFunction(() => {
      const form = document.querySelector('xpay-checkout')?.shadowRoot?.querySelector('xpay-payment-form');
      return form?.shadowRoot?.querySelector('xpay-card-input')?.state?.complete === true;
    });
    const typedEmail = await email.evaluate((input) => input.value);
    if (typedEmail !== 'customer@example.com') throw new Error(`the email field holds ${JSON.stringify(typedEmail)}`);
    const loadsBeforePay = counts.loads;
    await (await page.waitForSelector('xpay-checkout >>> [part="pay-button"]')).click();

    await page.waitForFunction(() => /Paid/.test(document.querySelector('#status')?.textContent ?? ''), { timeout: PAY_TIMEOUT }).catch(async () => {
      const state = await page.evaluate(() => document.querySelector('xpay-checkout')?.getAttribute('state'));
      throw new Error(`no "Paid" message within ${PAY_TIMEOUT / 1000} s (checkout state: ${state})`);
    });
    await page.waitForSelector('xpay-checkout[state="complete"]');

    const widgets = await page.evaluate(() => document.querySelectorAll('xpay-checkout').length);
    if (widgets !== 1) throw new Error(`${widgets} <xpay-checkout> elements on the page, not one`);
    if (counts.creates !== 1) throw new Error(`${counts.creates} sessions created, not one`);
    if (build.strict) {
      const bundleType = await page.evaluate(() => window.__reactBundleType);
      if (bundleType !== 1) throw new Error(`not React's development build (bundleType ${bundleType}): StrictMode did not double-mount`);
      if (loadsBeforePay !== 1) throw new Error(`${loadsBeforePay} session loads before paying, not one`);
    }
    // Late errors (a second load failing, a stray request) surface before judging: wait until the
    // page has stopped talking to the network (the event stream ends with the payment).
    await page.waitForNetworkIdle({ idleTime: 250, timeout: PAY_TIMEOUT });
    if (problems.length) throw new Error(problems.join('\n'));
    return `${counts.creates} session created, ${loadsBeforePay} session load`;
  } finally {
    await context.close().catch(() => {});
    await shop.close();
  }
}

const sandboxErrors = [];
const results = [];
let sandbox;
let browser;
try {
  const [hash, startedSandbox] = await Promise.all([
    pack(),
    startSandbox({ port: 0, log: (message, error) => sandboxErrors.push(`${message} ${error?.stack ?? error ?? ''}`) }),
  ]);
  sandbox = startedSandbox;
  console.log(`packed ${PACKAGE} (sha256 ${hash}) in ${seconds(started)}; sandbox at ${sandbox.apiBase}`);
  const launching = puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  launching.catch(() => {});

  await Promise.all(
    chosen.map(async (name) => {
      let prepared;
      try {
        prepared = await prepare(name, sandbox.apiBase);
      } catch (error) {
        results.push({ label: name, ok: false, detail: `install/build failed: ${error.message}` });
        return;
      }
      browser ??= await launching;
      for (const build of prepared.builds) {
        await inBrowserQueue(async () => {
          const since = Date.now();
          try {
            const detail = await pay(browser, name, build, sandbox.apiBase);
            results.push({ label: build.label, ok: true, detail: `paid in ${seconds(since)} (${detail}; ${prepared.timing})` });
          } catch (error) {
            results.push({ label: build.label, ok: false, detail: error.message });
          }
        });
      }
    }),
  );
} catch (error) {
  results.push({ label: 'setup', ok: false, detail: error.stack ?? String(error) });
} finally {
  await browser?.close().catch(() => {});
  await sandbox?.close();
}

if (sandboxErrors.length) results.push({ label: 'sandbox', ok: false, detail: sandboxErrors.join('\n') });
for (const { label, ok, detail } of results) console.log(`${ok ? '✓' : '✗'} ${label}: ${detail.replace(/\n/g, '\n    ')}`);
const failed = results.filter((result) => !result.ok).length;
console.log(`framework examples: ${results.length - failed} passed, ${failed} failed in ${seconds(started)}`);
process.exit(failed ? 1 : 0);
