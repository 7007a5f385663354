// Preact JSX, as an app that installed the package sees it (`npm test`, against dist/types).
import { useRef } from 'preact/hooks';
import 'xpay-embedded-checkout';
import type {} from 'xpay-embedded-checkout/preact';
import type { XPayCheckout } from 'xpay-embedded-checkout';

export function Checkout({ secret }: { secret: string }) {
  const element = useRef<XPayCheckout>(null);
  return (
    <xpay-checkout
      ref={element}
      class="checkout"
      client-secret={secret}
      api-base="https://api.example.com/v1"
      locale="auto"
      poll-interval="3000"
      onxpay-ready={(event) => console.info(event.detail.sessionId)}
      onxpay-complete={(event) => {
        const paymentIntentId: string | null = event.detail.paymentIntentId;
        console.info(paymentIntentId, event.composed);
      }}
      onxpay-expired={(event) => {
        const reason: 'status' | 'expires_at' | 'server' | 'confirm' = event.detail.reason;
        console.info(reason);
      }}
      onxpay-error={(event) => console.info(event.detail.code, event.detail.message)}
    />
  );
}

// Preact sets these as properties: the only way to pass a function and a number.
export const asProperties = (
  <xpay-checkout clientSecret="cs_test_1_secret_a" apiBase="https://api.example.com/v1" pollInterval={3000} fetchClientSecret={async () => 'cs_test_2_secret_b'} />
);

export const wrong = [
  // TypeScript accepts any hyphenated name on an element (as for data-*), so a typo is shown with a plain one.
  // @ts-expect-error an attribute the element does not have
  <xpay-checkout clientsecret="cs_test_1_secret_a" />,
  // @ts-expect-error pollInterval is a number of milliseconds
  <xpay-checkout pollInterval="fast" />,
  // @ts-expect-error fetchClientSecret resolves to the secret, it is not the secret
  <xpay-checkout fetchClientSecret="cs_test_1_secret_a" />,
  <xpay-checkout
    onxpay-complete={(event) =>
      // @ts-expect-error the detail has no such field
      event.detail.nope
    }
  />,
];
