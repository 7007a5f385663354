import { expect } from '@open-wc/testing';
import { shadow, waitForState } from '../support/checkout.js';
import { fill, fillCard, payButton } from '../support/form.js';
import { createSession, testEnv } from '../support/sandbox.js';
import { sleep } from '../support/spies.js';

type XPayGlobal = {
  initEmbeddedCheckout: (options: Record<string, unknown>) => Promise<{ mount(t: string | Element): void; unmount(): void; destroy(): void }>;
};
type FrameWindow = Window & typeof globalThis & { XPayCheckout: XPayGlobal };

/** A fresh page that loads the built IIFE with a plain classic <script src>, as a merchant would. */
async function merchantPage(scriptUrl = '/dist/xpay-checkout.iife.js'): Promise<{ win: FrameWindow; doc: Document; frame: HTMLIFrameElement; requests: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  document.body.append(frame);
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  doc.body.innerHTML = '<div id="checkout"></div><div id="second"></div>';
  const script = doc.createElement('script');
  script.src = scriptUrl;
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    doc.head.append(script);
  });
  const requests: string[] = [];
  const originalFetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return originalFetch(input, init);
  };
  return { win, doc, frame, requests };
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

  it('loads its chunks next to the script: the payment chunk for an open session, extras only when used', async () => {
    const { win, doc } = await merchantPage();
    const plain = await createSession();
    const checkout = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: plain.clientSecret });
    checkout.mount('#checkout');
    await waitForState(doc.querySelector('xpay-checkout') as never, 'open');
    const loaded = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded()).to.include('/dist/xpay-checkout-payment.js');
    expect(loaded()).to.not.include('/dist/xpay-checkout-extras.js');
    expect(win.customElements.get('xpay-promo-code')).to.equal(undefined);

    const promo = await createSession({ allowPromotionCodes: true });
    const second = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: promo.clientSecret });
    second.mount('#second');
    await waitForState(doc.querySelector('#second xpay-checkout') as never, 'open');
    expect(loaded()).to.include('/dist/xpay-checkout-extras.js');
    expect(win.customElements.get('xpay-promo-code')).to.be.a('function');
    // The chunks ran against the page's one Lit: the promo element is a real, rendered element.
    const promoElement = shadow(doc.querySelector('#second xpay-checkout')!).querySelector('xpay-promo-code')!;
    expect(promoElement.shadowRoot!.querySelector('button')).to.exist;
  });

  it('a chunk that fails to load is an error with Retry that loads it again, and says which file', async () => {
    const { win, doc } = await merchantPage('/flaky-cdn/xpay-checkout.iife.js');
    const errors: string[] = [];
    const originalError = win.console.error;
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const session = await createSession();
    const seen: { code: string }[] = [];
    const checkout = await win.XPayCheckout.initEmbeddedCheckout({ apiBase: testEnv.apiBase, clientSecret: session.clientSecret, onError: (detail: unknown) => seen.push(detail as { code: string }) });
    checkout.mount('#checkout');
    const element = doc.querySelector('xpay-checkout')!;
    await waitForState(element as never, 'error');
    win.console.error = originalError;
    expect(seen.map((detail) => detail.code)).to.deep.equal(['network']);
    expect(errors.join('\n')).to.include('could not load xpay-checkout-payment.js next to the script');
    shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitForState(element as never, 'open');
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    const attempts = loaded.filter((url) => url.pathname === '/flaky-cdn/xpay-checkout-payment.js').map((url) => url.search);
    const version = (await (await fetch('/package.json')).json()).version;
    expect(attempts).to.deep.equal([`?v=${version}`, `?v=${version}&retry=1`, `?v=${version}&retry=2`]);
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
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/locales/de.js');
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
