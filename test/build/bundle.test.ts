import { expect } from '@open-wc/testing';

/** `npm test` builds first; these read the real artefacts from dist/. */
const IIFE_URL = '/dist/xpay-checkout.iife.js';
const ES_URL = '/dist/xpay-checkout.js';
const IIFE_GZIP_LIMIT = 35 * 1024;

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  expect(response.ok, `${url} was built`).to.equal(true);
  const compressed = response.body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(compressed).arrayBuffer()).byteLength;
}

describe('built bundles', () => {
  it(`the IIFE stays under ${IIFE_GZIP_LIMIT / 1024} KB gzip`, async () => {
    const size = await gzipSize(IIFE_URL);
    console.log(`xpay-checkout.iife.js: ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).to.be.lessThan(IIFE_GZIP_LIMIT);
  });

  it('the IIFE is a classic script that defines the element and window.XPayCheckout', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const frameWindow = frame.contentWindow as Window & { XPayCheckout?: Record<string, unknown> };
    const script = frameWindow.document.createElement('script');
    script.src = IIFE_URL;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    frameWindow.document.head.append(script);
    await loaded;
    expect(script.type).to.equal('');
    expect(typeof frameWindow.XPayCheckout!.initEmbeddedCheckout).to.equal('function');
    expect(frameWindow.customElements.get('xpay-checkout')).to.be.a('function');
    frame.remove();
  });

  it('the ES module exports the same API', async () => {
    const module = await import(/* @vite-ignore */ `${ES_URL}?${Date.now()}`);
    expect(typeof module.initEmbeddedCheckout).to.equal('function');
    // This page imports nothing else, so the element registered here is the bundle's own.
    expect(customElements.get('xpay-checkout')).to.equal(module.XPayCheckout);
  });

  it('the ES module loads its own chunks: an open session renders its payment form', async () => {
    // Not support/checkout.ts: it imports the source build, which must not mix with the bundle here.
    const { createSession, testEnv } = await import('../support/sandbox.js');
    const session = await createSession({ locale: 'fr' });
    const element = document.createElement('xpay-checkout') as HTMLElement & { clientSecret: string; apiBase: string };
    element.clientSecret = session.clientSecret;
    element.apiBase = testEnv.apiBase;
    document.body.append(element);
    for (let waited = 0; element.getAttribute('state') !== 'open'; waited += 50) {
      if (waited > 8000) throw new Error(`still "${element.getAttribute('state')}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.some((path) => /^\/dist\/esm\/payment-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(loaded.some((path) => /^\/dist\/esm\/fr-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(customElements.get('xpay-payment-form')).to.be.a('function');
    element.remove();
  });
});
