import { css } from 'lit';

export const quantityStepperStyles = css`
  :host {
    display: inline-block;
  }
  .stepper {
    display: inline-flex;
    gap: var(--_space-1);
  }
  .step {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_input-height);
    min-inline-size: 24px;
    block-size: var(--_input-height);
    min-block-size: 24px;
    padding: 0;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-bg);
    color: var(--_c-fg);
    cursor: pointer;
  }
  .step:hover {
    background: var(--_c-muted);
  }
  .step:disabled {
    background: var(--_c-disabled-bg);
    color: var(--_c-disabled-fg);
    cursor: not-allowed;
  }
  svg {
    inline-size: 16px;
    block-size: 16px;
  }
  input {
    inline-size: 4em;
    padding-inline: var(--_space-1);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .error:not(:empty) {
    margin-block-start: var(--_space-1);
  }
`;
