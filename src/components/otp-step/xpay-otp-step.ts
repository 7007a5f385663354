import '../../i18n/use-local-methods-english.js';
import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { translatorContext } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { digitsOnly } from '../../lib/digits.js';
import { XPayInternalEvent } from '../../lib/events.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { otpStepStyles } from './xpay-otp-step.styles.js';

/** What the step needs of the provider's `verifyOtp` next action. */
export interface OtpVerificationView {
  /** `sms` for valU's text message; anything else is the wallet's own app or message. */
  channel: string;
  /** The last digits of the phone the code went to, as the provider masks them. */
  phoneHint: string | null;
  codeLength: number;
  /** Not shown as such: the root words a wrong code with it (`error`, `otp.incorrect` and its count). */
  attemptsRemaining: number | null;
  /** Not shown: the root ends the step when the code expires (`pay.otpExpired`). */
  expiresAt: string | null;
}

/** A message for the code input; `count` fills plural messages (tries left, digits expected). */
export interface OtpError {
  key: MessageKey;
  count?: number;
}

export interface OtpSubmitDetail {
  /** ASCII digits only, exactly `codeLength` of them. */
  code: string;
}

const INPUT_ID = 'otp-code';
const ERROR_ID = `${INPUT_ID}-error`;

/**
 * The one-time-code step of valU and mobile-wallet payments. Presentational: the root sends the
 * code, asks for a new one or leaves the step, and passes back `busy`, `error` and `notice`.
 *
 * The code is kept as ASCII digits whatever keyboard typed it (Arabic-Indic, Persian, …), since
 * that is what the provider compares; anything else typed or pasted is dropped as it arrives.
 *
 * Dispatches `xpay-otp-submit` (OtpSubmitDetail), `xpay-otp-resend` and `xpay-otp-cancel`, all
 * XPayInternalEvents on its host.
 */
export class XPayOtpStep extends LitElement {
  static override styles = [baseStyles, fieldStyles, otpStepStyles];

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  @property({ attribute: false }) verification: OtpVerificationView | null = null;
  /** The amount being paid, already formatted, for the confirm button. */
  @property({ attribute: false }) amount = '';
  /** While true the code is being checked: nothing can be changed or sent again. */
  @property({ type: Boolean }) busy = false;
  /** The root's verdict on the last code (wrong, expired, unreachable); focused when a new one arrives. */
  @property({ attribute: false }) error: OtpError | null = null;
  /** Progress worth hearing but not an error ("A new code is on its way."): a polite status. */
  @property({ attribute: false }) notice: MessageKey | null = null;

  /** A submit with too few digits: checked here, so nothing half-typed reaches the provider. */
  @state() private incomplete = false;
  /** The root's error has been answered by typing a new code, so it no longer describes the input. */
  @state() private errorDismissed = false;

  @query('input') private input?: HTMLInputElement | null;
  @query('.pay') private confirmButton?: HTMLButtonElement | null;

