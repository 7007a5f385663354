import { css } from 'lit';

export const promoCodeStyles = css`
  :host {
    display: block;
  }
  .disclosure {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_c-fg);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .disclosure:disabled {
    color: var(--_c-disabled-fg);
    cursor: not-allowed;
  }
  .field {
    margin-block-start: var(--_space-3);
  }
  .row {
    display: flex;
    gap: var(--_space-2);
  }
  .row input {
    flex: 1;
    min-inline-size: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: var(--_space-1);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3) var(--_space-1);
    border-radius: var(--_radius);
    background: var(--_c-muted);
    font-weight: 600;
  }
  .remove {
    display: inline-grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .remove:hover {
    background: color-mix(in srgb, var(--_c-fg) 10%, transparent);
  }
  .remove:disabled,
  .remove[aria-disabled='true'] {
    color: var(--_c-disabled-fg);
    cursor: not-allowed;
  }
  svg {
    inline-size: 16px;
    block-size: 16px;
    flex: none;
  }
`;
