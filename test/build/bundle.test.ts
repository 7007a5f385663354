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
});
