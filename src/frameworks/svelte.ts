/**
 * `<xpay-checkout>` in Svelte 5 markup (svelte-check / the Svelte language server):
 * `import type {} from 'xpay-embedded-checkout/svelte'` once (in a `.d.ts` or a script),
 * next to the runtime `import 'xpay-embedded-checkout'`.
 *
 * Svelte sets an attribute as a property when the element has one, listens for
 * `onxpay-complete` as `xpay-complete` (the name after `on`, case kept), and still accepts the
 * legacy `on:xpay-complete` directive outside runes mode.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { XPayCheckout, XPayCheckoutAttributes, XPayCheckoutProperties, XPayEvent, XPayEventListenerProps, XPayEventName } from './shared.js';

export type XPaySvelteLegacyEventProps = {
  [K in XPayEventName as `on:${K}`]?: (event: XPayEvent<K>) => void;
};

export type XPayCheckoutSvelteProps = HTMLAttributes<XPayCheckout> &
  XPayCheckoutProperties &
  XPayCheckoutAttributes &
  XPayEventListenerProps &
  XPaySvelteLegacyEventProps;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'xpay-checkout': XPayCheckoutSvelteProps;
  }
}
