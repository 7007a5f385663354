import { css } from 'lit';

export const orderSummaryStyles = css`
  :host {
    display: block;
  }
  .merchant {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    margin-block-end: var(--_space-4);
  }
  .logo {
    inline-size: 40px;
    block-size: 40px;
    border-radius: var(--_radius);
    object-fit: contain;
    background: var(--_c-bg);
    border: 1px solid var(--_c-border);
  }
  .merchant-name {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .total-hero {
    margin: 0 0 var(--_space-4);
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  h2 {
    margin: 0 0 var(--_space-2);
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_c-muted-fg);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-1) var(--_space-3);
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_c-border);
  }
  .item-name {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .item-meta {
    grid-column: 1;
    font-size: 0.875rem;
    color: var(--_c-muted-fg);
  }
  .item-amount,
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .item-amount {
    grid-column: 2;
    grid-row: 1;
  }
  .item-controls {
    grid-column: 1 / -1;
  }
  /* No column gap: the total's rule must run unbroken under both cells. */
  dl {
    display: grid;
    grid-template-columns: 1fr auto;
    row-gap: var(--_space-2);
    margin: var(--_space-3) 0 0;
  }
  dt {
    padding-inline-end: var(--_space-3);
    color: var(--_c-muted-fg);
  }
  dd {
    margin: 0;
  }
  .discount {
    color: var(--_c-fg);
  }
  .total {
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_c-border);
    font-weight: 700;
    color: var(--_c-fg);
  }
  .exchange {
    margin: var(--_space-3) 0 0;
    font-size: 0.8125rem;
    color: var(--_c-muted-fg);
  }
`;
