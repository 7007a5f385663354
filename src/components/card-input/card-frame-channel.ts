import { CheckoutError } from '../../api/errors.js';
import { isProtocolMessage, type FrameError, type FrameMessage, type ParentMessage, type TokenizeFailure } from '../../frames/protocol.js';
import { CARD_BRANDS, type CardBrandId } from '../../lib/card.js';
import { FRAME_ERRORS } from './frame-init.js';
import type { CardState, TokenizedCard } from './types.js';

export interface ChannelHandlers {
  ready(): void;
  /** `edits`: the frame's count of the customer's edits (see FrameMessage). */
  change(state: CardState, edits: number): void;
  resize(height: number): void;
  focus(focused: boolean): void;
  submit(): void;
}

/** The frame answers a validate at once; a silent one is treated as a card that cannot pay. */
const VALIDATE_TIMEOUT_MS = 5000;
/** Longer than the frame's own tries and backoff, so its `network` verdict normally comes first. */
const TOKENIZE_TIMEOUT_MS = 60000;
const MAX_HEIGHT = 4000;

export function frameUnavailable(): CheckoutError {
  return new CheckoutError('card_frame_unavailable', 'The card frame is not available.');
}

/** A frame verdict as the error `tokenize()` rejects with (INTERFACES §3). */
export function tokenizeError({ code, param }: TokenizeFailure): CheckoutError {
  if (code === 'card_invalid') return new CheckoutError('card_invalid', 'The card details are not valid; the frame shows why.');
  if (code === 'card_frame_unavailable') return frameUnavailable();
  if (code === 'session_expired') return new CheckoutError('session_expired', 'The session expired before the card was saved.', { status: 410 });
  if (code === 'network') return new CheckoutError('network', 'The card frame could not reach the payment service.');
  return new CheckoutError('invalid_request', `The payment service refused the card (${code}).`, {
    status: 400,
    providerCode: code,
    ...(param ? { param } : {}),
  });
}

const KNOWN_BRANDS = new Set<string>(CARD_BRANDS.map((brand) => brand.id));

/**
 * An error the frame may report, as one of the parent's own (FRAME_ERRORS): a known key, with a
 * count only where that key takes one. A count no brand uses reads as no error at all, since
 * its message could not be said.
 */
function readError(error: CardState['error'] | undefined): CardState['error'] {
  const count = error?.params?.count;
  const same = (known: FrameError) => known.key === error?.key;
  return FRAME_ERRORS.find((known) => same(known) && known.params?.count === count) ?? FRAME_ERRORS.find((known) => same(known) && !known.params) ?? null;
}

/** The state in an `xpay:change`, or null when it is not one; unknown brands and keys read as none. */
function readState(data: Partial<CardState>): CardState | null {
  if (typeof data.empty !== 'boolean' || typeof data.complete !== 'boolean') return null;
  return {
    empty: data.empty,
    complete: data.complete,
    brand: typeof data.brand === 'string' && KNOWN_BRANDS.has(data.brand) ? (data.brand as CardBrandId) : null,
    error: readError(data.error),
  };
}

function readPaymentMethod(data: unknown): TokenizedCard | null {
  const pm = data as TokenizedCard | null;
  const card = pm?.card;
  if (typeof pm?.id !== 'string' || !pm.id || typeof card?.brand !== 'string' || typeof card.last4 !== 'string') return null;
  return {
    id: pm.id,
    type: 'card',
    card: {
      brand: card.brand,
      last4: card.last4,
      expMonth: Number(card.expMonth),
      expYear: Number(card.expYear),
      funding: typeof card.funding === 'string' ? card.funding : null,
      country: typeof card.country === 'string' ? card.country : null,
    },
  };
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: CheckoutError): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The parent's end of the frame protocol for one `<iframe>`: every message is checked for the
 * frame's exact origin and window before it is read, requests are matched to their answers,
 * and whatever is pending fails cleanly when the frame goes away.
 */
export class CardFrameChannel {
  private readonly tokenizing = new Map<string, Pending<TokenizedCard>>();
  private readonly validating = new Map<number, Pending<boolean>>();
  private nextRequest = 1;

