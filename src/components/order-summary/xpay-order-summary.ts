import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { LineItem, Session } from '../../api/schema.js';
import { quantityFieldName } from '../../forms/quantity-field.js';
import type { ValidationMessage } from '../../forms/validation.js';
import { translatorContext } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { XPayInternalEvent } from '../../lib/events.js';
import { displayTotals } from '../../lib/totals.js';
import { feeLabelKey, vatLabelKey } from '../../lib/fees.js';
import { secureHttpUrl } from '../../lib/url.js';
import type { QuantityChange } from '../quantity-stepper/xpay-quantity-stepper.js';
import { baseStyles } from '../shared.styles.js';
import { orderSummaryStyles } from './xpay-order-summary.styles.js';

/** Lines per render task: a 200-line order in one task was the longest of the mount (73 ms). */
const LINES_PER_TASK = 50;

/**
 * The order: merchant, line items and totals, exactly as the latest session states them
 * (amounts are never computed here). Adjustable items get a quantity stepper, whose changes
 * leave this element as `xpay-quantity-change` on its host for the checkout to send.
 */
export class XPayOrderSummary extends LitElement {
  static override styles = [baseStyles, orderSummaryStyles];

  @property({ attribute: false }) session?: Session;
  /** Provider refusals of a quantity, by its field name. */
  @property({ attribute: false }) quantityErrors: ReadonlyMap<string, ValidationMessage> = new Map();
  /** While paying, expired or complete, quantities cannot change. */
  @property({ type: Boolean }) locked = false;

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  /** How many lines are rendered; a long order grows by LINES_PER_TASK a task until all are. */
  @state() private linesShown = LINES_PER_TASK;
  private moreLines: Promise<void> | null = null;

  protected override updated(): void {
    if (this.moreLines || this.linesShown >= (this.session?.lineItems.length ?? 0)) return;
    this.moreLines = new Promise((resolve) =>
      setTimeout(() => {
        this.moreLines = null;
        this.linesShown += LINES_PER_TASK;
        resolve();
      }),
    );
  }

  /** Rendered means every line is (Lit's documented getUpdateComplete pattern), so ready waits for the last. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.moreLines) {
      await this.moreLines;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Focuses an item control by its field name (a quantity refused by the provider). */
  focusControl(name: string): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus());
  }

  private renderQuantity(item: LineItem) {
    const limits = item.adjustableQuantity;
    if (!limits?.enabled || this.session?.status === 'complete') return nothing;
    const name = quantityFieldName(item.id);
    return html`<xpay-quantity-stepper
      name=${name}
      .itemLabel=${item.description ?? item.price?.product?.name ?? ''}
      .value=${live(item.quantity)}
      .minimum=${limits.minimum ?? null}
      .maximum=${limits.maximum ?? null}
      .error=${this.quantityErrors.get(name) ?? null}
      ?disabled=${this.locked}
      @xpay-quantity-change=${this.forwardQuantityChange}
    ></xpay-quantity-stepper>`;
  }

  /** The stepper's event stops at this shadow root; the checkout listens on this host. */
  private readonly forwardQuantityChange = (event: XPayInternalEvent<QuantityChange>) => {
    event.stopPropagation();
    this.dispatchEvent(new XPayInternalEvent<QuantityChange>('xpay-quantity-change', event.detail));
  };

  private renderItem(i18n: Translator, item: LineItem, session: Session, presentmentCurrency: string | null) {
    const itemPresentment = presentmentCurrency && item.presentmentDetails?.currency === presentmentCurrency ? item.presentmentDetails : null;
    const currency = itemPresentment ? itemPresentment.currency : (item.currency ?? session.currency);
    const lineAmount = itemPresentment ? (itemPresentment.amountSubtotal ?? item.amountSubtotal) : item.amountSubtotal;
    const unitAmount = itemPresentment ? null : item.price?.unitAmount;
    const name = item.description ?? item.price?.product?.name ?? '';
    // An item with its own quantity control does not repeat the quantity in words.
    const controls = this.renderQuantity(item);
    return html`<li class="item">
      <span class="item-name">${name}</span>
      <span class="item-amount">${i18n.money(lineAmount, currency)}</span>
      <span class="item-meta">
        ${controls !== nothing
          ? nothing
          : unitAmount != null && item.quantity > 1
            ? i18n.t('summary.quantityAndUnit', { quantity: item.quantity, amount: i18n.money(unitAmount, currency) })
            : i18n.t('summary.quantity', { quantity: item.quantity })}
      </span>
      ${controls !== nothing ? html`<div class="item-controls">${controls}</div>` : nothing}
    </li>`;
  }

  private row(i18n: Translator, label: string, minor: number | null, currency: string, className = '') {
    if (minor === null) return nothing;
    return html`<dt class=${className}>${label}</dt>
      <dd class="amount ${className}">${i18n.money(minor, currency)}</dd>`;
  }

  override render() {
    const { session, i18n } = this;
    if (!session || !i18n) return nothing;
    const totals = displayTotals(session);
    const presentment = session.presentmentDetails;
    const merchant = session.merchantName ?? '';
    const logo = secureHttpUrl(session.merchantLogo);
    const totalLabel = i18n.t(session.status === 'complete' ? 'summary.totalPaid' : 'summary.total');
    const codes = (session.discounts ?? []).map((d) => d.promotionCodeCode).filter(Boolean).join(', ');
    const optional = (key: MessageKey, minor: number | null) => (minor ? this.row(i18n, i18n.t(key), minor, totals.currency) : nothing);

    return html`
      ${logo || merchant
        ? html`<div class="merchant">
            ${logo ? html`<img class="logo" src=${logo} alt=${i18n.t('summary.logo', { merchant })} width="40" height="40" />` : nothing}
            ${merchant ? html`<p class="merchant-name">${merchant}</p>` : nothing}
          </div>`
        : nothing}
      <p class="total-hero">
        <span class="total-label">${totalLabel}</span>
        <span class="total-amount">${i18n.money(totals.total, totals.currency)}</span>
      </p>
      <h2>${i18n.t('summary.heading')}</h2>
      <ul>
        ${session.lineItems.slice(0, this.linesShown).map((item) => this.renderItem(i18n, item, session, presentment?.currency ?? null))}
      </ul>
      <dl>
        ${this.row(i18n, i18n.t('summary.subtotal'), totals.subtotal, totals.currency)}
        ${totals.discount
          ? this.row(
              i18n,
              codes ? i18n.t('summary.discountCode', { code: codes }) : i18n.t('summary.discount'),
              -totals.discount,
              totals.currency,
              'discount',
            )
          : nothing}
        ${optional('summary.shipping', totals.shipping)} ${optional('summary.tax', totals.tax)}
        ${optional(feeLabelKey(session.fees), totals.platformFee)} ${optional(vatLabelKey(session.fees), totals.vat)}
        ${this.row(i18n, totalLabel, totals.total, totals.currency, 'total')}
      </dl>
      ${presentment
        ? html`<p class="exchange">
            ${i18n.t('summary.exchangeRate', {
              // A number, so the "1" is written with the locale's digits like the rate beside it.
              one: 1,
              from: presentment.currency,
              rate: i18n.rate(presentment.exchangeRate),
              to: session.currency,
            })}
            ${i18n.t('summary.settlement', { amount: i18n.money(session.amountTotal, session.currency) })}
          </p>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-order-summary': XPayOrderSummary;
  }
}
