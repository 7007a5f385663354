// The merchant's own script on the strict-CSP page (served by strict-csp-page.mjs as
// /strict-csp/merchant.js). A classic script that runs before the widget's, so it hears every
// `securitypolicyviolation` from the start. It talks to the test page (its parent, same origin)
// by postMessage only:
//
//   parent → page   { type: 'xpay-test:mount', apiBase, clientSecret }   initEmbeddedCheckout + mount('#checkout')
//                   { type: 'xpay-test:report' }                        answers every violation so far
//                   { type: 'xpay-test:probe', imageUrl }               breaks the policy on purpose, three ways
//   page → parent   { type: 'xpay-test:callback', name, detail }         onReady / onComplete / onError / onExpired
//                   { type: 'xpay-test:mount-failed', message }
//                   { type: 'xpay-test:report', violations }
(() => {
  const violations = [];
  const post = (message) => window.parent.postMessage(message, window.location.origin);

  /** The element that broke the policy, through shadow roots: `xpay-card-input > iframe`. */
  function describe(event) {
    const path = event.composedPath().filter((node) => node instanceof Element);
    return path.length ? `${path[0].localName}${path.length > 1 ? ` in ${path.filter((node) => node.shadowRoot).map((node) => node.localName).join(' < ')}` : ''}` : 'document';
  }

  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      violations.push({
        effectiveDirective: event.effectiveDirective,
        violatedDirective: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        columnNumber: event.columnNumber,
        sample: event.sample,
        disposition: event.disposition,
        target: describe(event),
      });
    },
    true,
  );

  async function mount({ apiBase, clientSecret }) {
    const callback = (name) => (detail) => post({ type: 'xpay-test:callback', name, detail });
    try {
      const checkout = await window.XPayCheckout.initEmbeddedCheckout({
        apiBase,
        clientSecret,
        onReady: callback('ready'),
        onComplete: callback('complete'),
        onError: callback('error'),
        onExpired: callback('expired'),
      });
      checkout.mount('#checkout');
    } catch (error) {
      post({ type: 'xpay-test:mount-failed', message: String(error && error.message) });
    }
  }

  /** Known breaches (an inline style attribute, a foreign image, a string into a script sink): proof the policy is live and heard. */
  function probe({ imageUrl }) {
    document.body.setAttribute('style', 'outline: 1px solid red');
    const image = new Image();
    image.src = imageUrl;
    try {
      document.createElement('div').innerHTML = '<b>not trusted</b>';
    } catch {
      // Trusted Types throw as well as report.
    }
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin || event.source !== window.parent) return;
    const { type } = event.data ?? {};
    if (type === 'xpay-test:mount') void mount(event.data);
    if (type === 'xpay-test:probe') probe(event.data);
    // A violation's event is a task of its own: answer after the tasks already queued.
    if (type === 'xpay-test:report') setTimeout(() => post({ type: 'xpay-test:report', violations }), 0);
  });
})();
