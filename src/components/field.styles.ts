import { css } from 'lit';

/** Field look shared by every element that renders inputs, driven by the --_input-* tokens. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_space-1);
    align-content: start;
    min-inline-size: 0;
  }
  label,
  .label {
    font-size: 0.875rem;
    font-weight: 500;
  }
  input,
  select {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: var(--_input-height);
    padding-inline: var(--_input-padding-inline);
    border-style: solid;
    border-width: var(--_input-border-width);
    border-color: var(--_input-border-color);
    border-radius: var(--_input-radius);
    background: var(--_input-bg);
    color: var(--_c-fg);
    font: inherit;
    font-size: var(--_input-font-size);
  }
  /*
   * Native selects drawn like the other inputs; the chevron sits at the inline end in either
   * direction. A long option label (a merchant's DROPDOWN) is cut with an ellipsis in the closed
   * select instead of widening the form; the open list shows it whole.
   */
  select {
    appearance: none;
    text-overflow: ellipsis;
    padding-inline-end: calc(var(--_input-padding-inline) + 1.25rem);
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-size: 5px 5px, 5px 5px;
    background-repeat: no-repeat;
    background-position: right calc(var(--_input-padding-inline) + 5px) center, right var(--_input-padding-inline) center;
  }
  select:dir(rtl) {
    background-position: left var(--_input-padding-inline) center, left calc(var(--_input-padding-inline) + 5px) center;
  }
  input::placeholder {
    color: var(--_c-muted-fg);
    opacity: 1;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid transparent;
    border-color: var(--_c-ring);
    box-shadow: var(--_focus-ring);
  }
  /* Forced colours drop background images, and with them the drawn chevron: use the system's own. */
  @media (forced-colors: active) {
    select {
      appearance: auto;
    }
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_c-destructive);
  }
  input:disabled,
  select:disabled {
    background: var(--_c-disabled-bg);
    color: var(--_c-disabled-fg);
  }
  .field-meta {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    font-size: 0.8125rem;
    color: var(--_c-muted-fg);
  }
  .counter {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .error {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_c-destructive);
  }
`;
