import type { ReactiveController, ReactiveElement } from 'lit';
import { XPayInternalEvent } from '../../lib/events.js';

/**
 * What `xpay-method-change` carries: the method the customer chose and, for a card, the brand
 * its number shows once recognised; the provider prices the fee for them.
 */
export interface MethodChoice {
  type: string;
  cardBrand: string | null;
}

/**
 * Tells the root each new choice of method (and card brand) once, after the render that shows
 * it, so the provider re-prices the fee for it and nothing else asks twice.
 */
export class MethodChoiceReporter implements ReactiveController {
  private told = '';
  private cardBrand: string | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly chosen: () => { sessionId: string; type: string } | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.tell();
  }

  /** The card frame recognised (or lost) a brand. */
  cardBrandSeen(brand: string | null): void {
    if (brand === this.cardBrand) return;
    this.cardBrand = brand;
    this.tell();
  }

  private tell(): void {
    const chosen = this.chosen();
    if (!chosen?.type) return;
    const choice: MethodChoice = { type: chosen.type, cardBrand: chosen.type === 'card' ? this.cardBrand : null };
    const key = `${chosen.sessionId}:${choice.type}:${choice.cardBrand ?? ''}`;
    if (key === this.told) return;
    this.told = key;
    this.host.dispatchEvent(new XPayInternalEvent<MethodChoice>('xpay-method-change', choice));
  }
}
