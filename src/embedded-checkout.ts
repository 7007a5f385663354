import { keepHeadStart } from './api/head-starts.js';
import { sendHeadStart, whenOpen, type HeadStart } from './api/session-request.js';
import { loadPayment } from './features/load-features.js';
import type { XPayCheckout } from './components/checkout/xpay-checkout.js';
import type { XPayEvent, XPayEventDetails, XPayEventName } from './lib/events.js';

type Callback<K extends XPayEventName> = (detail: XPayEventDetails[K]) => void;

export interface EmbeddedCheckoutOptions {
  /** Base URL of the provider API. */
  apiBase: string;
  /** The session's client secret; give this or `fetchClientSecret`, not both. */
  clientSecret?: string;
  /** Asks the merchant's server for a session; give this or `clientSecret`, not both. */
  fetchClientSecret?: () => Promise<string>;
  /** Overrides the session's locale; `auto` follows the browser. */
  locale?: string;
  /** Milliseconds between status re-checks when no event stream is available. */
  pollInterval?: number;
  onReady?: Callback<'xpay-ready'>;
  onComplete?: Callback<'xpay-complete'>;
  onExpired?: Callback<'xpay-expired'>;
  onError?: Callback<'xpay-error'>;
}

export interface EmbeddedCheckout {
  /** Renders the checkout into the element, or the first element matching a selector. */
  mount(target: string | Element): void;
  /** Removes the checkout from the page; it can be mounted again. */
  unmount(): void;
  /** Removes the checkout and stops every timer, stream and listener. Safe to call twice. */
  destroy(): void;
}

const CALLBACKS = {
  onReady: 'xpay-ready',
  onComplete: 'xpay-complete',
  onExpired: 'xpay-expired',
  onError: 'xpay-error',
} as const satisfies Record<string, XPayEventName>;

type CallbackName = keyof typeof CALLBACKS;

const callbackNames = Object.keys(CALLBACKS) as CallbackName[];

function fail(message: string): never {
  throw new Error(`XPayCheckout.initEmbeddedCheckout: ${message}`);
}

function validate(options: EmbeddedCheckoutOptions): void {
  if (!options || typeof options !== 'object') fail('options must be an object.');
  if (typeof options.apiBase !== 'string' || options.apiBase.trim() === '') fail('"apiBase" is required.');
  const hasSecret = options.clientSecret !== undefined;
  const hasFetcher = options.fetchClientSecret !== undefined;
  if (hasSecret === hasFetcher) fail('give exactly one of "clientSecret" and "fetchClientSecret".');
  if (hasSecret && typeof options.clientSecret !== 'string') fail('"clientSecret" must be a string.');
  if (hasFetcher && typeof options.fetchClientSecret !== 'function') fail('"fetchClientSecret" must be a function.');
  for (const name of callbackNames) {
    if (options[name] !== undefined && typeof options[name] !== 'function') fail(`"${name}" must be a function.`);
  }
}

async function resolveClientSecret(options: EmbeddedCheckoutOptions): Promise<string> {
  if (options.clientSecret !== undefined) return options.clientSecret;
  let secret: unknown;
  try {
    secret = await options.fetchClientSecret!();
  } catch (error) {
    // The cause is kept for the merchant's debugging; it comes from their own code.
    throw new Error('XPayCheckout.initEmbeddedCheckout: "fetchClientSecret" failed.', { cause: error });
  }
  if (typeof secret !== 'string' || secret === '') fail('"fetchClientSecret" must resolve to a non-empty string.');
  return secret;
}

/**
 * The script-tag API (CONTRACT section 1): validates the options, obtains the client secret,
 * and returns a handle that mounts one `<xpay-checkout>` element. The session GET goes out at
 * once, before the element exists, and the element's first load takes its answer.
 *
 * @param headStart the script tag's own session GET, sent before this module had arrived;
 * merchants never pass it.
 */
export async function initEmbeddedCheckout(options: EmbeddedCheckoutOptions, headStart?: HeadStart | null): Promise<EmbeddedCheckout> {
  validate(options);
  const clientSecret = await resolveClientSecret(options);
  const sent = headStart?.clientSecret === clientSecret ? headStart : sendHeadStart(options.apiBase, clientSecret);
  keepHeadStart(sent);
  // A failure is reported by the loader and asked again when the session needs the form.
  if (sent) whenOpen(sent, () => void loadPayment().catch(() => undefined));

  const element = document.createElement('xpay-checkout') as XPayCheckout;
  element.apiBase = options.apiBase;
  element.clientSecret = clientSecret;
  if (options.locale !== undefined) element.locale = options.locale;
  if (options.pollInterval !== undefined) element.pollInterval = options.pollInterval;
  // Start again after expiry asks the merchant's server the same way (CONTRACT §6).
  if (options.fetchClientSecret) element.fetchClientSecret = options.fetchClientSecret;

  const listeners: (() => void)[] = [];
  const listen = <K extends XPayEventName>(eventName: K, callback: Callback<K> | undefined) => {
    if (!callback) return;
    const listener = (event: XPayEvent<K>) => callback(event.detail);
    element.addEventListener(eventName, listener as EventListener);
    listeners.push(() => element.removeEventListener(eventName, listener as EventListener));
  };
  listen(CALLBACKS.onReady, options.onReady);
  listen(CALLBACKS.onComplete, options.onComplete);
  listen(CALLBACKS.onExpired, options.onExpired);
  listen(CALLBACKS.onError, options.onError);

  let destroyed = false;
  return {
    mount(target) {
      if (destroyed) throw new Error('XPayCheckout: this checkout was destroyed; create a new one.');
      const container = typeof target === 'string' ? document.querySelector(target) : target;
      if (!(container instanceof Element)) {
        throw new Error(`XPayCheckout: mount target ${typeof target === 'string' ? `"${target}"` : String(target)} was not found.`);
      }
      if (element.isConnected) throw new Error('XPayCheckout: already mounted; call unmount() first.');
      container.append(element);
    },
    unmount() {
      element.remove();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // Removal runs the element's own teardown: timers, the event stream and pending requests.
      element.remove();
      for (const stopListening of listeners) stopListening();
      listeners.length = 0;
    },
  };
}
