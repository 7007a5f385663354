// Compiled against dist/types (not src) by `npm test`: what an npm user's TypeScript sees.
import { initEmbeddedCheckout, type EmbeddedCheckout, type XPayCheckout } from '../../dist/types/index.js';

export async function integrate(container: HTMLElement): Promise<EmbeddedCheckout> {
  const checkout = await initEmbeddedCheckout({
    apiBase: 'https://api.example.com/v1',
    fetchClientSecret: async () => 'cs_test_1_secret_a',
    locale: 'auto',
    onComplete: ({ sessionId, paymentIntentId, paymentStatus }) => console.info(sessionId, paymentIntentId, paymentStatus),
    onExpired: ({ reason }) => {
      const known: 'status' | 'expires_at' | 'server' | 'confirm' = reason;
      console.info(known);
    },
  });
  checkout.mount(container);
  return checkout;
}

export function listen(element: XPayCheckout): void {
  element.pollInterval = 3000;
  // Events are typed on elements, on document and on window, where a merchant may listen for them.
  element.addEventListener('xpay-error', (event) => console.info(event.detail.code, event.detail.message));
  document.addEventListener('xpay-complete', (event) => console.info(event.detail.paymentIntentId, event.composed));
  window.addEventListener('xpay-expired', (event) => {
    const reason: 'status' | 'expires_at' | 'server' | 'confirm' = event.detail.reason;
    console.info(reason);
  });
  document.body.addEventListener('xpay-ready', (event) => console.info(event.detail.sessionId));
  // @ts-expect-error the widget's internal events are not part of the public map
  document.addEventListener('xpay-quantity-change', (event) => console.info(event.detail));
  const state: 'loading' | 'open' | 'processing' | 'complete' | 'expired' | 'error' = element.state;
  console.info(state);
}

// @ts-expect-error an unknown option is a type error for integrators
void initEmbeddedCheckout({ apiBase: 'x', clientSecret: 'y', onDone: () => {} });
