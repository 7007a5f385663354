import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Session } from '../../api/schema.js';
import type { SessionScope } from '../../checkout/session-scope.js';
import { isSettled, stateName, type CheckoutState, type StateName } from '../../checkout/state.js';
import { DEFAULT_POLL_INTERVAL_MS } from '../../controllers/poll-interval.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { AfterCompletionController } from '../../controllers/after-completion-controller.js';
import { RestartController } from '../../controllers/restart-controller.js';
import { SessionController } from '../../controllers/session-controller.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { prepareSession, type PaymentFeature } from '../../features/prepare-session.js';
import type { ExpiredReason } from '../../lib/events.js';
import { timeRanOut } from '../../lib/expiry-reason.js';
import { navigateTop } from '../../lib/url.js';
import { warmNumberFormatting } from '../../lib/money.js';
import type { FormValues } from '../../forms/checkout-values.js';
import { themeTokens } from '../../theme/tokens.styles.js';
import type { CardFrameConfig } from '../card-input/xpay-card-input.js';
import type { XPayOrderSummary } from '../order-summary/xpay-order-summary.js';
import type { XPayPaymentForm } from '../payment-form/xpay-payment-form.js';
import type { OpenSession } from './open-session.js';
import { baseStyles } from '../shared.styles.js';
import { checkoutStyles } from './xpay-checkout.styles.js';
import { CLOSED_SESSION_VIEW, renderBody, type ExpiredView, type SessionViewModel } from './xpay-checkout.views.js';

/**
 * `<xpay-checkout>`: loads a Checkout Session by its client secret and renders the whole
 * checkout. The session is the single source of truth; each concern is a controller, and this
 * element only wires them together and renders.
 *
 * @fires {XPayEvent<'xpay-ready'>} xpay-ready - `{ sessionId }` once the session is rendered and usable; before any outcome the loaded session already has.
 * @fires {XPayEvent<'xpay-complete'>} xpay-complete - `{ sessionId, paymentIntentId, paymentStatus }` once, when payment completes (`paymentIntentId` may be null).
 * @fires {XPayEvent<'xpay-expired'>} xpay-expired - `{ sessionId, reason }` once per session.
 * @fires {XPayEvent<'xpay-error'>} xpay-error - `{ code, message, declineCode? }` for every error state and failed pay attempt; `message` is the provider's text: render it as text.
 *
 * @csspart root - The widget's box.
 * @csspart summary - The order summary.
 * @csspart form - The payment form.
 * @csspart pay-button - The pay button.
 * @csspart field - Each form field.
 * @csspart notice - Every notice: the error state, a refused payment, the completed and the expired notice.
 * @csspart notice-error - The error state's notice.
 * @csspart notice-payment - A refused payment, by the pay button.
 * @csspart notice-complete - The completed notice (the receipt).
 * @csspart notice-expired - The expired notice (an `alertdialog`).
 *
 * @cssprop --xpay-color-primary - Primary colour: the pay button. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-primary-foreground - Text on the primary colour. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-background - The widget's background. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-foreground - Text. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-border - Borders of cards and panels. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-input - Input borders (3:1 on the background). Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-ring - The focus ring. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-muted - Muted surfaces. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-muted-foreground - Secondary text. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-accent - Accent surfaces. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-accent-foreground - Text on accent surfaces. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-color-destructive - Errors. Wins over `brandingSettings.colors`.
 * @cssprop --xpay-radius - Corner radius of controls.
 * @cssprop --xpay-radius-container - Corner radius of cards and panels.
 * @cssprop --xpay-space-1 - Spacing scale, step 1 of 6 (smallest first).
 * @cssprop --xpay-space-2 - Spacing scale, step 2 of 6.
 * @cssprop --xpay-space-3 - Spacing scale, step 3 of 6.
 * @cssprop --xpay-space-4 - Spacing scale, step 4 of 6.
 * @cssprop --xpay-space-5 - Spacing scale, step 5 of 6.
 * @cssprop --xpay-space-6 - Spacing scale, step 6 of 6.
 * @cssprop --xpay-input-height - Height of inputs.
 * @cssprop --xpay-input-font-size - Font size of inputs.
 * @cssprop --xpay-input-padding-inline - Inline padding of inputs.
 * @cssprop --xpay-input-border-width - Border width of inputs, a border-width value (`0 0 1px 0` underlines).
 * @cssprop --xpay-input-border-color - Border colour of inputs.
 * @cssprop --xpay-input-radius - Corner radius of inputs.
 * @cssprop --xpay-input-background - Background of inputs.
 * @cssprop --xpay-font-family - The widget's font family (a plain family list).
 */
