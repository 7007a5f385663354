/**
 * `<xpay-checkout>` in React 19 JSX: `import type {} from 'xpay-embedded-checkout/react'` once,
 * next to the runtime `import 'xpay-embedded-checkout'`.
 *
 * React 19 sets a prop as a property when the element has one, else as an attribute, and adds an
 * `on…` prop as a listener for the event named by the rest of the prop. Both need the element
 * defined before React renders it: with the script tag, wait for
 * `customElements.whenDefined('xpay-checkout')`.
 *
 * ```tsx
 * <xpay-checkout api-base="https://api.example.com/v1" clientSecret={secret}
 *   onxpay-complete={(e) => e.detail.paymentIntentId} />
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { XPayCheckout, XPayCheckoutAttributes, XPayCheckoutProperties, XPayEventListenerProps } from './shared.js';

export type XPayCheckoutReactProps = DetailedHTMLProps<HTMLAttributes<XPayCheckout>, XPayCheckout> &
  XPayCheckoutProperties &
  XPayCheckoutAttributes &
  XPayEventListenerProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'xpay-checkout': XPayCheckoutReactProps;
    }
  }
}
