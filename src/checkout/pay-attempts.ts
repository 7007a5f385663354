import type { ConfirmBody, TokenizedCard } from '../api/session-changes.js';
import { CheckoutError } from '../api/errors.js';
import type { Session } from '../api/schema.js';
import type { MessageKey } from '../i18n/en.js';
import type { Timers } from '../lib/expiry-clock.js';
import { newIdempotencyKey } from '../lib/idempotency.js';
import { safeHttpUrl } from '../lib/url.js';
import { canonicalJson, sha256Hex } from '../lib/digest.js';
import { withinTime } from './answer-timeout.js';
import { nextStep } from './next-step.js';


/** The two provider calls a pay attempt needs; `CheckoutApi` is one. */
export interface PayPort {
  confirm(body: ConfirmBody, idempotencyKey: string, signal: AbortSignal): Promise<Session>;
  loadSession(signal: AbortSignal): Promise<Session>;
}

export interface PayRequest {
  /** `paymentMethod` is `{ type }` only; no card data ever. */
  body: ConfirmBody;
  /** Bumped by the card element on every change; null when the method is not a card. */
  cardVersion: number | null;
  /** Mints the card's payment method inside the provider frame. */
  tokenizeCard?: (idempotencyKey: string) => Promise<TokenizedCard>;
  /** The confirm went unanswered in time: the provider is being asked what became of it. */
  onNoAnswer?: () => void;
}

export type PayOutcome =
  | { kind: 'complete'; session: Session }
  /** https, or http when the page itself is http. */
  | { kind: 'redirect'; url: string; session: Session }
  /** 200, still open, no (usable) redirect. */
  | { kind: 'not_completed'; session: Session }
  /** 200, still open, waiting on the next step of a local method: a one-time code, or a reference paid at an outlet. */
  | { kind: 'next_step'; session: Session }
  /** 409: the total moved after pay was pressed (a fee the card settled); nothing was charged. */
  | { kind: 'amount_changed'; message: string }
  /** The session no longer takes this payment: an earlier lost attempt went through, it expired, or it is processing. */
  | { kind: 'settled'; session: Session }
  /** The confirm went unanswered in time and the session still waits for payment; the key is kept. */
  | { kind: 'not_taken'; session: Session }
  | { kind: 'declined'; code: string; message: string; messageKey: MessageKey; declineCode?: string }
  /** 400 naming a `param`. */
  | { kind: 'field'; param: string; code: string; message: string }
  /** A refusal without a `param` (400, or a 401/404 on confirm). */
  | { kind: 'invalid'; code: string; message: string }
  /** 410. */
  | { kind: 'expired'; message: string }
  /** The card frame refused the card; its errors are shown inside it. */
  | { kind: 'card_invalid' }
  /** The card frame could not load or answer; nothing was sent to the provider. */
  | { kind: 'card_unavailable' }
  /** Network failure or an unusable answer: the outcome is unknown, so the key is kept. */
  | { kind: 'unknown'; code: string; message: string };

export interface PayAttemptsOptions {
  /** A fresh Idempotency-Key. */
  newKey?: () => string;
  /** A digest of a request; null when none can be made (every press is then a new attempt). */
  digest?: (text: string) => Promise<string | null>;
  /** The embedding page's protocol, e.g. `https:`. */
  pageProtocol?: () => string;
  /** Where the time limit runs: the page's timers unless a test brings a fake clock. */
  timers?: Timers;
}

/** One pay attempt: one Idempotency-Key for everything sent on its behalf. */
interface Attempt {
  readonly key: string;
  /** Of `{ body, cardVersion }`: only an identical request may reuse the key. */
  readonly digest: string | null;
  /** Once true, the provider may have acted on this key: it is only dropped on a definitive answer. */
  confirmSent: boolean;
}

/** The message for a payment the provider refused (402, or a failed authentication on return). */
export function paymentErrorKey(code: string | null | undefined, declineCode: string | null | undefined): MessageKey {
  if (declineCode === 'insufficient_funds') return 'pay.insufficientFunds';
  if (declineCode === 'wallet_not_found') return 'pay.walletNotFound';
  if (code === 'authentication_failed') return 'pay.authenticationFailed';
  return 'pay.declined';
}

