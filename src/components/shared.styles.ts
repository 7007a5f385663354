import { css } from 'lit';

/** Base rules every widget element shares: box model, text, focus ring, screen-reader-only text. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_font-family);
    color: var(--_c-fg);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    transition: background-color 120ms ease, box-shadow 120ms ease;
  }
  .button--primary {
    background: var(--_c-primary);
    color: var(--_c-primary-fg);
  }
  .button--primary:hover {
    background: var(--_c-primary-hover);
  }
  .button--primary:active {
    background: var(--_c-primary-active);
  }
  .button--secondary {
    background: var(--_c-bg);
    color: var(--_c-fg);
    border-color: var(--_c-border);
  }
  .button--secondary:hover {
    background: var(--_c-muted);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    background: var(--_c-disabled-bg);
    color: var(--_c-disabled-fg);
    cursor: not-allowed;
  }
  /* A pay button's progress: the form's and the code step's alike. */
  .spinner {
    flex: none;
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
  /* A step that stands in for the form (the code step, the Fawry reference). */
  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    padding: var(--_space-5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius-container);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
