/**
 * `<xpay-checkout>` in Vue 3 templates (vue-tsc / Vue - Official) and `h()`:
 * `import type {} from 'xpay-embedded-checkout/vue'` once, next to the runtime
 * `import 'xpay-embedded-checkout'`. Tell Vue's compiler it is a custom element
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('xpay-')`), or it looks for a Vue
 * component of that name.
 *
 * The shape is Vue's documented one for custom elements not built with Vue: a constructor whose
 * `$props` the template checker reads. Templates camelize attribute names for components
 * (`client-secret` is checked as `clientSecret`) and turn `@xpay-complete` into the
 * `onXpayComplete` prop, which Vue's runtime hyphenates back into an `xpay-complete` listener.
 *
 * ```vue
 * <xpay-checkout :client-secret="secret" api-base="https://api.example.com/v1"
 *   @xpay-complete="(e) => e.detail.paymentIntentId" />
 * ```
 */
import type { HTMLAttributes, PublicProps } from 'vue';
import type { XPayCheckout, XPayCheckoutProperties, XPayEvent, XPayEventName } from './shared.js';

/** `xpay-complete` → `onXpayComplete`: what a template's `@xpay-complete` compiles to. */
export type XPayVueEventProps = {
  [K in XPayEventName as K extends `xpay-${infer Rest}` ? `onXpay${Capitalize<Rest>}` : never]?: (event: XPayEvent<K>) => void;
};

export type XPayCheckoutVueProps = HTMLAttributes & XPayCheckoutProperties & XPayVueEventProps & PublicProps;

/** Type-only: nothing but the template checker reads `$props`; the element has no such property. */
export type XPayCheckoutVueComponent = new () => XPayCheckout & { $props: XPayCheckoutVueProps };

declare module 'vue' {
  interface GlobalComponents {
    'xpay-checkout': XPayCheckoutVueComponent;
  }
}
