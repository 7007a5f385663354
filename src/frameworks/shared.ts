import type { XPayCheckout } from '../components/checkout/xpay-checkout.js';
import type { XPayEvent, XPayEventName } from '../lib/events.js';

/**
 * What a page may set on `<xpay-checkout>` as properties. The frameworks below set a prop as a
 * property when the element has one (React 19, Preact, Vue, Svelte all check `name in element`),
 * which is the only way to pass `fetchClientSecret` and a numeric `pollInterval`.
 */
export type XPayCheckoutProperties = Partial<Pick<XPayCheckout, 'clientSecret' | 'apiBase' | 'locale' | 'pollInterval' | 'fetchClientSecret'>>;

/** The same settings as HTML attributes (what a server-rendered page or plain markup carries). */
export interface XPayCheckoutAttributes {
  'client-secret'?: string;
  'api-base'?: string;
  'poll-interval'?: number | string;
}

/**
 * A listener prop per public event, named `on` + the event's own name (`onxpay-complete`): React
 * 19, Preact and Svelte 5 add a listener for the name after `on`, exactly as written, so the
 * hyphenated lower-case spelling is the one that works.
 */
export type XPayEventListenerProps = {
  [K in XPayEventName as `on${K}`]?: (event: XPayEvent<K>) => void;
};

export type { XPayCheckout, XPayEvent, XPayEventName };
