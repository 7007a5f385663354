export type ExpiredReason = 'status' | 'expires_at' | 'server' | 'confirm';

/** The detail of each public event (CONTRACT §1). */
export interface XPayEventDetails {
  'xpay-ready': { sessionId: string };
  'xpay-complete': { sessionId: string; paymentIntentId: string | null; paymentStatus: string };
  'xpay-expired': { sessionId: string; reason: ExpiredReason };
  /**
   * `declineCode`: why the bank refused a payment, when it did (a 402 decline, or a refusal met on
   * return from 3-D Secure): its decline code (`generic_decline`, `insufficient_funds`, …), or the
   * refusal's own code when it gives none (`authentication_failed`).
   */
  'xpay-error': { code: string; message: string; declineCode?: string };
}

export type XPayEventName = keyof XPayEventDetails;

/**
 * One class for the widget's public events (Web Awesome's event classes): bubbling and composed,
 * so they leave every shadow root and reach the merchant's page. `detail` is typed per name.
 */
export class XPayEvent<K extends XPayEventName = XPayEventName> extends CustomEvent<XPayEventDetails[K]> {
  constructor(name: K, detail: XPayEventDetails[K]) {
    super(name, { detail, bubbles: true, composed: true });
  }
}

/**
 * An event between the widget's own elements: it bubbles to the shadow root it was dispatched in
 * and no further, so nothing internal ever reaches the merchant's page.
 */
export class XPayInternalEvent<T> extends CustomEvent<T> {
  constructor(name: string, detail: T) {
    super(name, { detail, bubbles: true, composed: false });
  }
}

type PublicEventMap = { [K in XPayEventName]: XPayEvent<K> };

declare global {
  // Declared for elements, `document` and `window` alike: a merchant may listen on any of them.
  interface GlobalEventHandlersEventMap extends PublicEventMap {}
  interface HTMLElementEventMap extends PublicEventMap {}
  interface DocumentEventMap extends PublicEventMap {}
  interface WindowEventMap extends PublicEventMap {}
}

export function emit<K extends XPayEventName>(target: EventTarget, name: K, detail: XPayEventDetails[K]): void {
  target.dispatchEvent(new XPayEvent(name, detail));
}
