import type { ReactiveController, ReactiveElement } from 'lit';
import { CheckoutError } from '../api/errors.js';
import type { Session } from '../api/schema.js';
import { isAbort } from '../checkout/session-scope.js';
import type { PlansState } from '../components/payment-form/customer-fields.js';
import type { MethodChoice } from '../components/payment-form/method-choice.js';
import { createLatestCall } from '../lib/latest-call.js';
import type { SessionController } from './session-controller.js';
import { installmentPlans, selectPaymentMethod } from '../api/session-changes.js';

/** Several brand reports while a number is typed (4 → 42 → 4242…) price the fee once. */
const SELECTION_DEBOUNCE_MS = 150;

/** Whether the session is already priced for this choice. */
function pricedFor(session: Session, choice: MethodChoice): boolean {
  const fees = session.fees;
  if (!fees || fees.paymentMethodType !== choice.type) return false;
  return choice.type !== 'card' || (fees.cardInfo?.brand ?? null) === choice.cardBrand;
}

/**
 * What the customer's choice of method asks of the provider (issue 12): the fee the provider
 * computes for that method and card brand when the session passes fees on (the widget never
 * computes one), and the valU plans for the current total. The latest choice wins; an answer to
 * an earlier one is dropped.
 */
export class MethodChoiceController implements ReactiveController {
  plans: PlansState = { status: 'loading' };
  private choice: MethodChoice | null = null;
  /** The session id and total the plans were asked for: another total asks again. */
  private plansAskedFor: string | null = null;
  private plansRequest: AbortController | null = null;
  private readonly selections = createLatestCall(
    (choice: MethodChoice, signal: AbortSignal) => selectPaymentMethod(this.options.session.api!, choice.type, choice.cardBrand, signal),
    { delayMs: SELECTION_DEBOUNCE_MS },
  );

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: { session: SessionController },
  ) {
    host.addController(this);
  }

  /** A new session starts with no choice and no plans. */
  reset(signal: AbortSignal): void {
    this.cancel();
    this.choice = null;
    this.plans = { status: 'loading' };
    this.plansAskedFor = null;
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  async choose(choice: MethodChoice): Promise<void> {
    this.choice = choice;
    const { session: controller } = this.options;
    const { api, scope, session } = controller;
    if (!api || !scope || !session) return;
    this.askForPlans(session);
    if (!session.fees || pricedFor(session, choice)) return;
    try {
      const priced = await scope.guard(this.selections.schedule(choice));
      if (priced) await controller.apply(priced, 'server');
    } catch (error) {
      if (isAbort(error)) return;
      if (error instanceof CheckoutError && error.code === 'session_expired') {
        controller.dispatch({ type: 'expired', reason: 'server' });
        return;
      }
      // The confirm carries the total the customer saw, so a fee left unpriced here is caught there.
      console.warn('[xpay-checkout] the provider could not price the chosen payment method', error);
    }
  }

  /** Every session the checkout shows: a total that moved needs plans for the new total. */
  sessionChanged(session: Session): void {
    this.askForPlans(session);
  }

  /** The Retry of a failed plans request. */
  retryPlans(): void {
    const session = this.options.session.session;
    this.plansAskedFor = null;
    if (session) this.askForPlans(session);
  }

  private askForPlans(session: Session): void {
    const { api, scope } = this.options.session;
    const key = `${session.id}:${session.amountTotal}`;
    if (this.choice?.type !== 'valu' || session.status !== 'open' || !api || !scope || key === this.plansAskedFor) return;
    this.plansAskedFor = key;
    this.plansRequest?.abort();
    const request = new AbortController();
    this.plansRequest = request;
    this.plans = { status: 'loading' };
    this.host.requestUpdate();
    installmentPlans(api, AbortSignal.any([scope.signal, request.signal])).then(
      (plans) => this.showPlans(request, { status: 'ready', plans }),
      (error: unknown) => {
        if (isAbort(error)) return;
        console.warn('[xpay-checkout] the installment plans could not be loaded', error);
        this.showPlans(request, { status: 'failed' });
      },
    );
  }

  private showPlans(request: AbortController, plans: PlansState): void {
    if (this.plansRequest !== request || request.signal.aborted) return;
    this.plans = plans;
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.selections.cancel();
    this.plansRequest?.abort();
    this.plansRequest = null;
  }
}