  constructor(
    private readonly frame: HTMLIFrameElement,
    readonly origin: string,
    private readonly handlers: ChannelHandlers,
  ) {}

  /** Reads a window message if it is this frame's; returns whether it was. */
  receive(event: MessageEvent): boolean {
    if (event.source === null || event.source !== this.frame.contentWindow || event.origin !== this.origin || !isProtocolMessage(event.data)) {
      return false;
    }
    const data = event.data as FrameMessage;
    switch (data.type) {
      case 'xpay:frame-ready':
        this.handlers.ready();
        break;
      case 'xpay:change': {
        const state = readState(data);
        if (state) this.handlers.change(state, data.edits);
        break;
      }
      case 'xpay:resize':
        if (Number.isFinite(data.height) && data.height > 0) this.handlers.resize(Math.min(Math.ceil(data.height), MAX_HEIGHT));
        break;
      case 'xpay:focus':
      case 'xpay:blur':
        this.handlers.focus(data.type === 'xpay:focus');
        break;
      case 'xpay:submit':
        this.handlers.submit();
        break;
      case 'xpay:validated':
        this.settle(this.validating, data.requestId, (pending) => pending.resolve(data.valid === true));
        break;
      case 'xpay:tokenized':
        this.settle(this.tokenizing, data.idempotencyKey, (pending) => {
          const card = readPaymentMethod(data.paymentMethod);
          if (card) pending.resolve(card);
          else pending.reject(new CheckoutError('network', 'The card frame answered with an unreadable payment method.'));
        });
        break;
      case 'xpay:tokenize-failed':
        this.settle(this.tokenizing, data.idempotencyKey, (pending) =>
          pending.reject(tokenizeError({ code: String(data.code), param: typeof data.param === 'string' ? data.param : null })),
        );
        break;
    }
    return true;
  }

  /** To the frame's exact origin only: the clientSecret travels in init. */
  send(message: ParentMessage): void {
    this.frame.contentWindow?.postMessage(message, this.origin);
  }

  validate(focus: boolean): Promise<boolean> {
    const requestId = this.nextRequest++;
    return this.request(this.validating, requestId, VALIDATE_TIMEOUT_MS, () => false, () => this.send({ type: 'xpay:validate', requestId, focus }));
  }

  /** One request per key: asking again with a key in flight waits for the same answer. */
  tokenize(idempotencyKey: string): Promise<TokenizedCard> {
    const timeout = () => {
      throw new CheckoutError('network', 'The card frame did not answer in time.');
    };
    return this.request(this.tokenizing, idempotencyKey, TOKENIZE_TIMEOUT_MS, timeout, () => this.send({ type: 'xpay:tokenize', idempotencyKey }));
  }

  /** Fails everything pending: the frame was replaced, failed, or its element went away. */
  close(): void {
    for (const map of [this.tokenizing, this.validating] as Map<unknown, Pending<never>>[]) {
      for (const pending of map.values()) {
        clearTimeout(pending.timer);
        pending.reject(frameUnavailable());
      }
      map.clear();
    }
  }

  private request<K, T>(map: Map<K, Pending<T>>, id: K, timeoutMs: number, onTimeout: () => T, send: () => void): Promise<T> {
    const existing = map.get(id);
    return new Promise<T>((resolve, reject) => {
      const pending: Pending<T> = {
        resolve: (value) => {
          existing?.resolve(value);
          resolve(value);
        },
        reject: (error) => {
          existing?.reject(error);
          reject(error);
        },
        timer: setTimeout(() => {
          map.delete(id);
          try {
            pending.resolve(onTimeout());
          } catch (error) {
            pending.reject(error as CheckoutError);
          }
        }, timeoutMs),
      };
      if (existing) clearTimeout(existing.timer);
      map.set(id, pending);
      if (!existing) send();
    });
  }

  private settle<K, T>(map: Map<K, Pending<T>>, id: K, settle: (pending: Pending<T>) => void): void {
    const pending = map.get(id);
    if (!pending) return;
    map.delete(id);
    clearTimeout(pending.timer);
    settle(pending);
  }
}
