import type { ReactiveElement } from 'lit';
import { CheckoutError } from '../api/errors.js';
import type { Session } from '../api/schema.js';
import { isAbort } from '../checkout/session-scope.js';
import type { OtpError } from '../components/otp-step/xpay-otp-step.js';
import type { MessageKey } from '../i18n/en.js';
import { emit } from '../lib/events.js';
import { newIdempotencyKey } from '../lib/idempotency.js';
import type { PayFlow } from './pay-flow.js';
import type { SessionController } from './session-controller.js';
import { cancelVerification, resendOtp, verifyOtp } from '../api/session-changes.js';

/** Refusals that end the waiting attempt: the customer presses pay again for a new code. */
const ENDED: Partial<Record<string, MessageKey>> = {
  otp_attempts_exceeded: 'pay.otpAttemptsExceeded',
  otp_expired: 'pay.otpExpired',
};

/**
 * The one-time-code step of a valU or mobile-wallet payment (issue 12): the confirm left the
 * session waiting on a code (`nextAction.verify_otp`); this sends it, asks for a new one, or
 * gives up on the attempt. A code is sent under one Idempotency-Key until the provider answers
 * it definitively, so a lost answer is replayed rather than counted as another try.
 */
export class VerificationFlow {
  /** The code's message at its input (a wrong code and the tries left, a failure to reach the provider). */
  error: OtpError | null = null;
  /** Progress worth hearing ("A new code is on its way."). */
  notice: MessageKey | null = null;
  busy = false;
  private pending: { code: string; key: string } | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: { session: SessionController; pay: PayFlow },
  ) {}

  reset(): void {
    this.error = null;
    this.notice = null;
    this.busy = false;
    this.pending = null;
  }

  readonly submit = (code: string): Promise<void> =>
    this.run(async (api, signal) => {
      if (this.pending?.code !== code) this.pending = { code, key: newIdempotencyKey() };
      return verifyOtp(api, code, this.pending.key, signal);
    });

  readonly resend = (): Promise<void> => this.run((api, signal) => resendOtp(api, signal), 'otp.resent');

  readonly cancel = (): Promise<void> => this.run((api, signal) => cancelVerification(api, signal));

  private async run(call: (api: NonNullable<SessionController['api']>, signal: AbortSignal) => Promise<Session>, notice: MessageKey | null = null): Promise<void> {
    const { session: controller } = this.options;
    const { api, scope } = controller;
    if (!api || !scope || this.busy) return;
    this.busy = true;
    this.error = null;
    this.notice = null;
    this.host.requestUpdate();
    try {
      const session = await scope.guard(call(api, scope.signal));
      this.pending = null;
      this.notice = notice;
      await controller.apply(session, 'confirm');
    } catch (error) {
      if (isAbort(error)) return;
      await this.refused(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private async refused(error: unknown): Promise<void> {
    if (!(error instanceof CheckoutError)) throw error;
    const { session: controller, pay } = this.options;
    const code = error.details.providerCode ?? error.code;
    if (error.code === 'session_expired') {
      controller.dispatch({ type: 'expired', reason: 'confirm' });
      emit(this.host, 'xpay-error', { code: 'session_expired', message: error.message });
      return;
    }
    // A lost answer keeps the key: sending the same code again is the same request.
    if (error.code === 'network' || error.code === 'unexpected_response') {
      this.error = { key: 'otp.failed' };
      return;
    }
    this.pending = null;
    emit(this.host, 'xpay-error', { code, message: error.message });
    if (code === 'otp_incorrect' && error.details.attemptsRemaining !== undefined) {
      this.error = { key: 'otp.incorrect', count: error.details.attemptsRemaining };
      return;
    }
    // The attempt is over (or was never waiting): the session, re-read, shows the form again.
    const ended = ENDED[code];
    if (ended) pay.endStep(ended);
    const { api, scope } = controller;
    if (!api || !scope) return;
    try {
      await controller.apply(await scope.guard(api.loadSession(scope.signal)), 'confirm');
    } catch (reload) {
      if (!isAbort(reload)) this.error = { key: 'otp.failed' };
    }
  }
}
