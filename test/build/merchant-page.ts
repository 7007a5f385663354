// Helpers for the tests of the built artefacts in dist/ (`npm test` builds first). Nothing here
// imports src/: a page that runs the bundle must not also run the source build.

export type XPayGlobal = {
  initEmbeddedCheckout: (options: Record<string, unknown>) => Promise<{ mount(t: string | Element): void; unmount(): void; destroy(): void }>;
  XPayCheckout?: CustomElementConstructor;
  XPayOrderSummary?: CustomElementConstructor;
  XPayExpiredNotice?: CustomElementConstructor;
};
export type FrameWindow = Window & typeof globalThis & { XPayCheckout: XPayGlobal };

export interface MerchantPage {
  win: FrameWindow;
  doc: Document;
  frame: HTMLIFrameElement;
  /** Every `fetch` the page made after the script tag ran (the widget's API calls). */
  requests: string[];
}

/** A fresh page that loads the built script with a plain classic <script src>, as a merchant would. */
export async function merchantPage(scriptUrl = '/dist/xpay-checkout.iife.js'): Promise<MerchantPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  document.body.append(frame);
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  doc.body.innerHTML = '<div id="checkout"></div><div id="second"></div>';
  const requests: string[] = [];
  const originalFetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return originalFetch(input, init);
  };
  const script = doc.createElement('script');
  script.src = scriptUrl;
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    doc.head.append(script);
  });
  return { win, doc, frame, requests };
}

/** Paths of the files a page has loaded (resource timing), in the order they finished. */
export function loadedPaths(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

/** A built file's name without its content hash: `/dist/esm/payment-Bsp6G6do.js` → `esm/payment.js`. */
export const logicalName = (path: string) => path.replace(/^.*?\/dist\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1');

/** Bytes of a file as a CDN sends it with gzip (the browser's own CompressionStream). */
export async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} was not built (${response.status})`);
  const compressed = response.body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(compressed).arrayBuffer()).byteLength;
}

/** Relative specifiers a minified ES module imports statically (`import … from"./x.js"`, `export … from`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+)\1/g)].map((m) => m[2]);
}

/** Relative specifiers of its `import("./x.js")` calls. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g)].map((m) => m[2]);
}
