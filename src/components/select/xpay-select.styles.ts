import { css } from 'lit';

/** The combobox's own look; label, error and layout come from the shared fieldStyles. */
export const selectStyles = css`
  :host {
    display: block;
  }
  /* The box itself (border, radius, background, size) comes from fieldStyles' input rules. */
  .combobox {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: max(var(--_input-height), 24px);
    text-align: start;
    cursor: pointer;
    user-select: none;
  }
  .combobox:focus-visible {
    border-color: var(--_c-ring);
  }
  .combobox[aria-disabled='true'] {
    background: var(--_c-disabled-bg);
    color: var(--_c-disabled-fg);
    cursor: not-allowed;
  }
  .value {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .placeholder {
    color: var(--_c-muted-fg);
  }
  /* Points down in every writing direction, so it needs no mirroring; flipping it is symmetric too. */
  .chevron {
    flex: none;
    inline-size: 20px;
    block-size: 20px;
    transition: transform 120ms ease;
  }
  .combobox[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  /* Fixed and above the page so no overflow: hidden or scrolling ancestor clips it; anchorPopover places it. */
  .listbox {
    position: fixed;
    z-index: 2147483000;
    margin: 0;
    padding-block: var(--_space-1);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius-container);
    background: var(--_c-bg);
    color: var(--_c-fg);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
    font-size: var(--_input-font-size);
  }
  .option {
    display: flex;
    align-items: center;
    min-block-size: max(var(--_input-height), 24px);
    padding-block: var(--_space-1);
    padding-inline: var(--_input-padding-inline);
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    font-weight: 600;
  }
  /* The accent fill alone is too faint on a light theme to show where the keyboard is. */
  .option.active {
    background: var(--_c-accent);
    color: var(--_c-accent-fg);
    outline: 2px solid var(--_c-ring);
    outline-offset: -2px;
  }
  @media (forced-colors: active) {
    .option.active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