export class XPayCheckout extends LitElement {
  static override styles = [themeTokens, baseStyles, checkoutStyles];

  /** The session's client secret; changing it loads that session. */
  @property({ attribute: 'client-secret' }) clientSecret: string | null = null;
  /** Base URL of the provider API. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;
  /** Overrides the session's locale; `auto` follows the browser. */
  @property() locale: string | null = null;
  /** Milliseconds between status re-checks when no event stream is available. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = DEFAULT_POLL_INTERVAL_MS;
  /**
   * Asks the merchant's server for a new session; when set, an expired checkout offers Start
   * again (CONTRACT §6). The script-tag API sets it from its `fetchClientSecret` option.
   */
  @property({ attribute: false }) fetchClientSecret: (() => Promise<string>) | null = null;

  @query('xpay-payment-form') private paymentForm!: XPayPaymentForm | null;
  @query('xpay-order-summary') private summary!: XPayOrderSummary | null;

  private readonly strings = new LocaleController(this);
  private readonly theme = new ThemeController(this);
  private readonly checkout = new SessionController(this, {
    prepare: (session, scope) => this.prepare(session, scope),
    applied: (session, scope) => this.applied(session, scope),
    entered: (next, previous) => this.entered(next, previous),
  });
  private readonly afterCompletion = new AfterCompletionController(this, (url) => this.navigateTop(url));
  private readonly restart = new RestartController(this, {
    fetchSecret: () => this.fetchClientSecret,
    // A customer quick enough to press Start again before the expired session was announced
    // ready must not cost the merchant that session's xpay-ready.
    useSecret: (secret) => this.checkout.afterReady(() => (this.clientSecret = secret)),
    reloadPage: () => this.reloadPage(),
  });
  /** Paying, editing, codes, live status and the clock: created with the first open session. */
  private open: OpenSession | null = null;
  private cardConfig: CardFrameConfig | null = null;
  /** What the customer typed into an expired session, for the session that replaces it. */
  private carriedValues: FormValues | null = null;
  /** An open session shown (summary real, form in bones) while the payment code is still on its way. */
  @state() private preview: Session | null = null;

  /** The state reflected as the `state` attribute. */
  get state(): StateName {
    return stateName(this.checkout.state);
  }

  /** Reloads the session from scratch; what the Retry button does. */
  reload(): Promise<void> {
    return this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
    // Re-attached after an unmount: start again from the server's view of the session.
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first render, so the request is in flight while the skeleton paints. A render can
    // still run after removal (destroy() right after mount()): never start then.
    if (changed.has('clientSecret')) {
      // A new secret after expiry is a new start of the same checkout: keep what was typed. A session
      // loaded expired never fetched the form's code, so its form is not even defined: nothing typed.
      const form = this.paymentForm?.hasUpdated ? this.paymentForm : null;
      this.carriedValues = this.checkout.state.kind === 'expired' ? (form?.typedValues() ?? this.carriedValues) : null;
    }
    if ((changed.has('clientSecret') || changed.has('apiBase')) && this.isConnected) void this.load();
    else if (changed.has('locale') && this.checkout.scope) void this.strings.use(this.requestedLocale(), this.checkout.scope.signal);
  }

