/**
 * `dist/xpay-checkout.iife.js`, the classic script a merchant puts on the page (Shoelace
 * autoloader style). It holds none of the widget: it imports the code-split ES build that sits
 * next to it, so script-tag and npm users run the very same chunks, and the widget needs one
 * build instead of a core, feature and catalog pass glued together by a shared Lit runtime.
 *
 * It must stay a classic script with no imports of its own (type imports are erased), and it
 * keeps today's promise: `XPayCheckout.initEmbeddedCheckout` exists as soon as the tag has run,
 * even though the module is still on its way; it waits for the module, then does what the
 * module's does. The element classes join `window.XPayCheckout` once the module has run
 * (`customElements.whenDefined('xpay-checkout')` says when).
 */
import type * as Widget from '../index.js';
import type { EmbeddedCheckout, EmbeddedCheckoutOptions } from '../embedded-checkout.js';
import { sendHeadStart, whenOpen } from '../api/session-request.js';
import { warmNumberFormatting } from '../lib/money.js';
import { failedModuleUrl } from '../lib/retryable-import.js';

/**
 * The ES build's core chunk, relative to this script (`esm/core-<hash>.js`), filled in by the
 * build. The script imports the hashed chunk itself, not the `xpay-checkout.js` facade: that
 * saves a hop, and it is the exact URL the payment, extras and catalog chunks import, so the
 * page gets one module instance. For the same reason the URL carries no query string (a
 * `?v=` or `?retry=` would make a second copy of Lit and of every element); the hash already
 * stops a cached core of another release from running.
 */
declare const __XPAY_CORE__: string;
/** Public export name → the core chunk's (minified) export name, filled in by the build. */
declare const __XPAY_EXPORTS__: Record<string, string>;
/** The payment chunk, relative to this script, preloaded for an open session (filled in by the build). */
declare const __XPAY_PAYMENT__: string;

type WidgetModule = typeof Widget;
type ScriptTagApi = Partial<WidgetModule> & {
  initEmbeddedCheckout(options: EmbeddedCheckoutOptions): Promise<EmbeddedCheckout>;
};

// Only known while this script first runs; a classic <script src> always has it.
const scriptUrl = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : document.baseURI;
const coreUrl = new URL(__XPAY_CORE__, scriptUrl).href;

let paymentPreloaded = false;
/** Fetched and compiled beside the core, so the form does not wait for a second round trip; one link however many checkouts. */
const preloadPayment = () => {
  if (paymentPreloaded) return;
  paymentPreloaded = true;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL(__XPAY_PAYMENT__, scriptUrl).href }));
};

let pending: Promise<WidgetModule> | undefined;

/**
 * One import, shared by every caller. A failure is forgotten so the next call asks again at the
 * same URL (never with a query: see __XPAY_CORE__), which loads it in browsers that refetch a
 * module whose fetch failed (whatwg/html#10327). Chromium keeps the failure until the page
 * reloads (src/lib/retryable-import.ts), so the developer is told that too.
 */
function load(): Promise<WidgetModule> {
  pending ??= (import(/* @vite-ignore */ coreUrl) as Promise<Record<string, unknown>>).then(
    (core) => {
      const widget = Object.fromEntries(Object.entries(__XPAY_EXPORTS__).map(([name, internal]) => [name, core[internal]])) as WidgetModule;
      Object.assign(api, widget, { initEmbeddedCheckout: api.initEmbeddedCheckout });
      return widget;
    },
    (error: unknown) => {
      pending = undefined;
      const untilReload = failedModuleUrl(error) ? '; this browser asks for it again only after a page reload' : '';
      console.error(`[xpay-checkout] could not load ${__XPAY_CORE__} next to the script; host the whole dist/ folder${untilReload}`, error);
      throw error;
    },
  );
  return pending;
}

const api: ScriptTagApi = {
  async initEmbeddedCheckout(options) {
    // The session and the widget's code travel together: the module takes this answer.
    const headStart = sendHeadStart(options?.apiBase, options?.clientSecret);
    if (headStart) whenOpen(headStart, preloadPayment);
    // The main thread only waits for the network now: the best moment to pay for the locale data.
    warmNumberFormatting(options?.locale);
    return (await load()).initEmbeddedCheckout(options, headStart);
  },
};

(globalThis as { XPayCheckout?: ScriptTagApi }).XPayCheckout = api;
// Started right away, in parallel with whatever the page does before it mounts the checkout;
// the element also upgrades by itself for merchants who write <xpay-checkout> in their HTML.
load().catch(() => undefined);
