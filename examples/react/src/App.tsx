import { Suspense, use, useState } from 'react';
// Defines <xpay-checkout> (before React renders it, so React sets its properties).
import 'xpay-embedded-checkout';
// Makes <xpay-checkout> a known JSX element with typed attributes and `onxpay-*` events.
import type {} from 'xpay-embedded-checkout/react';

const apiBase = import.meta.env.VITE_XPAY_API_BASE;

/** Asks the shop's server for a new Checkout Session; the browser gets its client secret only. */
async function createCheckoutSession(): Promise<string> {
  const response = await fetch('/api/checkout-session', { method: 'POST' });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? 'Could not start the checkout');
  return body.clientSecret;
}

// Created once, outside React: StrictMode renders twice and runs effects twice in development,
// and a fetch in an effect would create two sessions. `use()` reads this one promise.
const firstSecret = createCheckoutSession();

function Checkout({ onPaid }: { onPaid: (paymentIntentId: string | null) => void }) {
  const clientSecret = use(firstSecret);
  return (
    <xpay-checkout
      api-base={apiBase}
      client-secret={clientSecret}
      // After expiry the widget offers Start again and asks for a new session with this.
      fetchClientSecret={createCheckoutSession}
      onxpay-complete={(event) => onPaid(event.detail.paymentIntentId)}
      onxpay-error={(event) => console.warn('checkout error', event.detail.code)}
    />
  );
}

export function App() {
  const [paid, setPaid] = useState<string | null>(null);
  return (
    <main>
      <h1>Example Shop</h1>
      <Suspense fallback={<p>Loading checkout…</p>}>
        <Checkout onPaid={(paymentIntentId) => setPaid(paymentIntentId ?? '')} />
      </Suspense>
      <p role="status" id="status">{paid === null ? '' : 'Paid. Thank you!'}</p>
    </main>
  );
}
