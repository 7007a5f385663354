import type { ReactiveController, ReactiveElement } from 'lit';
import { sessionIdFromClientSecret } from '../api/client-secret.js';
import { CheckoutApi } from '../api/client.js';
import { CheckoutError } from '../api/errors.js';
import type { Session } from '../api/schema.js';
import { isAbort, SessionScope } from '../checkout/session-scope.js';
import { initialState, stateName, transition, type CheckoutEvent, type CheckoutState, type ErrorStateCode } from '../checkout/state.js';
import { englishTranslator } from '../i18n/catalogs.js';
import { emit, type ExpiredReason } from '../lib/events.js';

export interface SessionHooks {
  /** What must be ready before a session renders (its catalog, the elements it uses). */
  prepare(session: Session, scope: SessionScope): Promise<unknown>;
  /** A session (first load or update) is now the one shown. */
  applied(session: Session, scope: SessionScope): void;
  /** The state table moved; outcomes move focus, stop clocks and streams. */
  entered(state: CheckoutState, previous: CheckoutState): void;
}

const LOAD_ERROR_STATES: readonly string[] = ['unauthorized', 'session_not_found', 'network', 'unexpected_response', 'invalid_session', 'ui_mode_not_embedded'] satisfies ErrorStateCode[];

/**
 * A load quicker than this goes straight from nothing to the session, with no flash of skeleton
 * bones: the usual case for the script tag, whose session answer arrives with the code. Under
 * 100 ms a change reads as instant; past it, the skeleton says the checkout is on its way.
 */
export const SKELETON_DELAY_MS = 100;

function isErrorState(code: string): code is ErrorStateCode {
  return LOAD_ERROR_STATES.includes(code);
}

/**
 * One loaded session: its scope, the API bound to it, the state table, and the events the
 * merchant hears once per session (CONTRACT §1). Everything else reacts to it.
 */
export class SessionController implements ReactiveController {
  state: CheckoutState = initialState;
  session: Session | null = null;
  api: CheckoutApi | null = null;
  scope: SessionScope | null = null;
  /** This load has taken SKELETON_DELAY_MS: until the session shows, the skeleton does. */
  slow = false;

