// Vue 3, as an app that installed the package sees it (`npm test`, against dist/types). vue-tsc
// (which checks SFC templates) needs TypeScript's JS API, which TypeScript 7 no longer has, so
// this checks what vue-tsc reads for `<xpay-checkout>` in a template: the `$props` of its
// GlobalComponents entry (attribute names camelized, `@xpay-complete` as `onXpayComplete`),
// and the same entry through `h()` in a `defineComponent`.
import { defineComponent, h, type GlobalComponents } from 'vue';
import 'xpay-embedded-checkout';
import type {} from 'xpay-embedded-checkout/vue';

type TemplateProps = InstanceType<GlobalComponents['xpay-checkout']>['$props'];

export const inTemplate: TemplateProps = {
  class: ['checkout', { ready: true }],
  clientSecret: 'cs_test_1_secret_a',
  apiBase: 'https://api.example.com/v1',
  locale: 'auto',
  pollInterval: 3000,
  fetchClientSecret: async () => 'cs_test_2_secret_b',
  onXpayReady: (event) => console.info(event.detail.sessionId),
  onXpayComplete: (event) => {
    const paymentIntentId: string | null = event.detail.paymentIntentId;
    console.info(paymentIntentId, event.composed);
  },
  onXpayExpired: (event) => {
    const reason: 'status' | 'expires_at' | 'server' | 'confirm' = event.detail.reason;
    console.info(reason);
  },
  onXpayError: (event) => console.info(event.detail.code, event.detail.message),
};

// Type-only: at run time the tag is a custom element (`compilerOptions.isCustomElement`).
declare const XPayCheckoutTag: GlobalComponents['xpay-checkout'];

export const Checkout = defineComponent({
  props: { secret: { type: String, required: true } },
  setup(props) {
    return () =>
      h(XPayCheckoutTag, {
        clientSecret: props.secret,
        apiBase: 'https://api.example.com/v1',
        onXpayComplete: (event) => console.info(event.detail.paymentIntentId),
      });
  },
});

// @ts-expect-error an attribute the element does not have (what vue-tsc's strictTemplates reports)
export const unknownAttribute: TemplateProps = { clientsecret: 'cs_test_1_secret_a' };
// @ts-expect-error pollInterval is a number of milliseconds
export const wrongType: TemplateProps = { pollInterval: 'fast' };
export const wrongDetail: TemplateProps = {
  onXpayComplete: (event) =>
    // @ts-expect-error the detail has no such field
    event.detail.nope,
};
export const wrongInRender = () => [
  // @ts-expect-error pollInterval is a number of milliseconds
  h(XPayCheckoutTag, { pollInterval: 'fast' }),
  h(XPayCheckoutTag, {
    onXpayError: (event) =>
      // @ts-expect-error the detail has no such field
      event.detail.nope,
  }),
];
