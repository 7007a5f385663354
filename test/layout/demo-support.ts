// The demo shop in a test page: its own page (demo/public/index.html), stylesheet and script, run
// unchanged. Only the shop's server is stood in for, by answering the endpoints shop.js calls
// the way demo/server.mjs does (against the test sandbox, with the merchant's key).
import * as widget from '../../src/index.js';
import { createSession, retrieveSession, testEnv } from '../support/sandbox.js';

export const DEMO = '/demo/public/';

/** The demo's body and stylesheet in this page, as the demo server would serve them. */
export async function openDemoPage(): Promise<() => void> {
  const markup = new DOMParser().parseFromString(await (await fetch(`${DEMO}index.html`)).text(), 'text/html');
  const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${DEMO}shop.css` });
  const loaded = new Promise((resolve, reject) => {
    stylesheet.addEventListener('load', resolve);
    stylesheet.addEventListener('error', reject);
  });
  document.head.append(stylesheet);
  await loaded;
  const nodes = [...markup.body.children];
  document.body.append(...nodes);
  return () => {
    for (const node of nodes) node.remove();
    stylesheet.remove();
  };
}

export interface ShopServer {
  /** shop.js has asked for its config. */
  configAsked: boolean;
  restore(): void;
}

/** The shop server's endpoints that shop.js calls, its config once `configSent`; everything else goes to the network. */
export function standInForShopServer(configSent: Promise<void> = Promise.resolve()): ShopServer {
  const original = window.fetch;
  const server: ShopServer = { configAsked: false, restore: () => void (window.fetch = original) };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin) return original(input, init);
    if (url.pathname === '/config.json') {
      server.configAsked = true;
      await configSent;
      return Response.json({ apiBase: testEnv.apiBase });
    }
    if (url.pathname === '/shop/create-session') {
      const params = JSON.parse(String(init?.body ?? '{}'));
      const session = await createSession({ ...params, uiMode: 'embedded', returnUrl: `${location.origin}/?session_id={CHECKOUT_SESSION_ID}`, cancelUrl: `${location.origin}/` });
      return Response.json({ clientSecret: session.clientSecret, sessionId: session.id });
    }
    if (url.pathname === '/shop/session-outcome') {
      const session = await retrieveSession(url.searchParams.get('session_id') ?? '');
      const { id: sessionId, status, paymentStatus, amountTotal, currency } = session as typeof session & { paymentStatus: string };
      return Response.json({ sessionId, status, paymentStatus, amountTotal, currency });
    }
    return original(input, init);
  };
  return server;
}

/** Runs shop.js as the page's module, with the script tag's global (the source build's module, which is what the tag loads). */
export function runShopScript(): void {
  Object.assign(window, { XPayCheckout: widget });
  void import(`${DEMO}shop.js`);
}
