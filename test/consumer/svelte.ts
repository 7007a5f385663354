// Svelte 5, as an app that installed the package sees it (`npm test`, against dist/types).
// svelte-check (which checks .svelte markup) needs TypeScript's JS API, which TypeScript 7 no
// longer has, so this checks what svelte-check reads for `<xpay-checkout …>` in markup: its
// `SvelteHTMLElements` entry, attribute names as written.
import type { SvelteHTMLElements } from 'svelte/elements';
import 'xpay-embedded-checkout';
import type {} from 'xpay-embedded-checkout/svelte';

type Markup = SvelteHTMLElements['xpay-checkout'];

export const asAttributes: Markup = {
  class: 'checkout',
  'client-secret': 'cs_test_1_secret_a',
  'api-base': 'https://api.example.com/v1',
  locale: 'auto',
  'poll-interval': 3000,
  'onxpay-ready': (event) => console.info(event.detail.sessionId),
  'onxpay-complete': (event) => {
    const paymentIntentId: string | null = event.detail.paymentIntentId;
    console.info(paymentIntentId, event.composed);
  },
  'onxpay-expired': (event) => {
    const reason: 'status' | 'expires_at' | 'server' | 'confirm' = event.detail.reason;
    console.info(reason);
  },
  'onxpay-error': (event) => console.info(event.detail.code, event.detail.message),
};

// Svelte sets these as properties; `on:` is the legacy (non-runes) event directive.
export const asProperties: Markup = {
  clientSecret: 'cs_test_1_secret_a',
  apiBase: 'https://api.example.com/v1',
  pollInterval: 3000,
  fetchClientSecret: async () => 'cs_test_2_secret_b',
  'on:xpay-complete': (event) => console.info(event.detail.paymentIntentId),
};

// @ts-expect-error an attribute the element does not have
export const unknownAttribute: Markup = { 'client-secrets': 'cs_test_1_secret_a' };
// @ts-expect-error pollInterval is a number of milliseconds
export const wrongType: Markup = { pollInterval: 'fast' };
export const wrongDetail: Markup = {
  'onxpay-complete': (event) =>
    // @ts-expect-error the detail has no such field
    event.detail.nope,
};
