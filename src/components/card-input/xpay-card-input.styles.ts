import { css } from 'lit';

export const cardInputStyles = css`
  :host {
    display: block;
  }
  .grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-3);
  }
  .number {
    grid-column: 1 / -1;
    position: relative;
  }
  .number input {
    padding-inline-end: 6.5rem;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  /* The badge sits at the input's end edge, which is its right in LTR (the input is always LTR). */
  .brand {
    position: absolute;
    inset-block-start: calc(0.875rem * 1.5 + var(--_space-1));
    inset-inline-end: var(--_space-2);
    block-size: var(--_input-height);
    display: flex;
    align-items: center;
    pointer-events: none;
  }
  .brand-name {
    padding: 2px 6px;
    border-radius: 4px;
    border: 1px solid var(--_c-border);
    background: var(--_c-surface);
    color: var(--_c-fg);
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  @container (max-width: 280px) {
    .grid {
      grid-template-columns: 1fr;
    }
  }
`;
