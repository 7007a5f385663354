import type { ReactiveController, ReactiveElement } from 'lit';
import { CheckoutError } from '../api/errors.js';
import type { Session } from '../api/schema.js';
import { isAbort } from '../checkout/session-scope.js';
import { serverErrorMessage } from '../forms/field-feedback.js';
import { quantityFieldName } from '../forms/quantity-field.js';
import type { ValidationMessage } from '../forms/validation.js';
import type { Translator } from '../i18n/translator.js';
import { displayTotals } from '../lib/totals.js';
import { createLatestCall } from '../lib/latest-call.js';
import type { SessionController } from './session-controller.js';
import { applyPromotionCode, updateLineItems } from '../api/session-changes.js';

/** A customer stepping through quantities sends one request, not one per click. */
const QUANTITY_DEBOUNCE_MS = 400;

/**
 * Changes the customer makes to the session itself, outside a pay attempt (CONTRACT §2):
 * promotion codes and quantities. The provider recomputes every amount; refusals become
 * messages at the control that asked, an expired session the expired notice.
 */
export class SessionEditsController implements ReactiveController {
  /** Provider refusals by quantity field name. */
  quantityErrors: ReadonlyMap<string, ValidationMessage> = new Map();
  /** Spoken when the total changes because of the customer's own action (WCAG 4.1.3). */
  totalAnnouncement = '';
  /** Quantities chosen but not yet accepted; sent together, last change wins. */
  private readonly pendingQuantities = new Map<string, number>();
  private readonly quantityUpdates = createLatestCall(
    (lineItems: { id: string; quantity: number }[], signal: AbortSignal) => updateLineItems(this.options.session.api!, lineItems, signal),
    { delayMs: QUANTITY_DEBOUNCE_MS },
  );

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: {
      session: SessionController;
      translator: () => Translator;
      onQuantityRefused: (name: string) => void;
    },
  ) {
    host.addController(this);
  }

  /** A new session starts with no pending edits. */
  reset(signal: AbortSignal): void {
    this.quantityUpdates.cancel();
    this.pendingQuantities.clear();
    this.quantityErrors = new Map();
    this.totalAnnouncement = '';
    signal.addEventListener('abort', () => this.quantityUpdates.cancel(), { once: true });
  }

  hostDisconnected(): void {
    this.quantityUpdates.cancel();
  }

  /** The promotion-code element's `apply`: resolves the message to show at its field, if any. */
  readonly applyPromotionCode = async (code: string | null): Promise<ValidationMessage | null> => {
    const { api, scope } = this.options.session;
    if (!api || !scope) return null;
    try {
      const session = await scope.guard(applyPromotionCode(api, code, scope.signal));
      await this.options.session.apply(session, 'server');
      return null;
    } catch (error) {
      if (isAbort(error)) return null;
      return this.refusal(error);
    }
  };

  async changeQuantity(name: string, quantity: number): Promise<void> {
    const { session: sessionController } = this.options;
    const { scope } = sessionController;
    const item = sessionController.session?.lineItems.find((line) => quantityFieldName(line.id) === name);
    if (!item || !scope) return;
    this.setError(name, null);
    this.pendingQuantities.set(item.id, quantity);
    const lineItems = [...this.pendingQuantities].map(([id, pending]) => ({ id, quantity: pending }));
    try {
      const session = await scope.guard(this.quantityUpdates.schedule(lineItems));
      // Superseded by a later change: that one carries this quantity too.
      if (!session) return;
      for (const { id } of lineItems) this.pendingQuantities.delete(id);
      await sessionController.apply(session, 'server');
      this.announceTotal(session);
    } catch (error) {
      if (isAbort(error)) return;
      for (const { id } of lineItems) this.pendingQuantities.delete(id);
      const message = this.refusal(error);
      if (!message) return;
      const refused = this.quantityFieldFor(error instanceof CheckoutError ? error.details.param : undefined) ?? name;
      this.setError(refused, message);
      this.options.onQuantityRefused(refused);
    }
  }

  /** The provider names `lineItems.{id}.quantity`, or just `lineItems.{id}` for an item it no longer has. */
  private quantityFieldFor(param: string | undefined): string | null {
    const match = param && /^lineItems\.([^.]+)/.exec(param);
    return match ? quantityFieldName(match[1]) : null;
  }

  private announceTotal(session: Session): void {
    const totals = displayTotals(session);
    const i18n = this.options.translator();
    this.totalAnnouncement = i18n.t('quantity.updated', { total: i18n.money(totals.total, totals.currency) });
    this.host.requestUpdate();
  }

  private setError(name: string, message: ValidationMessage | null): void {
    const next = new Map(this.quantityErrors);
    if (message) next.set(name, message);
    else next.delete(name);
    this.quantityErrors = next;
    this.host.requestUpdate();
  }

  /** An expired session shows the notice (no message); anything else is a message for the field that asked. */
  private refusal(error: unknown): ValidationMessage | null {
    if (error instanceof CheckoutError && error.code === 'session_expired') {
      this.options.session.dispatch({ type: 'expired', reason: 'server' });
      return null;
    }
    if (error instanceof CheckoutError && error.code === 'network') return { key: 'error.network' };
    return serverErrorMessage(error instanceof CheckoutError ? error.details.providerCode : null);
  }
}
