// The pages bench/run.mjs serves and the probes it puts in every frame. Each page sets
// `window.__init` when its clock starts and `window.__ready` when it is usable, so one
// measurement reads both alike.

/**
 * The merchant's page: the script tag, then `initEmbeddedCheckout` called at once, as the README
 * shows (the script may still be fetching the widget then). An error state never becomes ready,
 * so `xpay-error` ends the clock too, and `__outcome` says which event did.
 */
export const widgetPage = `<!doctype html><meta charset="utf-8"><div id="c"></div>
<script src="dist/xpay-checkout.iife.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  for (const name of ['xpay-ready', 'xpay-error']) {
    document.addEventListener(name, () => { window.__ready ??= performance.now(); window.__outcome ??= name; }, { once: true });
  }
  window.__init = performance.now();
  XPayCheckout.initEmbeddedCheckout({ apiBase: params.get('api'), clientSecret: params.get('secret') }).then((c) => c.mount('#c'));
</script>`;

/**
 * The physical limit: the session the widget loads, fetched the way src/api/client.ts does (same
 * URL, the secret in an Authorization header, hence the same CORS preflight), and a static form
 * of the same content in one innerHTML. The money formatter is created as the widget's must be,
 * so the first Intl.NumberFormat (ICU data) is paid on both sides.
 */
export const controlPage = `<!doctype html><meta charset="utf-8">
<style>
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0; }
  #c { max-width: 480px; margin: 24px auto; display: grid; gap: 16px; }
  ul { list-style: none; margin: 0; padding: 0; }
  li, .total { display: flex; justify-content: space-between; gap: 8px; padding: 4px 0; }
  .total { border-top: 1px solid #ddd; font-weight: 600; }
  form { display: grid; gap: 12px; }
  label { display: grid; gap: 4px; font-size: 14px; }
  input { font: inherit; padding: 8px 10px; border: 1px solid #bbb; border-radius: 6px; }
  .row { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
  button { font: inherit; padding: 12px; border: 0; border-radius: 6px; background: #0055ff; color: #fff; }
</style>
<div id="c"></div>
<script>
  window.__init = performance.now();
  const params = new URLSearchParams(location.search);
  const secret = params.get('secret');
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');
  const field = (label, attributes) => '<label>' + escape(label) + '<input ' + attributes + '></label>';
  fetch(params.get('api') + '/checkout/sessions/' + encodeURIComponent(secret.split('_secret_')[0]) + '/client', {
    headers: { Authorization: 'Bearer ' + secret }, credentials: 'omit', cache: 'no-store',
  }).then((response) => response.json()).then((session) => {
    const money = new Intl.NumberFormat(session.locale, { style: 'currency', currency: session.currency });
    const amount = (minor) => money.format(minor / 10 ** money.resolvedOptions().maximumFractionDigits);
    const items = session.lineItems.map((item) => '<li><span>' + escape(item.description) + ' × ' + item.quantity + '</span><span>' + amount(item.amountTotal) + '</span></li>');
    const custom = session.customFields.map((f) => field(f.label, 'name="' + escape(f.key) + '"'));
    document.getElementById('c').innerHTML = '<section><h2>' + escape(session.merchantName) + '</h2><ul>' + items.join('') + '</ul>'
      + '<p class="total"><span>Total</span><span>' + amount(session.amountTotal) + '</span></p></section>'
      + '<form novalidate>' + field('Email', 'type="email" autocomplete="email" required')
      + field('Card number', 'autocomplete="cc-number" inputmode="numeric"')
      + '<div class="row">' + field('Expiry', 'autocomplete="cc-exp"') + field('CVC', 'autocomplete="cc-csc"') + '</div>'
      + field('Name on card', 'autocomplete="cc-name"') + custom.join('')
      + '<button type="submit">Pay ' + amount(session.amountTotal) + '</button></form>';
    window.__ready = performance.now();
  });
</script>`;

/**
 * Runs before any page script, in every frame (the card frame included: init scripts are not
 * subject to its CSP). Collects into `window.__bench`:
 * - `sessionResponse`: when the first session GET's headers reached the page, through a fetch
 *   wrapper (Resource Timing hides responseStart across origins without Timing-Allow-Origin);
 * - `longTasks` and `shifts` (layout-shift, with `hadRecentInput`), buffered from navigation;
 * - `keys`: per keydown, its timeStamp, the first requestAnimationFrame after it, and the task after
 *   that frame (≈ the next paint).
 */
export const probes = `(() => {
  const bench = (window.__bench = { sessionResponse: null, longTasks: [], shifts: [], keys: [] });
  // Awaited by the runner instead of Playwright's waitForFunction, whose injected script (17 ms
  // to compile, seen in CDP traces) would otherwise land inside the measured mount.
  let ready;
  let settle;
  const readyPromise = new Promise((resolve) => (settle = resolve));
  Object.defineProperty(window, '__ready', { configurable: true, get: () => ready, set: (value) => { ready = value; settle(value); } });
  Object.defineProperty(window, '__whenReady', { value: (ms) => Promise.race([readyPromise, new Promise((_, reject) => setTimeout(() => reject(new Error('not ready in ' + ms + ' ms')), ms))]) });
  const fetch = window.fetch;
  window.fetch = async function (input, init) {
    const response = await fetch.call(this, input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (bench.sessionResponse === null && /\\/checkout\\/sessions\\/[^/]+\\/client$/.test(url.pathname)) bench.sessionResponse = performance.now();
    return response;
  };
  const observe = (type, keep) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true });
    } catch {}
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => bench.shifts.push({ at: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput }));
  addEventListener('keydown', (event) => {
    const key = { down: event.timeStamp };
    bench.keys.push(key);
    requestAnimationFrame(() => {
      key.raf = performance.now();
      setTimeout(() => { key.paint = performance.now(); });
    });
  }, true);
})();`;