  /** Set when an error arrives while the input is disabled; honoured once it is enabled again. */
  private focusInputPending = false;

  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.input?.focus(options));
  }

  private get codeLength(): number {
    return this.verification?.codeLength ?? 0;
  }

  private get shownError(): OtpError | null {
    if (this.incomplete) return { key: 'otp.incomplete', count: this.codeLength };
    return this.error && !this.errorDismissed ? this.error : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('error') && this.error) {
      this.errorDismissed = false;
      this.incomplete = false;
      this.focusInputPending = true;
    }
    // Busy disables the input and the secondary buttons; focus on one of them would fall to the
    // page. The confirm button stays focusable (aria-disabled) and says what is happening.
    if (changed.has('busy') && this.busy) {
      const active = this.shadowRoot?.activeElement;
      if (active && active !== this.confirmButton) this.confirmButton?.focus();
    }
  }

  protected override updated(): void {
    if (!this.focusInputPending || this.busy || !this.input) return;
    this.focusInputPending = false;
    this.input.focus();
    // The wrong code is selected, so typing the right one replaces it.
    this.input.select();
  }

  /** Keeps the input to ASCII digits, holding the caret after the digits that were before it. */
  private readonly onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const raw = input.value;
    const digits = digitsOnly(raw).slice(0, this.codeLength || undefined);
    if (digits !== raw) {
      const caret = digitsOnly(raw.slice(0, input.selectionStart ?? raw.length)).length;
      input.value = digits;
      input.setSelectionRange(Math.min(caret, digits.length), Math.min(caret, digits.length));
    }
    this.incomplete = false;
    if (this.error) this.errorDismissed = true;
  };

  /**
   * `maxlength` would cut a pasted "123 456" to "123 45" before any input event: the paste is
   * reduced to its digits first, so a code copied with spaces or dashes arrives whole.
   */
  private readonly onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text');
    const input = event.target as HTMLInputElement;
    if (text === undefined) return;
    event.preventDefault();
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    input.setRangeText(digitsOnly(text), start, end, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // The confirm button is only aria-disabled while busy, so a press still lands here.
    if (this.busy || !this.verification || !this.input) return;
    const code = digitsOnly(this.input.value);
    if (code.length !== this.codeLength) {
      this.incomplete = true;
      this.input.focus();
      return;
    }
    this.dispatchEvent(new XPayInternalEvent<OtpSubmitDetail>('xpay-otp-submit', { code }));
  };

  private readonly onResend = () => this.dispatchEvent(new XPayInternalEvent('xpay-otp-resend', null));
  private readonly onCancel = () => this.dispatchEvent(new XPayInternalEvent('xpay-otp-cancel', null));

  override render() {
    const { i18n, verification, busy } = this;
    if (!i18n || !verification) return nothing;
    const error = this.shownError;
    // The message element stays in the tree while empty: one that appears while focus is
    // already in the input (Enter on a short code) is still heard.
    // A masked number the provider did not give is shown as an ellipsis rather than a gap in the sentence.
    const body = i18n.t(verification.channel === 'sms' ? 'otp.bodySms' : 'otp.bodyWallet', {
      length: verification.codeLength,
      hint: verification.phoneHint ?? '…',
    });
    return html`<form
      class="panel otp"
      part="otp"
      novalidate
      aria-labelledby="otp-title"
      aria-describedby="otp-body"
      aria-busy=${busy ? 'true' : 'false'}
      @submit=${this.onSubmit}
    >
      <h2 id="otp-title" class="title">${i18n.t('otp.title')}</h2>
      <p id="otp-body" class="body">${body}</p>
      <div class="field" part="field">
        <label for=${INPUT_ID}>${i18n.t('otp.label')}</label>
        <input
          id=${INPUT_ID}
          name="otp"
          type="text"
          class="code"
          autocomplete="one-time-code"
          inputmode="numeric"
          dir="ltr"
          spellcheck="false"
          maxlength=${verification.codeLength}
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? ERROR_ID : nothing}
          ?disabled=${busy}
          @input=${this.onInput}
          @paste=${this.onPaste}
        />
        <p id=${ERROR_ID} class="error" aria-live="polite">${error ? i18n.t(error.key, error.count === undefined ? {} : { count: error.count }) : nothing}</p>
      </div>
      <p class="status" role="status">${this.notice ? i18n.t(this.notice) : nothing}</p>
      <button class="button button--primary pay" part="pay-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy
          ? html`<span class="spinner" aria-hidden="true"></span><span>${i18n.t('otp.verifying')}</span>`
          : i18n.t('otp.submit', { amount: this.amount })}
      </button>
      <div class="actions">
        <button class="button button--secondary resend" type="button" ?disabled=${busy} @click=${this.onResend}>${i18n.t('otp.resend')}</button>
        <button class="link cancel" type="button" ?disabled=${busy} @click=${this.onCancel}>${i18n.t('otp.cancel')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-otp-step': XPayOtpStep;
  }
}