  /** `xpay-ready` means rendered, children included (Lit's documented getUpdateComplete pattern). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const children = this.renderRoot.querySelectorAll<LitElement>('xpay-order-summary, xpay-promo-code, xpay-payment-form, xpay-expired-notice');
    await Promise.all(Array.from(children, (child) => child.updateComplete));
    return result;
  }

  private load(): Promise<void> {
    return this.checkout.load(this.apiBase, this.clientSecret, (scope) => {
      this.open?.reset(scope.signal);
      this.afterCompletion.stop();
      this.cardConfig = null;
      this.preview = null;
      warmNumberFormatting(this.locale, scope.signal);
      // An explicit locale is known before any session: the skeleton and early errors use it.
      return this.locale ? this.strings.use(this.locale, scope.signal) : undefined;
    });
  }

  private requestedLocale(session = this.checkout.session): string {
    return this.locale ?? session?.locale ?? 'auto';
  }

  private prepare(session: Session, scope: SessionScope): Promise<unknown> {
    return prepareSession(session, {
      apiBase: this.apiBase,
      strings: this.strings.use(this.requestedLocale(session), scope.signal),
      onPayment: (payment) => this.openWith(payment.OpenSession, scope),
      onSummaryReady: () => this.showPreview(session, scope),
    });
  }

  private showPreview(session: Session, scope: SessionScope): void {
    if (scope.ended || this.checkout.state.kind !== 'loading') return;
    this.theme.apply(session.brandingSettings);
    this.preview = session;
  }

  private openWith(OpenSession: PaymentFeature['OpenSession'], scope: SessionScope): void {
    if (this.open) return;
    this.open = new OpenSession(this, {
      session: this.checkout,
      form: () => this.paymentForm,
      navigate: (url) => this.navigateTop(url),
      translator: () => this.strings.translator,
      focusQuantity: (name) => void this.updateComplete.then(() => this.summary?.focusControl(name)),
      pollInterval: () => this.pollInterval,
    });
    this.open.reset(scope.signal);
  }

  private applied(session: Session, scope: SessionScope): void {
    this.theme.apply(session.brandingSettings);
    if (this.cardConfig?.sessionId !== session.id && this.apiBase && this.clientSecret) {
      this.cardConfig = { apiBase: this.apiBase, clientSecret: this.clientSecret, sessionId: session.id };
    }
    this.open?.applied(session, scope, session.status === 'open' && !isSettled(this.checkout.state));
  }

  private entered(next: CheckoutState, previous: CheckoutState): void {
    if (!isSettled(next)) return;
    this.open?.settled(next);
    if (next.kind === 'expired') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('xpay-expired-notice')?.focus());
    if (next.kind === 'complete') {
      this.paymentForm?.clearCard();
      if (this.checkout.session) this.afterCompletion.start(this.checkout.session);
      // The form or dialog that had focus is gone: focus lands on the outcome instead.
      if (previous.kind !== 'loading') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.notice--success')?.focus());
    }
  }

  /** Leaves for the bank's page; a seam so tests can observe it without leaving the test page. */
  protected navigateTop(url: string): void {
    navigateTop(url);
  }

  /** Back from the bank through the back/forward cache: the page was frozen mid-redirect. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.open?.redirecting) void this.load();
  };

  private readonly onRetry = () => {
    if (this.checkout.dispatch({ type: 'retry' })) void this.load();
  };

  /** Without a way to a new session, a fresh page is one; a seam so tests stay on their page. */
  protected reloadPage(): void {
    window.location.reload();
  }

  private sessionView(state: CheckoutState): SessionViewModel {
    return {
      ...(this.open?.view() ?? CLOSED_SESSION_VIEW),
      cardConfig: this.cardConfig,
      restoredValues: this.carriedValues,
      expired: state.kind === 'expired' ? this.expiredView(state.reason) : null,
      completionRedirect: this.afterCompletion.target,
      formLayout: this.theme.theme.formLayout,
    };
  }

  private expiredView(reason: ExpiredReason): ExpiredView {
    const session = this.checkout.session;
    const providerNow = Date.now() + (this.checkout.api?.serverClockOffsetMs ?? 0);
    return {
      timeRanOut: timeRanOut(reason, session?.expiresAt, providerNow),
      canRestart: this.restart.available,
      restarting: this.restart.restarting,
      restartFailed: this.restart.failed,
      onRestart: this.restart.restart,
    };
  }

  override render() {
    const i18n = this.strings.translator;
    const { theme } = this.theme;
    const { state } = this.checkout;
    const body = renderBody(i18n, state, state.kind === 'loading' ? this.preview : this.checkout.session, {
      stringsPending: this.strings.pending,
      skeletonDue: this.checkout.slow,
      onRetry: this.onRetry,
      expiredView: (reason) => this.expiredView(reason),
      sessionView: () => this.sessionView(state),
    });
    return html`<section
      class="root"
      part="root"
      dir=${i18n.dir}
      lang=${i18n.language}
      aria-label=${ifDefined(this.strings.pending ? undefined : i18n.t('checkout.label'))}
      data-layout=${theme.formLayout}
      data-color-mode=${theme.colorMode}
      ?hidden=${body === nothing}
    >
      ${body}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-checkout': XPayCheckout;
  }
}
