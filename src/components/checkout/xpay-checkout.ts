import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { sessionIdFromClientSecret } from '../../api/client-secret.js';
import { CheckoutApi, type ConfirmBody } from '../../api/client.js';
import { CheckoutError, type CheckoutErrorCode } from '../../api/errors.js';
import { LiveStatus } from '../../api/live-status.js';
import type { LineItem, Session } from '../../api/schema.js';
import { loadExtras, loadPayment } from '../../features/load-features.js';
import { needsExtras } from '../../features/needs-extras.js';
import { FormValidation } from '../../forms/form-validation.js';
import type { ValidationMessage } from '../../forms/validation.js';
import { browserLocales, englishTranslator, loadTranslator, resolve } from '../../i18n/catalogs.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { emit, type ExpiredReason } from '../../lib/events.js';
import { ExpiryClock } from '../../lib/expiry-clock.js';
import { newIdempotencyKey } from '../../lib/idempotency.js';
import { createLatestCall } from '../../lib/latest-call.js';
import { safeHttpUrl } from '../../lib/url.js';
import { themeFromBranding } from '../../theme/theme.js';
import { themeTokens } from '../../theme/tokens.styles.js';
import type { XPayExpiredNotice } from '../expired-notice/xpay-expired-notice.js';
import { displayTotals } from '../../lib/totals.js';
import type { XPayPaymentForm } from '../payment-form/xpay-payment-form.js';
import { baseStyles } from '../shared.styles.js';
import { checkoutStyles } from './xpay-checkout.styles.js';

export type CheckoutState = 'loading' | 'open' | 'processing' | 'complete' | 'expired' | 'error';

type Theme = ReturnType<typeof themeFromBranding>;

/** Errors whose message is shown in the widget; `session_expired` and payment errors have their own UI. */
type ErrorStateCode = Extract<
  CheckoutErrorCode,
  'missing_api_base' | 'invalid_client_secret' | 'unauthorized' | 'session_not_found' | 'network' | 'invalid_session' | 'ui_mode_not_embedded'
>;

/** Moments at which the remaining time is spoken; the visible countdown ticks every second. */
const ANNOUNCE_AT_SECONDS = [120, 60, 30, 10];

