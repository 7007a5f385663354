import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { XPayCheckout } from '../../src/index.js';
import { testEnv } from './sandbox.js';

export interface MountOptions {
  clientSecret?: string | null;
  apiBase?: string | null;
  locale?: string;
  pollInterval?: number;
}

/** Renders `<xpay-checkout>` against the sandbox, without waiting for any state. */
export async function mountCheckout(options: MountOptions = {}): Promise<XPayCheckout> {
  const apiBase = options.apiBase === undefined ? testEnv.apiBase : options.apiBase;
  return fixture<XPayCheckout>(html`<xpay-checkout
    .clientSecret=${options.clientSecret ?? null}
    .apiBase=${apiBase}
    .locale=${options.locale ?? null}
    .pollInterval=${options.pollInterval ?? 5000}
  ></xpay-checkout>`);
}

/** Waits until the host reflects `state`, failing with what it shows instead. */
export async function waitForState(element: XPayCheckout, state: string, timeoutMs = 8000): Promise<void> {
  const started = performance.now();
  while (element.getAttribute('state') !== state) {
    if (performance.now() - started > timeoutMs) {
      throw new Error(`expected state "${state}" within ${timeoutMs} ms, still "${element.getAttribute('state')}"`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await element.updateComplete;
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

export { oneEvent };
