import { css } from 'lit';

export const paymentFormStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  form {
    display: grid;
    gap: var(--_space-5);
  }
  .section {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-3);
    font-size: 1rem;
    font-weight: 600;
  }
  .address,
  .custom-fields {
    display: grid;
    gap: var(--_space-3);
  }
  /* Labels sit on one shared row so the two inputs line up even when a label wraps. */
  .phone {
    display: grid;
    grid-template-columns: minmax(6.5rem, auto) 1fr;
    gap: var(--_space-3);
    align-items: end;
  }
  /* Compact layout: short fields pair up when there is room for two. */
  @container (min-width: 360px) {
    .compact .address {
      grid-template-columns: 1fr 1fr;
    }
    .compact .address > :not(.short) {
      grid-column: 1 / -1;
    }
  }
  .checkbox,
  .method {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 24px;
    cursor: pointer;
  }
  .checkbox input,
  .method input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_c-primary);
  }
  .methods {
    display: grid;
    gap: var(--_space-2);
  }
  .method {
    padding: var(--_space-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  /* Selected reads as a tinted card, so it is never mistaken for the focus ring. */
  .method:has(input:checked) {
    border-color: var(--_c-primary);
    background: color-mix(in srgb, var(--_c-primary) 8%, var(--_c-bg));
  }
  .method:has(input:focus-visible) {
    box-shadow: var(--_focus-ring);
  }
  .note {
    margin: 0;
    color: var(--_c-muted-fg);
  }
  .payment-error {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_c-destructive);
    border-radius: var(--_radius);
    background: var(--_c-destructive-bg);
    color: var(--_c-fg);
  }
  .payment-error:focus-visible {
    box-shadow: var(--_focus-ring);
  }
  .pay {
    inline-size: 100%;
    min-block-size: 48px;
    font-size: 1rem;
  }
  .spinner {
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
