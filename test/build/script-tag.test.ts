import { expect, waitUntil } from '@open-wc/testing';
import { shadow, waitForState } from '../support/checkout.js';
import { fill, fillCard, payButton } from '../support/form.js';
import { createSession, expireSession, testEnv } from '../support/sandbox.js';
import { sleep } from '../support/spies.js';
import { loadedPaths, merchantPage } from './merchant-page.js';

let token = 0;
/**
 * A merchant page on a copy of dist/ that has lost one chunk until `heal()`
 * (test/build/flaky-dist.mjs), with the page's console errors collected.
 */
async function pageWithMissing(chunk: 'core' | 'payment') {
  const base = `/flaky-dist/${chunk}/${Date.now()}-${(token += 1)}`;
  const page = await merchantPage(`${base}/xpay-checkout.iife.js`);
  const errors: string[] = [];
  page.win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return { ...page, errors, heal: () => fetch(`${base}/heal`) };
}

/** Every request for a built chunk, by its name: `payment` → `/…/esm/payment-<hash>.js?retry=1`, … */
function requestsFor(win: Window, chunk: string): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => new RegExp(`/esm/${chunk}-[\\w-]+\\.js$`).test(url.pathname))
    .map((url) => url.pathname + url.search);
}

/** Whether this browser fetches a module again after its fetch failed (whatwg/html#10327). */
async function browserRefetchesFailedModules(): Promise<boolean> {
  const base = `/flaky-dist/probe/${Date.now()}-${(token += 1)}`;
  const probe = `${base}/probe.js`;
  await import(/* @vite-ignore */ probe).catch(() => undefined);
  await fetch(`${base}/heal`);
  return import(/* @vite-ignore */ probe).then(
    () => true,
    () => false,
  );
}

