import { expect } from '@open-wc/testing';
import { confirm, confirmBody, createSession, expireSession, testEnv } from '../support/sandbox.js';
import { dynamicImports, gzipSize, loadedPaths, logicalName, merchantPage, staticImports } from './merchant-page.js';
import { BASELINE, BUDGETS, KB } from './size-budget.js';

/** `npm test` builds first; these read the real artefacts from dist/. */
const SCRIPT_URL = '/dist/xpay-checkout.iife.js';
const ES_URL = '/dist/xpay-checkout.js';

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const text = async (url: string) => {
  const response = await fetch(url);
  expect(response.ok, `${url} was built`).to.equal(true);
  return response.text();
};

/**
 * The widget files a merchant page fetched until the checkout showed what it loaded: `xpay-ready`,
 * or for a session that cannot load, its error.
 */
async function downloadsUntilReady(session: { clientSecret: string }, { until = 'ready' }: { until?: 'ready' | 'error' } = {}): Promise<{ file: string; gzip: number }[]> {
  const { win, frame } = await merchantPage();
  try {
    await new Promise((resolve, reject) => {
      const [onReady, onError] = until === 'ready' ? [resolve, reject] : [reject, resolve];
      win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret, onReady, onError }).then((checkout) => checkout.mount('#checkout'), reject);
    });
    const files = loadedPaths(win).filter((path) => path.startsWith('/dist/'));
    return Promise.all(files.map(async (file) => ({ file: logicalName(file), gzip: await gzipSize(file) })));
  } finally {
    frame.remove();
  }
}

/** A session that can take no payment needs none of the payment code. */
function expectNoPaymentCode(files: { file: string }[]): void {
  expect(files.map(({ file }) => file)).to.not.include('esm/payment.js');
}

/** Fails with the whole table, each file against BASELINE, the biggest growth first. */
function expectWithin(situation: string, files: { file: string; gzip: number }[], budget: number): void {
  const total = files.reduce((sum, { gzip }) => sum + gzip, 0);
  const table = files
    .map(({ file, gzip }) => ({ file, gzip, grew: gzip - (BASELINE[file] ?? 0) }))
    .sort((a, b) => b.grew - a.grew)
    .map(({ file, gzip, grew }) => `  ${file.padEnd(26)} ${kb(gzip).padStart(8)}  ${file in BASELINE ? `${grew >= 0 ? '+' : ''}${grew} B since the budgets were set` : 'not there when the budgets were set'}`)
    .join('\n');
  console.log(`${situation}: ${kb(total)} gzip of ${kb(budget)} (${files.map(({ file, gzip }) => `${file} ${kb(gzip)}`).join(', ')})`);
  expect(total, `${situation} downloads ${kb(total)}, over its ${kb(budget)} budget; what grew:\n${table}\n`).to.be.at.most(budget);
}

