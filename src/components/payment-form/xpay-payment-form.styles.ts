import { css } from 'lit';

export const paymentFormStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* One column that never grows past the host: no content (a long option label) widens the page. */
  form,
  .section,
  .address,
  .custom-fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  form {
    gap: var(--_space-5);
  }
  .section {
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
    gap: var(--_space-3);
  }
  /*
   * Calling code and number share their rows (label, control, error) through subgrid, so the two
   * controls stay level when either label wraps or an error appears under the number.
   */
  .phone {
    display: grid;
    grid-template-columns: minmax(6.5rem, auto) minmax(0, 1fr);
    grid-template-rows: auto auto auto;
    column-gap: var(--_space-3);
    row-gap: var(--_space-1);
  }
  .phone > .field {
    grid-row: 1 / span 3;
    grid-template-rows: subgrid;
  }
  .phone > .field > label {
    align-self: end;
  }
  /* Compact layout: short fields pair up when there is room for two. */
  @container (min-width: 360px) {
    .compact .address {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
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
  /* Drawn: native dark ones are grey discs that read as disabled. The ring clears 3:1. */
  .checkbox input,
  .method input {
    appearance: none;
    flex: none;
    display: grid;
    place-content: center;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    min-block-size: 0;
    margin: 0;
    padding: 0;
    border: 2px solid var(--_c-input);
    background: var(--_c-bg);
  }
  .method input {
    border-radius: 50%;
  }
  .method input:checked {
    border-color: var(--_c-primary);
    background: radial-gradient(circle closest-side, var(--_c-primary) 50%, transparent 56%) var(--_c-bg);
  }
  .checkbox input {
    border-radius: min(var(--_radius), 4px);
  }
  .checkbox input:checked {
    border-color: var(--_c-primary);
    background: var(--_c-primary);
  }
  .checkbox input:checked::after {
    content: '';
    inline-size: 0.3rem;
    block-size: 0.6rem;
    margin-block-start: -0.125rem;
    border: solid var(--_c-primary-fg);
    border-width: 0 2px 2px 0;
    rotate: 45deg;
  }
  .checkbox input:disabled,
  .method input:disabled {
    border-color: var(--_c-disabled-fg);
    background-color: var(--_c-disabled-bg);
  }
  /* Forced colours drop the drawn marks: the system's own controls instead. */
  @media (forced-colors: active) {
    .checkbox input,
    .method input {
      appearance: auto;
    }
  }
  .method > span {
    min-inline-size: 0;
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
  /* The card shows focus; a ring on its radio too would only repeat it. */
  .method:has(input:focus-visible) {
    box-shadow: var(--_focus-ring);
  }
  .method input:focus-visible {
    box-shadow: none;
  }
  .note {
    margin: 0;
    color: var(--_c-muted-fg);
  }
  .method-detail {
    display: block;
    color: var(--_c-muted-fg);
    font-size: 0.875em;
  }
  .plans {
    display: grid;
    gap: var(--_space-2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .plans > legend {
    margin-block-end: var(--_space-2);
    padding: 0;
    font-weight: 600;
  }
  .limits {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_c-muted-fg);
    font-size: 0.875em;
  }
  /* Status, alert and button. The live region stays in the tree while empty, taking no space. */
  .submit {
    display: flex;
    flex-direction: column;
  }
  .status {
    margin: 0;
    color: var(--_c-muted-fg);
  }
  .status:not(:empty),
  .payment-error:not([hidden]) {
    margin-block-end: var(--_space-3);
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
`;
