export type ExpiredReason = 'status' | 'expires_at' | 'server' | 'confirm';

/** Every event the widget's elements dispatch, with its detail. */
export interface XPayEventDetails {
  'xpay-ready': { sessionId: string };
  'xpay-complete': { sessionId: string; paymentIntentId: string | null; paymentStatus: string };
  'xpay-expired': { sessionId: string; reason: ExpiredReason };
  'xpay-error': { code: string; message: string };
  /** Internal: a widget control (select, quantity) committed a new value. Never carries card data. */
  'xpay-change': { name: string; value: string };
}

export type XPayEvent<K extends keyof XPayEventDetails> = CustomEvent<XPayEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'xpay-ready': XPayEvent<'xpay-ready'>;
    'xpay-complete': XPayEvent<'xpay-complete'>;
    'xpay-expired': XPayEvent<'xpay-expired'>;
    'xpay-error': XPayEvent<'xpay-error'>;
    'xpay-change': XPayEvent<'xpay-change'>;
  }
}

/** The one way elements dispatch: typed, bubbling and composed so it leaves every shadow root. */
export function emit<K extends keyof XPayEventDetails>(target: EventTarget, name: K, detail: XPayEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