describe('built bundles', () => {
  describe('what a customer downloads through the script tag before the checkout is ready', () => {
    it(`the script tag itself stays under ${kb(BUDGETS.loader)} gzip`, async () => {
      expectWithin('script tag', [{ file: logicalName(SCRIPT_URL), gzip: await gzipSize(SCRIPT_URL) }], BUDGETS.loader);
    });

    it(`an expired session, under ${kb(BUDGETS.expired)}, without the payment code`, async () => {
      const session = await createSession();
      await expireSession(session.id);
      const files = await downloadsUntilReady(session);
      expectNoPaymentCode(files);
      expectWithin('expired session', files, BUDGETS.expired);
    });

    it(`a paid session, under ${kb(BUDGETS.expired)}, without the payment code`, async () => {
      const session = await createSession();
      expect((await confirm(session, await confirmBody(session))).status).to.equal(200);
      const files = await downloadsUntilReady(session);
      expectNoPaymentCode(files);
      expectWithin('paid session', files, BUDGETS.expired);
    });

    it(`a session that cannot load, under ${kb(BUDGETS.expired)}, without the payment code`, async () => {
      const files = await downloadsUntilReady({ clientSecret: 'cs_test_unknown_secret_abc123' }, { until: 'error' });
      expectNoPaymentCode(files);
      expectWithin('unknown session', files, BUDGETS.expired);
    });

    it(`an open session, under ${kb(BUDGETS.open)}`, async () => {
      expectWithin('open session', await downloadsUntilReady(await createSession()), BUDGETS.open);
    });

    it(`an open session with promotion codes (extras), under ${kb(BUDGETS.extras)}`, async () => {
      expectWithin('open with extras', await downloadsUntilReady(await createSession({ allowPromotionCodes: true })), BUDGETS.extras);
    });

    it(`an open session offering valU, a wallet and Fawry, under ${kb(BUDGETS.localMethods)}`, async () => {
      const files = await downloadsUntilReady(await createSession({ paymentMethodTypes: ['card', 'valu', 'wallet', 'fawry'] }));
      expect(files.map(({ file }) => file)).to.include('esm/local-methods.js');
      expectWithin('open with local methods', files, BUDGETS.localMethods);
    });

    it(`an open session in French, under ${kb(BUDGETS.locale)}`, async () => {
      const files = await downloadsUntilReady(await createSession({ locale: 'fr' }));
      expect(files.map(({ file }) => file)).to.include('esm/fr.js');
      expectWithin('open in French', files, BUDGETS.locale);
    });
  });

  it('the script tag is a classic script with no imports, and imports the core chunk next to it', async () => {
    const loader = await text(SCRIPT_URL);
    expect(loader).to.not.match(/^\s*(import|export)\b/m);
    expect(staticImports(loader)).to.deep.equal([]);
    const facade = await text(ES_URL);
    const [core] = staticImports(facade);
    expect(core).to.match(/^\.\/esm\/core-[\w-]+\.js$/);
    // The very URL every lazy chunk imports, so the page runs one core; no query string.
    expect(loader).to.include(`${core.slice(2)}\``);
  });

  it('the ES build is a facade of one core; every lazy chunk imports only the core (no second hop)', async () => {
    const facade = await text(ES_URL);
    const imported = staticImports(facade);
    expect(imported, 'the facade re-exports the core only').to.have.length(1);
    expect(facade.trim()).to.match(/^export\s*\{[^}]*\}\s*from\s*["'`]\.\/esm\/core-[\w-]+\.js["'`];?(\n\/\/#.*)?$/);
    const coreUrl = new URL(imported[0], new URL(ES_URL, location.href));
    const core = await text(coreUrl.href);
    expect(staticImports(core), 'the core imports nothing').to.deep.equal([]);
    const lazy = dynamicImports(core);
    const names = lazy.map((specifier) => logicalName(`/dist/esm/${specifier.slice(2)}`));
    expect(names).to.include.members(['esm/payment.js', 'esm/extras.js', 'esm/fr.js', 'esm/de.js']);
    for (const specifier of lazy) {
      const chunk = await text(new URL(specifier, coreUrl).href);
      for (const dependency of staticImports(chunk)) expect(new URL(dependency, new URL(specifier, coreUrl)).href, `${specifier} imports ${dependency}`).to.equal(coreUrl.href);
    }
  });

  it('the ES module exports the same API', async () => {
    const module = await import(/* @vite-ignore */ `${ES_URL}?${Date.now()}`);
    expect(Object.keys(module).sort()).to.deep.equal(['XPayCheckout', 'XPayExpiredNotice', 'XPayOrderSummary', 'initEmbeddedCheckout']);
    expect(typeof module.initEmbeddedCheckout).to.equal('function');
    // This page imports nothing else, so the element registered here is the bundle's own.
    expect(customElements.get('xpay-checkout')).to.equal(module.XPayCheckout);
  });

  it('the ES module loads its own chunks: an open session renders its payment form', async () => {
    const session = await createSession({ locale: 'fr' });
    const element = document.createElement('xpay-checkout') as HTMLElement & { clientSecret: string; apiBase: string };
    element.clientSecret = session.clientSecret;
    element.apiBase = testEnv.apiBase;
    const ready = new Promise((resolve) => element.addEventListener('xpay-ready', resolve, { once: true }));
    document.body.append(element);
    await ready;
    expect(element.getAttribute('state')).to.equal('open');
    const loaded = loadedPaths(window);
    expect(loaded.some((path) => /^\/dist\/esm\/payment-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(loaded.some((path) => /^\/dist\/esm\/fr-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(customElements.get('xpay-payment-form')).to.be.a('function');
    element.remove();
  });
});
