import { css } from 'lit';

export const orderSummaryStyles = css`
  :host {
    display: block;
  }
  .merchant {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    margin-block-end: var(--_space-5);
  }
  .logo {
    flex: none;
    inline-size: 40px;
    block-size: 40px;
    border-radius: var(--_radius);
    object-fit: contain;
    background: var(--_c-bg);
    border: 1px solid var(--_c-border);
  }
  .merchant-name {
    min-inline-size: 0;
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }
  /* What the customer pays, named, first after whom they pay. */
  .total-hero {
    display: grid;
    gap: var(--_space-1);
    margin: 0 0 var(--_space-5);
  }
  .total-label {
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--_c-muted-fg);
  }
  .total-amount {
    font-size: 2rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  /* A seven-digit amount in a phone-wide widget still fits on one line. */
  @container (max-width: 20rem) {
    .total-amount {
      font-size: 1.5rem;
    }
  }
  h2 {
    margin: 0 0 var(--_space-1);
    font-size: 1rem;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The name yields; the amount breaks only when it alone is too wide. */
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-1) var(--_space-3);
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_c-border);
    /* A long order lays out only the lines near the screen (a 200-line layout took 45 ms);
       a line not yet seen holds the size of one with a name and a quantity. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4.625rem;
  }
  .item-name {
    font-weight: 500;
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
    grid-template-columns: minmax(0, 1fr) auto;
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