/**
 * Why the bank refused a payment, for merchants (`xpay-error` `declineCode`): its decline code,
 * or the refusal's own code when it has none (a failed 3-D Secure is `authentication_failed`).
 */
export function declineReason(code: string | null | undefined, declineCode: string | null | undefined): string | undefined {
  return declineCode ?? code ?? undefined;
}

/**
 * The rules of paying (CONTRACT section 2, confirm), so that a lost answer never leads to a
 * second charge:
 * - one Idempotency-Key per attempt, kept until the provider answers definitively;
 * - pressing pay again with the identical request (form and card unchanged) after an unknown
 *   outcome is the same attempt, with the same key and the same card token key, so the
 *   provider answers with the first attempt's result;
 * - a changed request after an unknown outcome first asks the provider whether the earlier
 *   attempt went through, and if so reports that instead of charging again;
 * - a confirm unanswered within ANSWER_TIMEOUT_MS is given up on and the provider asked what
 *   became of it; a session still waiting for payment keeps the attempt, so pressing pay again
 *   with the form unchanged reuses its key, and a confirm that was only held up charges once.
 * No Lit and no DOM: the element layer turns outcomes into states and messages.
 */
export class PayAttempts {
  private pending: Attempt | null = null;
  private readonly newKey: () => string;
  private readonly digest: (text: string) => Promise<string | null>;
  private readonly pageProtocol: () => string;
  private readonly timers: Timers;

  constructor(
    private readonly port: PayPort,
    options: PayAttemptsOptions = {},
  ) {
    this.newKey = options.newKey ?? newIdempotencyKey;
    this.digest = options.digest ?? sha256Hex;
    this.pageProtocol = options.pageProtocol ?? (() => globalThis.location?.protocol ?? 'https:');
    this.timers = options.timers ?? globalThis;
  }

  /**
   * Resolves with the outcome of every provider answer (every `CheckoutError`). Rejects only
   * with the signal's reason once it aborts (nothing is called after that), or with an error that
   * is not a `CheckoutError`, which is a bug and is not dressed up as a network failure.
   */
  async pay(request: PayRequest, signal: AbortSignal): Promise<PayOutcome> {
    signal.throwIfAborted();
    const digest = await this.digest(canonicalJson({ body: request.body, cardVersion: request.cardVersion }));
    signal.throwIfAborted();

    let attempt = this.pending;
    if (!attempt || digest === null || attempt.digest !== digest) {
      if (attempt?.confirmSent) {
        const earlier = await this.reconcile(signal);
        if (earlier) return earlier;
      }
      attempt = { key: this.newKey(), digest, confirmSent: false };
      this.pending = attempt;
    }

    let body = request.body;
    if (request.tokenizeCard) {
      let card: TokenizedCard;
      try {
        // Derived from the attempt's key: a retry of the same attempt gets the same token back.
        card = await request.tokenizeCard(`${attempt.key}:pm`);
      } catch (error) {
        signal.throwIfAborted();
        return this.settle(attempt, classify(error), 'tokenize');
      }
      signal.throwIfAborted();
      body = { ...body, paymentMethod: { ...body.paymentMethod, type: 'card', id: card.id } };
    }

    attempt.confirmSent = true;
    let session: Session | null;
    try {
      session = await withinTime((inner) => this.port.confirm(body, attempt.key, inner), signal, this.timers);
    } catch (error) {
      // Aborted while the confirm was out: the outcome is unknown, so the attempt stays pending.
      signal.throwIfAborted();
      return this.settle(attempt, classify(error), 'confirm');
    }
    if (session) {
      // A 200 is definitive. Forgotten before anything else runs, so even a bug below can never
      // make the next press reuse this key or read as a lost answer.
      this.forget(attempt);
      signal.throwIfAborted();
      return this.outcomeOf(session);
    }
    signal.throwIfAborted();
    request.onNoAnswer?.();
    const found = await this.lookUp(signal);
    return 'outcome' in found ? found.outcome : { kind: 'not_taken', session: found.open };
  }

  /** Forget the pending attempt (a new session). */
  reset(): void {
    this.pending = null;
  }

