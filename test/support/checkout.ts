import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { XPayCheckout, XPayEventDetails } from '../../src/index.js';
import { fill, fillCard, payButton } from './form.js';
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
  await waitUntil(() => element.getAttribute('state') === state, `expected state "${state}", still "${element.getAttribute('state')}"`, {
    timeout: timeoutMs,
    interval: 10,
  }).catch(() => {
    throw new Error(`expected state "${state}" within ${timeoutMs} ms, still "${element.getAttribute('state')}"`);
  });
  await element.updateComplete;
}

export type XPayEventName = keyof XPayEventDetails;
export type RecordedEvent = { [K in XPayEventName]: { type: K; detail: XPayEventDetails[K] } }[XPayEventName];

const PUBLIC_EVENTS: XPayEventName[] = ['xpay-ready', 'xpay-complete', 'xpay-expired', 'xpay-error'];

/** Records every public event the element dispatches, typed by name, from before it connects. */
export function recordEvents(target: EventTarget): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (const type of PUBLIC_EVENTS) {
    target.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail } as RecordedEvent));
  }
  return events;
}

/** The details of every recorded event of one kind. */
export function detailsOf<K extends XPayEventName>(events: RecordedEvent[], type: K): XPayEventDetails[K][] {
  return events.filter((event): event is Extract<RecordedEvent, { type: K }> => event.type === type).map((event) => event.detail as XPayEventDetails[K]);
}

/** The code of every recorded `xpay-error`, in order. */
export function errorCodes(events: RecordedEvent[]): string[] {
  return detailsOf(events, 'xpay-error').map((detail) => detail.code);
}

/**
 * One checkout under test: created with its event recorder attached before it connects (so no
 * early event is missed), with the steps a customer takes as methods.
 */
export class CheckoutHarness {
  readonly events: RecordedEvent[];

  private constructor(readonly element: XPayCheckout) {
    this.events = recordEvents(element);
  }

  static mount(props: Partial<Pick<XPayCheckout, 'clientSecret' | 'apiBase' | 'pollInterval' | 'locale'>>, parent: Element = document.body): CheckoutHarness {
    const harness = new CheckoutHarness(document.createElement('xpay-checkout'));
    Object.assign(harness.element, { apiBase: testEnv.apiBase, ...props });
    parent.append(harness.element);
    return harness;
  }

  get root(): ShadowRoot {
    return shadow(this.element);
  }

  state(state: string, timeoutMs?: number): Promise<void> {
    return waitForState(this.element, state, timeoutMs);
  }

  details<K extends XPayEventName>(type: K): XPayEventDetails[K][] {
    return detailsOf(this.events, type);
  }

  /** Resolves with the next event of this kind, or with the one already recorded when `recorded`. */
  async next<K extends XPayEventName>(type: K): Promise<XPayEventDetails[K]> {
    const event = (await oneEvent(this.element, type)) as CustomEvent<XPayEventDetails[K]>;
    return event.detail;
  }

  /** Waits until `count` events of the kind were recorded. */
  async waitFor<K extends XPayEventName>(type: K, count = 1): Promise<XPayEventDetails[K][]> {
    await waitUntil(() => this.details(type).length >= count, `expected ${count} ${type}`, { timeout: 8000, interval: 10 });
    return this.details(type);
  }

  /** Types into a field of the form by its confirm-body name. */
  async fill(name: string, value: string): Promise<void> {
    await fill(this.element, name, value);
  }

  /** Types a card into the provider's frame. */
  async fillCard(number?: string, expiry?: string, cvc?: string): Promise<void> {
    await fillCard(this.element, number, expiry, cvc);
  }

  /** Presses the pay button. */
  async pay(): Promise<void> {
    (await payButton(this.element)).click();
  }

  remove(): void {
    this.element.remove();
  }
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

export { oneEvent };
