import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LineItem, Session } from '../../api/schema.js';
import { displayTotals } from '../../lib/totals.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translator.js';
import { safeHttpUrl } from '../../lib/url.js';
import { baseStyles } from '../shared.styles.js';
import { orderSummaryStyles } from './xpay-order-summary.styles.js';

/**
 * The order: merchant, line items and totals, exactly as the latest session states them
 * (amounts are never computed here). Line-item controls are rendered by the parent into
 * the `item-controls` slot of each item via `renderItemControls`.
 */
export class XPayOrderSummary extends LitElement {
  static override styles = [baseStyles, orderSummaryStyles];

  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) i18n!: Translator;
  /** Lets the checkout add a quantity control under an item without the summary knowing about it. */
  @property({ attribute: false }) renderItemControls?: (item: LineItem) => TemplateResult | typeof nothing;

  /** Focuses an item control by its field name (a quantity refused by the provider). */
  focusControl(name: string): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus());
  }

  private money(minor: number, currency: string): string {
    return this.i18n.money(minor, currency);
  }

  private renderItem(item: LineItem, presentmentCurrency: string | null) {
    const { i18n } = this;
    const converted = presentmentCurrency && item.presentmentDetails?.currency === presentmentCurrency;
    const currency = converted ? presentmentCurrency : (item.currency ?? this.session.currency);
    const lineAmount = converted ? (item.presentmentDetails!.amountSubtotal ?? item.amountSubtotal) : item.amountSubtotal;
    const unitAmount = converted ? null : item.price?.unitAmount;
    const name = item.description ?? item.price?.product?.name ?? '';
    // An item with its own quantity control does not repeat the quantity in words.
    const controls = this.renderItemControls?.(item) ?? nothing;
    return html`<li class="item">
      <span class="item-name">${name}</span>
      <span class="item-amount">${this.money(lineAmount, currency)}</span>
      <span class="item-meta">
        ${controls !== nothing
          ? nothing
          : unitAmount != null && item.quantity > 1
            ? i18n.t('summary.quantityAndUnit', { quantity: item.quantity, amount: this.money(unitAmount, currency) })
            : i18n.t('summary.quantity', { quantity: item.quantity })}
      </span>
      ${controls !== nothing ? html`<div class="item-controls">${controls}</div>` : nothing}
    </li>`;
  }

  private row(label: string, minor: number | null, currency: string, className = '') {
    if (minor === null) return nothing;
    return html`<dt class=${className}>${label}</dt>
      <dd class="amount ${className}">${this.money(minor, currency)}</dd>`;
  }

  override render() {
    const { session, i18n } = this;
    if (!session || !i18n) return nothing;
    const totals = displayTotals(session);
    const presentment = session.presentmentDetails;
    const merchant = session.merchantName ?? '';
    const logo = safeHttpUrl(session.merchantLogo);
    const codes = (session.discounts ?? []).map((d) => d.promotionCodeCode).filter(Boolean).join(', ');
    const optional = (key: MessageKey, minor: number | null) => (minor ? this.row(i18n.t(key), minor, totals.currency) : nothing);

    return html`
      <div class="merchant">
        ${logo ? html`<img class="logo" src=${logo} alt=${i18n.t('summary.logo', { merchant })} />` : nothing}
        ${merchant ? html`<p class="merchant-name">${merchant}</p>` : nothing}
      </div>
      <p class="total-hero">${this.money(totals.total, totals.currency)}</p>
      <h2>${i18n.t('summary.heading')}</h2>
      <ul>
        ${session.lineItems.map((item) => this.renderItem(item, presentment?.currency ?? null))}
      </ul>
      <dl>
        ${this.row(i18n.t('summary.subtotal'), totals.subtotal, totals.currency)}
        ${totals.discount
          ? this.row(
              codes ? i18n.t('summary.discountCode', { code: codes }) : i18n.t('summary.discount'),
              -totals.discount,
              totals.currency,
              'discount',
            )
          : nothing}
        ${optional('summary.shipping', totals.shipping)} ${optional('summary.tax', totals.tax)}
        ${optional('summary.platformFee', totals.platformFee)} ${optional('summary.vat', totals.vat)}
        ${this.row(i18n.t(session.status === 'complete' ? 'summary.totalPaid' : 'summary.total'), totals.total, totals.currency, 'total')}
      </dl>
      ${presentment
        ? html`<p class="exchange">
            ${i18n.t('summary.exchangeRate', {
              from: presentment.currency,
              rate: i18n.rate(presentment.exchangeRate),
              to: session.currency,
            })}
            ${i18n.t('summary.settlement', { amount: this.money(session.amountTotal, session.currency) })}
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