  private sessionId: string | null = null;
  private readyScope: SessionScope | null = null;
  /**
   * What waits for the loaded session's `xpay-ready`, so that the merchant hears of a session
   * before any outcome it loaded in (completed on return from the bank, expired, refused); null
   * once ready was announced.
   */
  private untilReady: (() => void)[] | null = [];
  /** Session ids already announced, so re-attaching the element never repeats these. */
  private readonly completeAnnounced = new Set<string>();
  private readonly expiredAnnounced = new Set<string>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly hooks: SessionHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reflect();
  }

  hostDisconnected(): void {
    this.scope?.end();
  }

  /** Starts over with a new scope: a new secret, Retry, re-attachment. */
  async load(apiBase: string | null, clientSecret: string | null | undefined, before?: (scope: SessionScope) => Promise<unknown> | undefined): Promise<void> {
    this.scope?.end();
    const scope = new SessionScope();
    this.scope = scope;
    this.session = null;
    this.api = null;
    this.untilReady = [];
    this.slow = false;
    const slowTimer = setTimeout(() => {
      this.slow = true;
      if (this.state.kind === 'loading') this.host.requestUpdate();
    }, SKELETON_DELAY_MS);
    scope.signal.addEventListener('abort', () => clearTimeout(slowTimer), { once: true });
    this.moveTo(initialState);
    try {
      // The request goes out first, so the catalog and the chunks load while it is in flight;
      // whatever it answers waits for them, so errors too speak the requested language.
      const loading = this.request(apiBase, clientSecret, scope);
      const preparing = before?.(scope);
      if (preparing) await scope.guard(preparing);
      if (typeof loading === 'string') return this.fail(loading);
      if (loading) await this.apply(await scope.guard(loading), 'status');
    } catch (error) {
      if (isAbort(error)) return;
      if (!(error instanceof CheckoutError && error.code === 'session_expired')) return this.fail(errorStateOf(error));
      // A 410 on load: the expired notice is all this session will ever show.
      this.dispatch({ type: 'expired', reason: 'status' });
      await this.announceReady(scope, this.sessionId ?? '').catch(() => undefined);
    }
  }

  /**
   * The session request for these inputs, or why there can be none. No secret yet is neither:
   * a framework may still be about to set it, so the checkout waits rather than fails.
   */
  private request(apiBase: string | null, clientSecret: string | null | undefined, scope: SessionScope): Promise<Session> | ErrorStateCode | null {
    if (!apiBase) return 'missing_api_base';
    if (clientSecret === null || clientSecret === undefined) return null;
    const sessionId = sessionIdFromClientSecret(clientSecret);
    if (!sessionId) return 'invalid_client_secret';
    this.sessionId = sessionId;
    this.api = new CheckoutApi({ apiBase, clientSecret, sessionId });
    const loading = this.api.loadSession(scope.signal);
    // Awaited once the catalog is in; until then a failure must not count as unhandled.
    loading.catch(() => undefined);
    return loading;
  }

  /** Mirrors a session from any source; `source` says how an expired status was learned. */
  async apply(session: Session, source: ExpiredReason): Promise<void> {
    const scope = this.scope;
    if (!scope || scope.ended) return;
    if (session.uiMode !== 'embedded') {
      this.session = session;
      return this.fail('ui_mode_not_embedded');
    }
    // Strings and on-demand elements load first, so nothing renders half-translated or half-built.
    await scope.guard(this.hooks.prepare(session, scope));
    this.session = session;
    if (session.status === 'complete') this.dispatch({ type: 'paid' });
    else if (session.status === 'expired') this.dispatch({ type: 'expired', reason: source });
    else this.dispatch({ type: 'opened' });
    this.hooks.applied(session, scope);
    this.host.requestUpdate();
    await this.announceReady(scope, session.id);
  }

  /** Once per loaded session, when what it shows (form or notice) is rendered, children included. */
  private async announceReady(scope: SessionScope, sessionId: string): Promise<void> {
    if (this.readyScope === scope) return;
    this.readyScope = scope;
    await scope.guard(this.host.updateComplete);
    emit(this.host, 'xpay-ready', { sessionId });
    const waiting = this.untilReady ?? [];
    this.untilReady = null;
    for (const run of waiting) run();
  }

  /** Runs `announce` now once the session was announced ready, otherwise right after `xpay-ready`. */
  afterReady(announce: () => void): void {
    if (this.untilReady) this.untilReady.push(announce);
    else announce();
  }

  /** Applies an event of the state table; false when the table refuses it in this state. */
  dispatch(event: CheckoutEvent): boolean {
    const next = transition(this.state, event);
    if (!next) return false;
    const previous = this.state;
    this.moveTo(next);
    this.hooks.entered(next, previous);
    // An error state never becomes ready: it is announced at once.
    if (next.kind === 'error') this.announce(next);
    else this.afterReady(() => this.announce(next));
    return true;
  }

  fail(code: ErrorStateCode): void {
    this.dispatch({ type: 'failed', code });
  }

  /** Reflected at once, so merchants' CSS and scripts never see a stale `state` after an event. */
  private moveTo(state: CheckoutState): void {
    this.state = state;
    if (this.host.isConnected) this.reflect();
    this.host.requestUpdate();
  }

  private reflect(): void {
    const name = stateName(this.state);
    if (this.host.getAttribute('state') !== name) this.host.setAttribute('state', name);
  }

  private announce(state: CheckoutState): void {
    const id = this.session?.id ?? this.sessionId ?? '';
    if (state.kind === 'error') {
      this.scope?.end();
      // Merchants log this: the message is English whatever the customer's language.
      emit(this.host, 'xpay-error', { code: state.code, message: englishTranslator.t(`error.${state.code}`) });
    } else if (state.kind === 'expired' && !this.expiredAnnounced.has(id)) {
      this.expiredAnnounced.add(id);
      emit(this.host, 'xpay-expired', { sessionId: id, reason: state.reason });
    } else if (state.kind === 'complete' && this.session && !this.completeAnnounced.has(id)) {
      this.completeAnnounced.add(id);
      const { session } = this;
      emit(this.host, 'xpay-complete', {
        sessionId: id,
        paymentIntentId: session.paymentIntentId ?? session.paymentIntent?.id ?? null,
        // A completed session that does not say otherwise was paid.
        paymentStatus: session.paymentStatus ?? 'paid',
      });
    }
  }
}

/** Every failure a load can meet becomes a state the widget renders; nothing escapes as an exception. */
function errorStateOf(error: unknown): ErrorStateCode {
  if (error instanceof CheckoutError) return isErrorState(error.code) ? error.code : 'unexpected_response';
  console.error('[xpay-checkout] the session could not be shown', error);
  return 'network';
}