/**
 * `<xpay-checkout>`: loads a Checkout Session by its client secret and renders the whole
 * checkout. The session is the single source of truth; the element only mirrors it.
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
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 5000;

  private currentState: CheckoutState = 'loading';
  @state() private session: Session | null = null;
  @state() private errorCode: ErrorStateCode | null = null;
  @state() private i18n: Translator = englishTranslator;
  @state() private remainingMs: number | null = null;
  @state() private announcement = '';
  @state() private theme: Theme = themeFromBranding(null);
  @state() private paymentError: MessageKey | null = null;
  @state() private redirecting = false;
  /** Spoken when the total changes because of the customer's own action (WCAG 4.1.3). */
  @state() private totalAnnouncement = '';
  /** While the customer's catalog loads, nothing speaks or shows words in another language. */
  @state() private stringsPending = false;

  @query('xpay-expired-notice') private expiredNotice?: XPayExpiredNotice;
  @query('xpay-payment-form') private paymentForm?: XPayPaymentForm;
  @query('.notice--success') private completeNotice?: HTMLElement;

  private api: CheckoutApi | null = null;
  private loadAbort: AbortController | null = null;
  private liveStatus: LiveStatus | null = null;
  private clock: ExpiryClock | null = null;
  private clockExpiresAt: string | null = null;
  private sessionId: string | null = null;
  private readyEmitted = false;
  /** Session ids already announced, so re-attaching the element never repeats these. */
  private readonly expiredAnnounced = new Set<string>();
  private readonly completeAnnounced = new Set<string>();
  /**
   * Kept until the provider answers definitively, so a retried attempt is the same attempt;
   * bound to a digest of what was sent, so an edited form is a new attempt with a new key.
   */
  private pendingAttempt: { key: string; digest: string | null } | null = null;
  /** The last server re-check after the clock ran out; teardown must be able to stop it. */
  private finalCheck: LiveStatus | null = null;
  /** One validation model for every field: the form's, the card's and the quantities'. */
  private readonly validation = new FormValidation();
  private unregisterQuantities: (() => void)[] = [];
  /** Quantities chosen but not yet accepted by the provider; sent together, last change wins. */
  private readonly pendingQuantities = new Map<string, number>();
  private readonly quantityUpdates = createLatestCall(
    (lineItems: { id: string; quantity: number }[], signal: AbortSignal) => this.api!.updateLineItems(lineItems, signal),
    { delayMs: 400 },
  );

  constructor() {
    super();
    this.validation.observe(this);
  }
  private announcedAt = new Set<number>();
  private brandingKey = 'null';
  private requestedLocale: string | null = null;
  /** Bumped by every teardown, so work that outlived its session (an await across removal) stops. */
  private generation = 0;
  private localeLoading: Promise<void> = Promise.resolve();

  /** The state reflected as the `state` attribute. */
  get state(): CheckoutState {
    return this.currentState;
  }

  /**
   * Reflected at once rather than in the next render, so merchants' CSS and scripts never
   * see a stale `state` between an event and the paint that follows it.
   */
  private get viewState(): CheckoutState {
    return this.currentState;
  }

  private set viewState(next: CheckoutState) {
    const previous = this.currentState;
    this.currentState = next;
    if (this.isConnected) this.setAttribute('state', next);
    this.requestUpdate('viewState', previous);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.currentState);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('pageshow', this.onPageShow);
    // Re-attached after an unmount: start again from the server's view of the session.
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('pageshow', this.onPageShow);
    this.teardown();
  }

  protected override updated(changed: PropertyValues): void {
    // A render can still run after removal (destroy() right after mount()): never start then.
    if ((changed.has('clientSecret') || changed.has('apiBase')) && this.isConnected) {
      void this.load();
    } else if (changed.has('locale')) {
      void this.applyLocale(this.session?.locale);
    }
    if (changed.has('viewState') && this.viewState === 'expired') this.expiredNotice?.focus();
    if (changed.has('viewState') && this.viewState === 'complete' && changed.get('viewState') !== 'loading') {
      // The form or dialog that had focus is gone: focus lands on the outcome instead.
      this.completeNotice?.focus();
    }
  }

  /** Reloads the session from scratch; what the Retry button does. */
  async reload(): Promise<void> {
    await this.load();
  }

  /** Stops every timer, stream and request. */
  private teardown(): void {
    this.generation += 1;
    this.finalCheck?.stop();
    this.finalCheck = null;
    this.quantityUpdates.cancel();
    this.pendingQuantities.clear();
    this.loadAbort?.abort();
    this.loadAbort = null;
    this.liveStatus?.stop();
    this.liveStatus = null;
    this.clock?.stop();
    this.clock = null;
    this.clockExpiresAt = null;
  }

  private async load(): Promise<void> {
    this.teardown();
    this.session = null;
    this.errorCode = null;
    this.remainingMs = null;
    this.readyEmitted = false;
    this.pendingAttempt = null;
    this.paymentError = null;
    this.redirecting = false;
    this.announcedAt.clear();
    this.viewState = 'loading';
    // An explicit locale is known before any session: the skeleton and early errors use it.
    const generation = this.generation;
    if (this.locale) await this.applyLocale(null);
    if (generation !== this.generation || !this.isConnected) return;

    if (!this.apiBase) return this.fail('missing_api_base');
    // No secret yet: a framework may still be about to set it, so wait rather than fail.
    if (this.clientSecret === null || this.clientSecret === undefined) return;
    const sessionId = sessionIdFromClientSecret(this.clientSecret);
    if (!sessionId) return this.fail('invalid_client_secret');

    this.sessionId = sessionId;
    // Fetched alongside the session rather than after it: most sessions are open.
    void loadPayment().catch(() => undefined);
    this.api = new CheckoutApi({ apiBase: this.apiBase, clientSecret: this.clientSecret, sessionId });
    const abort = new AbortController();
    this.loadAbort = abort;
    try {
      const session = await this.api.loadSession(abort.signal);
      if (abort.signal.aborted) return;
      await this.applySession(session, 'status');
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error instanceof CheckoutError ? (error.code as ErrorStateCode) : 'network');
    }
  }

  private fail(code: ErrorStateCode): void {
    this.teardown();
    this.errorCode = code;
    this.viewState = 'error';
    // Merchants log this: the message is English whatever the customer's language.
    emit(this, 'xpay-error', { code, message: englishTranslator.t(`error.${code}`) });
  }

  /**
   * Loads the strings for the element's `locale`, else the session's, else the browser's.
   * Only the latest request may win, so a slow catalog never overrides a newer choice.
   */
  private async applyLocale(sessionLocale: string | null | undefined): Promise<void> {
    const requested = this.locale ?? sessionLocale ?? 'auto';
    if (requested === this.requestedLocale) return this.localeLoading;
    this.requestedLocale = requested;
    this.stringsPending = true;
    const tags = requested === 'auto' ? browserLocales() : [requested];
    this.localeLoading = loadTranslator(tags).then((translator) => {
      if (this.requestedLocale !== requested) return;
      this.i18n = translator;
      this.stringsPending = false;
      // A catalog that failed to load (English stood in) is asked for again on the next update.
      if (translator.language !== resolve(tags).catalog) this.requestedLocale = null;
    });
    return this.localeLoading;
  }

  /**
   * Mirrors a session from any source. `expiredReason` says how an expired status was
   * learned: on load (`status`) or from the live stream or polling (`server`).
   */
  private async applySession(session: Session, expiredReason: ExpiredReason): Promise<void> {
    if (session.uiMode !== 'embedded') {
      this.session = session;
      return this.fail('ui_mode_not_embedded');
    }
    // Strings and any on-demand elements load before anything renders, so nothing appears
    // half-translated or half-built.
    const generation = this.generation;
    await Promise.all([
      this.applyLocale(session.locale),
      session.status === 'open' ? loadPayment() : null,
      needsExtras(session) ? loadExtras() : null,
    ]);
    if (generation !== this.generation) return;
    const alreadyExpired = this.viewState === 'expired';
    this.session = session;
    this.applyTheme(session);
    this.registerQuantities(session);

    if (session.status === 'open' && !alreadyExpired) {
      if (this.viewState !== 'processing') this.viewState = 'open';
      this.startWatching(session);
    } else if (session.status === 'complete') {
      this.markComplete(session);
    } else if (session.status === 'expired' || alreadyExpired) {
      this.markExpired(expiredReason);
    }
    if (!this.readyEmitted) {
      this.readyEmitted = true;
      const renderedFor = this.generation;
      // Back from a bank's authentication page that failed: say so where the customer retries.
      if (session.status === 'open' && session.paymentIntent?.lastPaymentError) {
        this.paymentError = paymentErrorKey(session.paymentIntent.lastPaymentError.code, session.paymentIntent.lastPaymentError.declineCode);
      }
      await this.updateComplete;
      if (renderedFor === this.generation) emit(this, 'xpay-ready', { sessionId: session.id });
    }
  }

  /**
   * The session layer of the theme goes on the host as `--xpay-session-*` properties, where the
   * token chain resolves; merchants' own `--xpay-*` values keep winning because these never
   * use the public names. Recomputed only when branding changes, so warnings are said once.
   */
  private applyTheme(session: Session): void {
    const key = JSON.stringify(session.brandingSettings ?? null);
    if (key === this.brandingKey) return;
    this.brandingKey = key;
    for (const name of Object.keys(this.theme.properties)) this.style.removeProperty(name);
    this.theme = themeFromBranding(session.brandingSettings);
    for (const [name, value] of Object.entries(this.theme.properties)) this.style.setProperty(name, value);
  }

  private startWatching(session: Session): void {
    if (!this.liveStatus && this.api) {
      this.liveStatus = new LiveStatus({
        api: this.api,
        pollIntervalMs: Math.max(500, Number(this.pollInterval) || 5000),
        onSession: (next) => {
          const generation = this.generation;
          this.applySession(next, 'server').catch(() => {
            if (generation === this.generation) this.fail('network');
          });
        },
      });
      this.liveStatus.start();
    }
    if (this.clockExpiresAt !== session.expiresAt) {
      this.clock?.stop();
      this.clock = null;
      this.clockExpiresAt = session.expiresAt;
      const expiresAt = Date.parse(session.expiresAt);
      if (Number.isNaN(expiresAt)) {
        // The server still refuses payment after expiry; the stream or polling reports it.
        console.warn('[xpay-checkout] the session has an unreadable expiresAt; relying on the server alone');
        return;
      }
      const api = this.api;
      this.clock = new ExpiryClock({
        expiresAt,
        // expiresAt is the provider's time: a device clock that runs fast must not expire early.
        now: () => Date.now() + (api?.serverClockOffsetMs ?? 0),
        onTick: (remaining) => this.onCountdown(remaining),
        onExpire: () => this.onClockExpired(),
      });
      this.clock.start();
    }
  }

  private stopWatching(): void {
    this.liveStatus?.stop();
    this.liveStatus = null;
    this.clock?.stop();
    this.clock = null;
    this.clockExpiresAt = null;
    this.remainingMs = null;
  }

  private onCountdown(remainingMs: number): void {
    this.remainingMs = remainingMs;
    const seconds = Math.ceil(remainingMs / 1000);
    const due = ANNOUNCE_AT_SECONDS.find((mark) => seconds <= mark && !this.announcedAt.has(mark));
    if (due !== undefined) {
      // Mark every threshold already passed so a late start speaks once, not four times.
      for (const mark of ANNOUNCE_AT_SECONDS) if (mark >= seconds) this.announcedAt.add(mark);
      this.announcement = this.i18n.t('expiry.warning', { relative: this.i18n.relativeTime(remainingMs) });
    }
  }

  /** The clock ran out: block at once; `markExpired` then asks the server once more. */
  private onClockExpired(): void {
    this.markExpired('expires_at');
  }

  /** Quantity fields join the shared model so a provider refusal lands at its stepper. */
  private registerQuantities(session: Session): void {
    for (const unregister of this.unregisterQuantities) unregister();
    this.unregisterQuantities = session.lineItems
      .filter((item) => item.adjustableQuantity?.enabled)
      .map((item) =>
        this.validation.register({
          name: quantityFieldName(item),
          validate: () => null,
          focus: () => this.renderRoot.querySelector('xpay-order-summary')?.focusControl(quantityFieldName(item)),
        }),
      );
  }

  private announceTotal(key: 'quantity.updated'): void {
    const totals = displayTotals(this.session!);
    this.totalAnnouncement = this.i18n.t(key, { total: this.i18n.money(totals.total, totals.currency) });
  }

  /** The promotion-code element's `apply`: resolves the message to show at the field, if any. */
  private readonly applyPromotionCode = async (code: string | null): Promise<ValidationMessage | null> => {
    if (!this.api) return null;
    const generation = this.generation;
    try {
      const session = await this.api.applyPromotionCode(code);
      if (generation === this.generation) await this.applySession(session, 'server');
      return null;
    } catch (error) {
      if (generation !== this.generation) return null;
      return this.sideCallError(error) ?? { key: 'promo.invalid' };
    }
  };

  private readonly onQuantityChange = async (event: CustomEvent<{ name: string; value: string }>) => {
    const item = this.session?.lineItems.find((line) => quantityFieldName(line) === event.detail.name);
    if (!item) return;
    this.validation.clearError(event.detail.name);
    this.pendingQuantities.set(item.id, Number(event.detail.value));
    const lineItems = [...this.pendingQuantities].map(([id, quantity]) => ({ id, quantity }));
    const generation = this.generation;
    try {
      const session = await this.quantityUpdates.schedule(lineItems);
      if (!session || generation !== this.generation) return;
      for (const { id } of lineItems) this.pendingQuantities.delete(id);
      await this.applySession(session, 'server');
      if (generation === this.generation) this.announceTotal('quantity.updated');
    } catch (error) {
      if (generation !== this.generation) return;
      for (const { id } of lineItems) this.pendingQuantities.delete(id);
      const message = this.sideCallError(error);
      if (message && error instanceof CheckoutError) {
        this.validation.setServerError(error.details.param ?? event.detail.name, error.details.providerCode ?? error.code);
      }
    }
  };

  /**
   * Promotion codes and quantities change the session outside a pay attempt. An expired session
   * shows the notice; anything else becomes a message for the field that asked.
   */
  private sideCallError(error: unknown): ValidationMessage | null {
    if (error instanceof CheckoutError && error.code === 'session_expired') {
      this.markExpired('server');
      return null;
    }
    if (error instanceof CheckoutError && error.code === 'network') return { key: 'error.network' };
    if (error instanceof CheckoutError && error.details.providerCode === 'invalid_promotion_code') return { key: 'promo.invalid' };
    return { key: 'validation.rejected' };
  }

  private markComplete(session: Session): void {
    this.stopWatching();
    this.viewState = 'complete';
    this.paymentForm?.clearCard();
    if (this.completeAnnounced.has(session.id)) return;
    this.completeAnnounced.add(session.id);
    emit(this, 'xpay-complete', {
      sessionId: session.id,
      paymentIntentId: session.paymentIntentId ?? session.paymentIntent?.id ?? null,
      // A completed session that does not say otherwise was paid.
      paymentStatus: session.paymentStatus ?? 'paid',
    });
  }

  /**
   * One pay attempt (CONTRACT section 2, confirm). The form has already validated; this only
   * talks to the provider and turns its answer into a state.
   */
  private readonly submitPayment = async (body: ConfirmBody): Promise<void> => {
    if (this.viewState !== 'open' || !this.api) return;
    const api = this.api;
    const generation = this.generation;
    this.paymentError = null;
    this.viewState = 'processing';
    const digest = await attemptDigest(body);
    if (generation !== this.generation) return;
    if (!this.pendingAttempt || digest === null || this.pendingAttempt.digest !== digest) {
      // The last attempt's outcome is unknown (a network failure) and this one differs: ask the
      // provider first, so an attempt that went through is never followed by a second charge.
      if (this.pendingAttempt && (await this.previousAttemptSettled(api, generation))) return;
      if (generation !== this.generation) return;
      this.pendingAttempt = { key: newIdempotencyKey(), digest };
    }
    try {
      const session = await api.confirm(body, this.pendingAttempt.key);
      if (generation !== this.generation) return;
      this.pendingAttempt = null;
      const redirect = session.paymentIntent?.nextAction?.type === 'redirect_to_url' ? session.paymentIntent.nextAction.redirectToUrl?.url : null;
      if (session.status === 'open' && redirect !== null && redirect !== undefined) {
        const url = safeHttpUrl(redirect);
        // A secure page never sends the customer to a bank over plain HTTP.
        if (url && (url.startsWith('https:') || location.protocol === 'http:')) {
          this.redirecting = true;
          this.navigateTop(url);
          return;
        }
      }
      if (session.status === 'open' && this.viewState === 'processing') {
        this.viewState = 'open';
        this.failPayment('payment_failed', 'The payment was not completed.', 'pay.failed');
      }
      await this.applySession(session, 'confirm');
    } catch (error) {
      if (generation === this.generation) this.handlePaymentError(error);
    }
  };

  /** True when the provider says the session no longer takes payment (shown instead of paying). */
  private async previousAttemptSettled(api: CheckoutApi, generation: number): Promise<boolean> {
    let session: Session;
    try {
      session = await api.loadSession();
    } catch {
      return false;
    }
    if (generation !== this.generation) return true;
    const intent = session.paymentIntent?.status;
    if (session.status === 'open' && intent !== 'processing' && intent !== 'succeeded') return false;
    this.pendingAttempt = null;
    // Complete or expired shows as such; a payment still processing at the provider keeps the
    // progress state until the event stream or polling reports its outcome.
    await this.applySession(session, 'server');
    return true;
  }

  private handlePaymentError(error: unknown): void {
    const failure = error instanceof CheckoutError ? error : new CheckoutError('network', String(error));
    if (failure.code === 'session_expired') {
      this.pendingAttempt = null;
      this.markExpired('confirm');
      emit(this, 'xpay-error', { code: 'session_expired', message: failure.message });
      return;
    }
    // A transport failure, or an answer we could not read, leaves the outcome unknown: the next
    // press is the same attempt. Anything else was a definitive answer.
    if (failure.code !== 'network' && failure.code !== 'invalid_session') this.pendingAttempt = null;
    // Only a checkout still waiting on this attempt goes back to the form. One that completed or
    // expired meanwhile (the event stream knew first) already shows the outcome: no error then.
    if (this.viewState !== 'processing') return;
    this.viewState = 'open';
    const code = failure.details.providerCode ?? failure.code;
    if (failure.code === 'invalid_request' && failure.details.param && this.paymentForm?.validation.setServerError(failure.details.param, code)) {
      emit(this, 'xpay-error', { code, message: failure.message });
      return;
    }
    const key: MessageKey =
      failure.code === 'network' ? 'pay.network'
      : failure.code === 'payment_failed' ? paymentErrorKey(code, failure.details.declineCode)
      : failure.details.param ? 'pay.invalid'
      : 'pay.failed';
    this.failPayment(code, failure.message, key);
  }

  private failPayment(code: string, message: string, key: MessageKey): void {
    this.paymentError = key;
    emit(this, 'xpay-error', { code, message });
  }

  /** Leaves for the bank's page; a seam so tests can observe it without leaving the test page. */
  protected navigateTop(url: string): void {
    try {
      (window.top ?? window).location.href = url;
    } catch {
      window.location.href = url;
    }
  }

  private markExpired(reason: ExpiredReason): void {
    this.clock?.stop();
    this.clock = null;
    this.remainingMs = null;
    this.viewState = 'expired';
    const expiredId = this.session?.id ?? this.sessionId ?? '';
    // On the clock's word, ask the server once more (it may know the payment completed
    // meanwhile), then stop listening.
    const liveStatus = this.liveStatus;
    this.liveStatus = null;
    if (reason === 'expires_at' && liveStatus) {
      this.finalCheck = liveStatus;
      liveStatus.checkNow().finally(() => liveStatus.stop());
    } else {
      liveStatus?.stop();
    }
    if (this.expiredAnnounced.has(expiredId)) return;
    this.expiredAnnounced.add(expiredId);
    emit(this, 'xpay-expired', { sessionId: expiredId, reason });
  }

  /** Back from the bank through the back/forward cache: the page was frozen mid-redirect. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.redirecting) void this.reload();
  };

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') this.clock?.check();
  };

  private renderSkeleton() {
    return html`<div class="skeleton" role="status" aria-busy="true">
      ${this.stringsPending ? nothing : html`<span class="visually-hidden">${this.i18n.t('loading')}</span>`}
      <div class="skeleton-summary" aria-hidden="true">
        <div class="bone bone--title"></div>
        <div class="bone bone--hero"></div>
        <div class="bone"></div>
        <div class="bone"></div>
        <div class="bone bone--short"></div>
      </div>
      <div class="skeleton-form" aria-hidden="true">
        <div class="bone bone--label"></div>
        <div class="bone bone--input"></div>
        <div class="bone bone--label"></div>
        <div class="bone bone--input"></div>
        <div class="bone bone--input"></div>
        <div class="bone bone--button"></div>
      </div>
    </div>`;
  }

  private renderError(code: ErrorStateCode) {
    const { i18n } = this;
    const hostedUrl = code === 'ui_mode_not_embedded' && this.session?.uiMode === 'hosted' ? safeHttpUrl(this.session.url) : null;
    return html`<div class="notice notice--error" part="notice" role="alert">
      <h2 class="notice-title">${i18n.t('error.title')}</h2>
      <p>${i18n.t(`error.${code}`)}</p>
      ${code === 'network'
        ? html`<button class="button button--primary" type="button" @click=${() => void this.reload()}>
            ${i18n.t('action.retry')}
          </button>`
        : nothing}
      ${hostedUrl
        ? html`<a class="button button--primary" href=${hostedUrl} target="_top">${i18n.t('action.continueToCheckout')}</a>`
        : nothing}
    </div>`;
  }

  private renderCountdown() {
    const remaining = this.remainingMs;
    return html`<div class="countdown" ?hidden=${remaining === null}>
      <span aria-hidden="true">
        ${this.i18n.t('expiry.timeLeft')} <strong class="countdown-clock">${this.i18n.clock(remaining ?? 0)}</strong>
      </span>
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>
    </div>`;
  }

  private renderComplete(session: Session) {
    const { i18n } = this;
    const totals = displayTotals(session);
    const amount = i18n.money(totals.total, totals.currency);
    return html`<div class="notice notice--success" part="notice" role="status" tabindex="-1">
      <h2 class="notice-title">${i18n.t('complete.title')}</h2>
      <p>
        ${session.merchantName
          ? i18n.t('complete.body', { merchant: session.merchantName, amount })
          : i18n.t('complete.bodyGeneric', { amount })}
      </p>
    </div>`;
  }

  private renderSession(session: Session) {
    const expired = this.viewState === 'expired';
    const locked = this.viewState !== 'open';
    const totals = displayTotals(session);
    return html`<div class="layout" ?inert=${expired}>
        <div class="summary-column">
          <xpay-order-summary
            part="summary"
            .session=${session}
            .i18n=${this.i18n}
            .renderItemControls=${this.renderQuantity(locked)}
          ></xpay-order-summary>
          ${session.allowPromotionCodes && this.viewState !== 'complete'
            ? html`<xpay-promo-code
                exportparts="field"
                .i18n=${this.i18n}
                .appliedCode=${session.discounts?.find((discount) => discount.promotionCodeCode)?.promotionCodeCode ?? null}
                .total=${this.i18n.money(totals.total, totals.currency)}
                .apply=${this.applyPromotionCode}
                ?disabled=${locked}
              ></xpay-promo-code>`
            : nothing}
          <span class="visually-hidden" role="status">${this.totalAnnouncement}</span>
        </div>
        <div class="main">
          ${this.viewState === 'complete'
            ? this.renderComplete(session)
            : html`${this.renderCountdown()}
                <xpay-payment-form
                  exportparts="form, pay-button, field, notice"
                  .validation=${this.validation}
                  .session=${session}
                  .i18n=${this.i18n}
                  .submit=${this.submitPayment}
                  .processing=${this.viewState === 'processing'}
                  .paymentError=${this.redirecting ? 'pay.redirecting' : this.paymentError}
                  .layout=${this.theme.formLayout}
                ></xpay-payment-form>`}
        </div>
      </div>
      ${expired
        ? html`<xpay-expired-notice
            exportparts="notice"
            .i18n=${this.i18n}
            .merchantName=${session.merchantName ?? null}
            .cancelUrl=${session.cancelUrl ?? null}
          ></xpay-expired-notice>`
        : nothing}`;
  }

  /** The summary asks for each item's control; only adjustable ones get a stepper. */
  private renderQuantity(locked: boolean) {
    return (item: LineItem) => {
      const limits = item.adjustableQuantity;
      if (!limits?.enabled || this.viewState === 'complete') return nothing;
      const name = quantityFieldName(item);
      return html`<xpay-quantity-stepper
        .i18n=${this.i18n}
        name=${name}
        .itemLabel=${item.description ?? item.price?.product?.name ?? ''}
        .value=${live(item.quantity)}
        .min=${limits.minimum ?? 1}
        .max=${limits.maximum ?? 99}
        .error=${this.validation.errorFor(name)}
        ?disabled=${locked}
        @xpay-change=${this.onQuantityChange}
      ></xpay-quantity-stepper>`;
    };
  }

  override render() {
    const { theme } = this;
    const body =
      this.viewState === 'error' && this.errorCode
        ? this.renderError(this.errorCode)
        : this.session && this.viewState !== 'loading'
          ? this.renderSession(this.session)
          : this.renderSkeleton();
    return html`<section
      class="root"
      part="root"
      dir=${this.i18n.dir}
      lang=${this.i18n.language}
      aria-label=${ifDefined(this.stringsPending ? undefined : this.i18n.t('checkout.label'))}
      data-layout=${theme.formLayout}
      data-color-mode=${theme.colorMode}
    >
      ${body}
    </section>`;
  }
}

/**
 * A digest of one pay attempt's body, so a retry after a network failure reuses its key only
 * when nothing changed. SHA-256 keeps card data out of what is remembered; without SubtleCrypto
 * (an insecure context) every press is a new attempt.
 */
async function attemptDigest(body: ConfirmBody): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(body)));
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The quantity field's name is its param in the provider's line-items call. */
function quantityFieldName(item: LineItem): string {
  return `lineItems.${item.id}.quantity`;
}

/** The customer-facing message for a refused payment. */
function paymentErrorKey(code: string | null | undefined, declineCode: string | null | undefined): MessageKey {
  if (declineCode === 'insufficient_funds') return 'pay.insufficientFunds';
  if (code === 'authentication_failed') return 'pay.authenticationFailed';
  return 'pay.declined';
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-checkout': XPayCheckout;
  }
}
