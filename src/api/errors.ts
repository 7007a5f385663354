/** Error codes the widget reports through `xpay-error` (CONTRACT section 1-2). */
export type CheckoutErrorCode =
  | 'missing_api_base'
  | 'invalid_client_secret'
  | 'unauthorized'
  | 'session_not_found'
  | 'network'
  | 'unexpected_response'
  | 'invalid_session'
  | 'ui_mode_not_embedded'
  | 'session_expired'
  | 'payment_failed'
  | 'invalid_request'
  /** The card frame refused the card; its own inputs show why. */
  | 'card_invalid'
  /** The card frame never became usable (it failed to load or to answer). */
  | 'card_frame_unavailable';

/**
 * A failed call to the provider, already classified. `message` is the provider's
 * (or our) English text for logs; the UI shows a localized message chosen by `code`.
 */
export class CheckoutError extends Error {
  override readonly name = 'CheckoutError';

  constructor(
    readonly code: CheckoutErrorCode,
    message: string,
    readonly details: {
      status?: number;
      param?: string;
      declineCode?: string;
      providerCode?: string;
      /** Tries left for a one-time code the provider refused. */
      attemptsRemaining?: number;
      /** How long the provider asked us to wait (`Retry-After`), when it said. */
      retryAfterMs?: number;
    } = {},
  ) {
    super(message);
  }

  /** Retrying can only help when the failure was transport-level (including 429 and 5xx). */
  get retryable(): boolean {
    return this.code === 'network';
  }
}
