import type { CheckoutApi } from './client.js';
import { CheckoutError } from './errors.js';
import { installmentPlan, type InstallmentPlan } from './payment-schema.js';
import type { Session } from './schema.js';
import { array, object, safeParse } from './validator.js';

// The calls that change an open session (CONTRACT section 2), over the core's CheckoutApi. They
// travel with the payment chunk: an expired or paid session only ever loads.

export interface ConfirmBody {
  customerDetails: Record<string, unknown>;
  customFields?: { key: string; value: string }[];
  /** `{ type }`, plus `id` for a card: the payment method the card frame created. */
  paymentMethod: { type: string; [field: string]: unknown };
  /**
   * The total the customer was shown (session currency, minor units): the provider refuses with
   * 409 `amount_changed` rather than charge another, as a fee settled by the card can make it.
   */
  expectedAmountTotal?: number;
}

/**
 * A card payment method minted inside the provider's card frame (CONTRACT section 5): what the
 * page may know about a card. Single use, bound to its session.
 */
export interface TokenizedCard {
  id: string;
  type: 'card';
  card: { brand: string; last4: string; expMonth: number; expYear: number; funding: string | null; country: string | null };
}

/** Transient failures are retried with the same key: the provider then answers the first attempt's result. */
function keyedPost(api: CheckoutApi, path: string, body: unknown, idempotencyKey: string, signal?: AbortSignal): Promise<Session> {
  return api.withRetries(() => api.post(path, body, signal, { 'Idempotency-Key': idempotencyKey }), signal);
}

export function confirm(api: CheckoutApi, body: ConfirmBody, idempotencyKey: string, signal?: AbortSignal): Promise<Session> {
  return keyedPost(api, '/confirm', body, idempotencyKey, signal);
}

export function applyPromotionCode(api: CheckoutApi, code: string | null, signal?: AbortSignal): Promise<Session> {
  return api.post('/promotion-code', { code }, signal);
}

export function updateLineItems(api: CheckoutApi, lineItems: { id: string; quantity: number }[], signal?: AbortSignal): Promise<Session> {
  return api.post('/line-items', { lineItems }, signal);
}

/** Tells the provider which method (and card brand) the customer chose, so it prices the fee for it. */
export function selectPaymentMethod(api: CheckoutApi, paymentMethodType: string, cardBrand: string | null, signal?: AbortSignal): Promise<Session> {
  return api.post('/selection', { paymentMethodType, cardBrand }, signal);
}

const installmentPlanList = object({ data: array(installmentPlan) });

/** The valU plans the provider offers for the session's current total. */
export function installmentPlans(api: CheckoutApi, signal?: AbortSignal): Promise<InstallmentPlan[]> {
  return api.withRetries(async () => {
    const response = await api.get('/installment-plans', signal);
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // An unreadable body is the same failure as a malformed one, below.
    }
    const parsed = safeParse(installmentPlanList, body);
    if (!parsed.ok) throw new CheckoutError('unexpected_response', 'The provider answered with installment plans the widget cannot read.');
    return parsed.value.data;
  }, signal);
}

/** The one-time code of a valU or wallet payment; keyed like a confirm, so a lost answer is replayed, not re-checked. */
export function verifyOtp(api: CheckoutApi, code: string, idempotencyKey: string, signal?: AbortSignal): Promise<Session> {
  return keyedPost(api, '/verify-otp', { code }, idempotencyKey, signal);
}

export function resendOtp(api: CheckoutApi, signal?: AbortSignal): Promise<Session> {
  return api.post('/verify-otp/resend', {}, signal);
}

/** Ends the waiting valU or wallet attempt without a charge, so the customer can pay another way. */
export function cancelVerification(api: CheckoutApi, signal?: AbortSignal): Promise<Session> {
  return api.post('/verify-otp/cancel', {}, signal);
}

/** The raw event stream; the caller reads its body (EventSource cannot send the Authorization header). */
export function openEventStream(api: CheckoutApi, signal: AbortSignal): Promise<Response> {
  return api.get('/events', signal, { Accept: 'text/event-stream' });
}