describe('script-tag API (built IIFE)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('rejects bad options with a clear Error', async () => {
    const { win } = await merchantPage();
    const init = win.XPayCheckout.initEmbeddedCheckout;
    const rejection = async (options: unknown) => {
      try {
        await init(options as Record<string, unknown>);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a rejection');
    };
    expect(await rejection({ clientSecret: 'cs_1_secret_a' })).to.match(/"apiBase" is required/);
    expect(await rejection({ apiBase: testEnv.apiBase })).to.match(/exactly one of "clientSecret" and "fetchClientSecret"/);
    expect(await rejection({ apiBase: testEnv.apiBase, clientSecret: 'cs_1_secret_a', fetchClientSecret: async () => 'x' })).to.match(/exactly one/);
    expect(await rejection({ apiBase: testEnv.apiBase, clientSecret: 'cs_1_secret_a', onReady: 'nope' })).to.match(/"onReady" must be a function/);
    expect(await rejection({ apiBase: testEnv.apiBase, fetchClientSecret: async () => { throw new Error('server down'); } })).to.match(/"fetchClientSecret" failed/);
    expect(await rejection(null)).to.match(/options must be an object/);
  });

  it('mount on a missing selector throws; a whole purchase runs through the callbacks', async () => {
    const { win, doc } = await merchantPage();
    const session = await createSession({ merchantName: 'Script Tag Shop' });
    const seen: Record<string, unknown[]> = { ready: [], complete: [], error: [] };
    const checkout = await win.XPayCheckout.initEmbeddedCheckout({
      apiBase: testEnv.apiBase,
      fetchClientSecret: async () => session.clientSecret,
      onReady: (detail: unknown) => seen.ready.push(detail),
      onComplete: (detail: unknown) => seen.complete.push(detail),
      onError: (detail: unknown) => seen.error.push(detail),
    });
    expect(() => checkout.mount('#nowhere')).to.throw(/mount target "#nowhere" was not found/);
    checkout.mount('#checkout');
    const element = doc.querySelector('xpay-checkout') as HTMLElement & { updateComplete: Promise<boolean> };
    await waitForState(element as never, 'open');
    expect(seen.ready).to.deep.equal([{ sessionId: session.id }]);
    await fill(element as never, 'customerDetails.email', 'iife@example.com');
    await fillCard(element as never);
    (await payButton(element as never)).click();
    await waitForState(element as never, 'complete');
    expect(seen.complete).to.have.length(1);
    expect((seen.complete[0] as { sessionId: string }).sessionId).to.equal(session.id);
    expect(seen.error).to.deep.equal([]);
  });

  it('initEmbeddedCheckout called right after the script tag waits for the widget; the classes join the global once it has run', async () => {
    // The session first: while it is created, the widget's code would have time to arrive.
    const session = await createSession();
    const { win, doc, requests } = await merchantPage();
    // The tag has run, but the widget it imports is still on its way.
    expect(win.customElements.get('xpay-checkout') === undefined).to.equal(true);
    expect(typeof win.XPayCheckout.initEmbeddedCheckout).to.equal('function');
    const sessionGets = () => requests.filter((url) => url.endsWith(`/checkout/sessions/${session.id}/client`));
    const initializing = win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret });
    // The session travels while the widget's code does, not after it (issue 13).
    expect(sessionGets(), 'sent by the script tag itself').to.have.length(1);
    expect(win.customElements.get('xpay-checkout') === undefined, 'before the core had run').to.equal(true);
    const checkout = await initializing;
    checkout.mount('#checkout');
    await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    expect(sessionGets(), 'the widget took that answer instead of asking again').to.have.length(1);
    expect(win.XPayCheckout.XPayCheckout).to.equal(win.customElements.get('xpay-checkout'));
    expect(win.XPayCheckout.XPayOrderSummary).to.equal(win.customElements.get('xpay-order-summary'));
    expect(win.XPayCheckout.XPayExpiredNotice).to.equal(win.customElements.get('xpay-expired-notice'));
  });

  it('preloads the payment chunk as soon as the session answers open, and never for an expired one', async () => {
    const expired = await createSession();
    await expireSession(expired.id);
    const closed = await merchantPage();
    (await closed.win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: expired.clientSecret })).mount('#checkout');
    await waitForState(closed.doc.querySelector('xpay-checkout') as never, 'expired');
    expect(closed.doc.querySelectorAll('link[rel="modulepreload"]')).to.have.length(0);
    expect(loadedPaths(closed.win).filter((path) => path.includes('/esm/payment-'))).to.deep.equal([]);
    const frameHints = (doc: Document) => [...doc.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"], link[rel="preconnect"]')].map((link) => link.rel);
    expect(frameHints(closed.doc), 'nor the card frame').to.deep.equal([]);

    const session = await createSession();
    const { win, doc } = await merchantPage();
    (await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret })).mount('#checkout');
    await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    expect(preloads).to.have.length(1);
    expect(preloads[0]).to.match(/^\/dist\/esm\/payment-[\w-]+\.js$/);
    expect(loadedPaths(win).filter((path) => path === preloads[0]), 'preloaded and imported: one fetch').to.have.length(1);
    expect(frameHints(doc), 'the card frame warmed up for the form').to.deep.equal(['preconnect', 'prefetch']);
    // A second checkout on the page adds no second link (a page that mounts many must not grow).
    (await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: (await createSession()).clientSecret })).mount('#second');
    await waitForState(doc.querySelector('#second xpay-checkout') as never, 'open');
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).to.have.length(1);
  });

  it('pays for the locale data of number formatting while the core is still on its way, in a task of its own', async () => {
    // A core that never arrives: whatever formats a number here, the loader did.
    const { win } = await pageWithMissing('core');
    const created: string[] = [];
    const RealNumberFormat = win.Intl.NumberFormat;
    win.Intl.NumberFormat = function (locale: string, options?: Intl.NumberFormatOptions) {
      created.push(String(locale));
      return new RealNumberFormat(locale, options);
    } as unknown as typeof Intl.NumberFormat;
    const session = await createSession();
    const init = win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret, locale: 'de-DE' });
    expect(created, 'not inside the merchant call').to.deep.equal([]);
    await init.catch(() => undefined);
    await new Promise((resolve) => win.setTimeout(resolve));
    expect(created).to.deep.equal(['de-DE']);
  });

  it('shows the real summary while the payment code is still on its way, then the form in its place', async () => {
    const base = `/flaky-dist/hold-payment/${Date.now()}-${(token += 1)}`;
    const { win, doc } = await merchantPage(`${base}/xpay-checkout.iife.js`);
    const session = await createSession({ merchantName: 'Slow CDN Goods' });
    const ready: string[] = [];
    doc.addEventListener('xpay-ready', () => ready.push('ready'));
    (await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret })).mount('#checkout');
    const element = doc.querySelector('xpay-checkout')!;
    const summaryText = () => shadow(element).querySelector('xpay-order-summary')?.shadowRoot?.querySelector('.merchant-name')?.textContent;
    await waitUntil(() => summaryText() === 'Slow CDN Goods', 'the summary, before the payment chunk');
    expect(element.getAttribute('state')).to.equal('loading');
    expect(ready, 'not ready without a form').to.deep.equal([]);
    const main = shadow(element).querySelector('.main')!;
    expect(main.querySelector('xpay-payment-form')).to.equal(null);
    expect(main.querySelector('[role="status"][aria-busy="true"]')!.textContent!.trim()).to.equal('Loading checkout…');

    await fetch(`${base}/heal`);
    await waitForState(element as never, 'open');
    await waitUntil(() => ready.length === 1, 'ready once the form is in');
    expect(main.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(main.querySelector('xpay-payment-form')!.shadowRoot!.querySelector('form')).to.exist;
    expect(summaryText()).to.equal('Slow CDN Goods');
  });

  it('loads its chunks next to the script, once each: core and payment for an open session, extras only when used', async () => {
    const { win, doc } = await merchantPage();
    const plain = await createSession();
    const checkout = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: plain.clientSecret });
    checkout.mount('#checkout');
    await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    const matching = (pattern: RegExp) => loadedPaths(win).filter((path) => pattern.test(path));
    expect(matching(/^\/dist\/esm\/core-[\w-]+\.js$/)).to.have.length(1);
    expect(matching(/^\/dist\/esm\/payment-[\w-]+\.js$/)).to.have.length(1);
    expect(matching(/^\/dist\/esm\/extras-/)).to.deep.equal([]);
    // The script imports the core itself, not the npm entry's facade.
    expect(matching(/^\/dist\/xpay-checkout\.js$/)).to.deep.equal([]);
    expect(win.customElements.get('xpay-promo-code')).to.equal(undefined);

    const promo = await createSession({ allowPromotionCodes: true });
    const second = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: promo.clientSecret });
    second.mount('#second');
    await waitForState(doc.querySelector('#second xpay-checkout') as never, 'open');
    expect(matching(/^\/dist\/esm\/extras-[\w-]+\.js$/)).to.have.length(1);
    expect(matching(/^\/dist\/esm\/core-/), 'one core for both checkouts').to.have.length(1);
    expect(win.customElements.get('xpay-promo-code')).to.be.a('function');
    // The chunks ran against the page's one Lit: the promo element is a real, rendered element.
    const promoElement = shadow(doc.querySelector('#second xpay-checkout')!).querySelector('xpay-promo-code')!;
    expect(promoElement.shadowRoot!.querySelector('button')).to.exist;
  });

  it('a core that fails to load rejects initEmbeddedCheckout and says which file; the next call loads it', async () => {
    const { win, doc, errors, heal } = await pageWithMissing('core');
    const session = await createSession();
    let rejection: unknown;
    await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret }).catch((error: unknown) => (rejection = error));
    expect(rejection).to.be.instanceOf(win.Error);
    expect(errors.join('\n')).to.match(/could not load esm\/core-[\w-]+\.js next to the script/);

    await heal();
    if (await browserRefetchesFailedModules()) {
      const checkout = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret });
      checkout.mount('#checkout');
      await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    } else {
      // Chromium keeps the failure until a reload; a core at a second URL would be a second copy of the widget.
      expect(errors.join('\n')).to.include('asks for it again only after a page reload');
      const again = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret }).catch((error: unknown) => error);
      expect(again).to.be.instanceOf(win.Error);
    }
    expect(new Set(requestsFor(win, 'core')), 'the core only ever at its one URL').to.have.lengthOf(1);
  });

  it('a chunk that fails to load is an error with Retry that loads it again, and says which chunk', async () => {
    const { win, doc, errors, heal } = await pageWithMissing('payment');
    const session = await createSession();
    const seen: { code: string }[] = [];
    const checkout = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret, onError: (detail: unknown) => seen.push(detail as { code: string }) });
    checkout.mount('#checkout');
    const element = doc.querySelector('xpay-checkout')!;
    await waitForState(element as never, 'error');
    expect(seen.map((detail) => detail.code)).to.deep.equal(['network']);
    expect(errors.join('\n')).to.include('could not load the payment chunk');

    await heal();
    const failedRequests = requestsFor(win, 'payment').length;
    shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitForState(element as never, 'open');
    expect(requestsFor(win, 'payment').length, 'payment asked again').to.be.above(failedRequests);
    expect(new Set(requestsFor(win, 'core')), 'one core').to.have.lengthOf(1);
    expect(win.customElements.get('xpay-payment-form')).to.be.a('function');
  });

  it('two instances live on one page, each with its own session', async () => {
    const { win, doc } = await merchantPage();
    const first = await createSession({ merchantName: 'First' });
    const second = await createSession({ merchantName: 'Second', currency: 'KWD', locale: 'de' });
    const a = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: first.clientSecret });
    const b = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: second.clientSecret });
    a.mount('#checkout');
    b.mount(doc.querySelector('#second')!);
    const [elementA, elementB] = doc.querySelectorAll('xpay-checkout');
    await waitForState(elementA as never, 'open');
    await waitForState(elementB as never, 'open');
    const summaryOf = (element: Element) => shadow(shadow(element).querySelector('xpay-order-summary')!).textContent!;
    expect(summaryOf(elementA)).to.include('First');
    expect(summaryOf(elementB)).to.include('Second');
    expect(summaryOf(elementB)).to.include('KWD');
    // Each in its own language: the German catalog came from next to the script.
    expect(shadow(elementB).querySelector('.root')!.getAttribute('lang')).to.equal('de');
    expect(shadow(elementA).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(loadedPaths(win).some((path) => /^\/dist\/esm\/de-[\w-]+\.js$/.test(path))).to.equal(true);
  });

  it('destroy is safe while loading, idempotent, and stops every request; unmount can mount again', async () => {
    const { win, doc, requests } = await merchantPage();
    const session = await createSession({ sandbox: { eventStream: false } });
    const checkout = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret, pollInterval: 300 });
    checkout.mount('#checkout');
    checkout.destroy();
    checkout.destroy();
    expect(doc.querySelector('xpay-checkout')).to.equal(null);
    expect(() => checkout.mount('#checkout')).to.throw(/destroyed/);

    const again = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret, pollInterval: 300 });
    again.mount('#checkout');
    await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    again.unmount();
    again.mount('#checkout');
    await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    await sleep(400);
    again.destroy();
    const count = requests.length;
    await sleep(1000);
    expect(requests.length).to.equal(count);
  });
});
