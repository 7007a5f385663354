/**
 * `<xpay-checkout>` in Preact JSX: `import type {} from 'xpay-embedded-checkout/preact'` once,
 * next to the runtime `import 'xpay-embedded-checkout'`.
 *
 * Preact sets a prop as a property when the element has one, else as an attribute, and listens
 * for `onxpay-complete` as `xpay-complete` (the name after `on`, as written, since no
 * `onxpay-complete` property exists on the element).
 */
import type { HTMLAttributes } from 'preact';
import type { XPayCheckout, XPayCheckoutAttributes, XPayCheckoutProperties, XPayEventListenerProps } from './shared.js';

export type XPayCheckoutPreactProps = HTMLAttributes<XPayCheckout> & XPayCheckoutProperties & XPayCheckoutAttributes & XPayEventListenerProps;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'xpay-checkout': XPayCheckoutPreactProps;
    }
  }
}
