import { css } from 'lit';

/**
 * Field look shared by every element that renders inputs, driven by the --_input-* tokens.
 *
 * `--_line` is a 1px rule in the input colour along an input's bottom, under its border: an
 * outlined or underlined border covers it, and a flat input, whose border is transparent,
 * shows it as its boundary (a fill alone is too faint to find the control by, WCAG 1.4.11).
 *
 * Every select, native or a merchant's dropdown, wears one chevron at the inline end, two
 * gradient strokes in the text colour. A long option label is cut with an ellipsis in the
 * closed select instead of widening the form; the open list shows it whole.
 *
 * (Comments inside the template ship with the bundle, so the reasons live here.)
 */
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
    --_line: linear-gradient(var(--_c-input) 0 0) bottom / 100% 1px no-repeat border-box;
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: var(--_input-height);
    padding-inline: var(--_input-padding-inline);
    border-style: solid;
    border-width: var(--_input-border-width);
    border-color: var(--_input-border-color);
    border-radius: var(--_input-radius);
    background: var(--_line), var(--_input-bg);
    color: var(--_c-fg);
    font: inherit;
    font-size: var(--_input-font-size);
  }
  select {
    --_chevron-left: right calc(var(--_input-padding-inline) + 6px) center;
    --_chevron-right: right var(--_input-padding-inline) center;
    --_stroke: transparent 38%, currentColor 42% 58%, transparent 62%;
    appearance: none;
    text-overflow: ellipsis;
    padding-inline-end: calc(var(--_input-padding-inline) + 1.5rem);
    background:
      linear-gradient(45deg, var(--_stroke)) var(--_chevron-left) / 6px 6px no-repeat,
      linear-gradient(-45deg, var(--_stroke)) var(--_chevron-right) / 6px 6px no-repeat,
      var(--_line),
      var(--_input-bg);
  }
  select:dir(rtl) {
    --_chevron-left: left var(--_input-padding-inline) center;
    --_chevron-right: left calc(var(--_input-padding-inline) + 6px) center;
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
    background-color: var(--_c-disabled-bg);
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