  /**
   * The earlier attempt's outcome is unknown and this request differs: ask the provider first.
   * Null when the earlier attempt did not go through (a new attempt may start); otherwise the
   * outcome to report instead of paying.
   */
  private async reconcile(signal: AbortSignal): Promise<PayOutcome | null> {
    const found = await this.lookUp(signal);
    if ('outcome' in found) return found.outcome;
    this.pending = null;
    return null;
  }

  /**
   * Asks the provider what became of the pending attempt. `open` when the session still waits
   * for payment (the attempt stays pending); otherwise the outcome to report: the payment went
   * through, the session expired, or the provider cannot be asked either (still pending, since
   * paying now could charge twice).
   */
  private async lookUp(signal: AbortSignal): Promise<{ open: Session } | { outcome: PayOutcome }> {
    let session: Session | null;
    try {
      session = await withinTime((inner) => this.port.loadSession(inner), signal, this.timers);
    } catch (error) {
      signal.throwIfAborted();
      if (!(error instanceof CheckoutError)) throw error;
      if (error.code === 'session_expired') {
        this.pending = null;
        return { outcome: { kind: 'expired', message: error.message } };
      }
      return { outcome: { kind: 'unknown', code: error.code, message: error.message } };
    }
    signal.throwIfAborted();
    if (!session) return { outcome: { kind: 'unknown', code: 'network', message: 'The provider did not answer in time.' } };
    if (!tookPayment(session)) return { open: session };
    this.pending = null;
    return { outcome: { kind: 'settled', session } };
  }

  /**
   * Definitive answers end the attempt; an unknown outcome keeps it. A card refused before the
   * confirm went out never ends an attempt whose earlier confirm may have gone through.
   */
  private settle(attempt: Attempt, outcome: PayOutcome, stage: 'tokenize' | 'confirm'): PayOutcome {
    const keep = outcome.kind === 'unknown' || (stage === 'tokenize' && attempt.confirmSent && outcome.kind !== 'expired');
    if (!keep) this.forget(attempt);
    return outcome;
  }

  private forget(attempt: Attempt): void {
    if (this.pending === attempt) this.pending = null;
  }

  private outcomeOf(session: Session): PayOutcome {
    if (session.status === 'complete') return { kind: 'complete', session };
    if (tookPayment(session)) return { kind: 'settled', session };
    const action = session.paymentIntent?.nextAction;
    if (action?.type === 'redirect_to_url') {
      const url = this.redirectTarget(action.redirectToUrl?.url);
      if (url) return { kind: 'redirect', url, session };
    }
    if (nextStep(session)) return { kind: 'next_step', session };
    return { kind: 'not_completed', session };
  }

  /** A secure page never sends the customer to a bank over plain HTTP; nothing but http(s) ever. */
  private redirectTarget(value: string | null | undefined): string | null {
    const url = safeHttpUrl(value);
    if (!url) return null;
    return url.startsWith('https:') || this.pageProtocol() === 'http:' ? url : null;
  }
}

/** The session no longer takes payment, or a payment for it is already under way. */
function tookPayment(session: Session): boolean {
  const intent = session.paymentIntent?.status;
  return session.status !== 'open' || intent === 'processing' || intent === 'succeeded';
}

/** Every `CheckoutError` is an outcome; anything else is a bug and is rethrown as it is. */
function classify(error: unknown): PayOutcome {
  if (!(error instanceof CheckoutError)) throw error;
  const { message, details } = error;
  const code = details.providerCode ?? error.code;
  switch (error.code) {
    case 'session_expired':
      return { kind: 'expired', message };
    case 'payment_failed':
      return { kind: 'declined', code, message, messageKey: paymentErrorKey(code, details.declineCode), declineCode: declineReason(code, details.declineCode) };
    case 'invalid_request':
      if (code === 'amount_changed') return { kind: 'amount_changed', message };
      return details.param ? { kind: 'field', param: details.param, code, message } : { kind: 'invalid', code, message };
    case 'card_invalid':
      return { kind: 'card_invalid' };
    case 'card_frame_unavailable':
      return { kind: 'card_unavailable' };
    case 'network':
    case 'invalid_session':
    case 'unexpected_response':
      // The provider may have acted on the request: the answer was lost or unreadable.
      return { kind: 'unknown', code: error.code, message };
    default:
      return { kind: 'invalid', code, message };
  }
}
