import { css } from 'lit';

export const checkoutStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: 1rem;
    line-height: 1.5;
  }
  .root {
    position: relative;
    color-scheme: light;
    min-inline-size: 0;
    padding: var(--_space-5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius-container);
    background: var(--_c-bg);
    color: var(--_c-fg);
  }
  /* Native controls, scrollbars and autofill follow the palette. */
  .root[data-color-mode='dark'] {
    color-scheme: dark;
  }
  .layout {
    display: grid;
    gap: var(--_space-6);
  }
  /* Side by side only where both columns stay readable. */
  @container (min-width: 760px) {
    .layout,
    .skeleton {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
    }
  }
  .summary-column {
    display: grid;
    gap: var(--_space-4);
    align-content: start;
  }
  .main {
    display: grid;
    gap: var(--_space-4);
    align-content: start;
  }

  .notice {
    padding: var(--_space-5);
    border-radius: var(--_radius-container);
    border: 1px solid var(--_c-border);
    background: var(--_c-surface);
  }
  .notice--error {
    border-color: var(--_c-destructive);
    background: var(--_c-destructive-bg);
  }
  .notice-title {
    margin: 0 0 var(--_space-2);
    font-size: 1.125rem;
  }
  .notice p {
    margin: 0 0 var(--_space-4);
  }
  .notice p:last-child {
    margin-block-end: 0;
  }

  .countdown {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid var(--_c-destructive);
    background: var(--_c-destructive-bg);
  }
  .countdown-clock {
    font-variant-numeric: tabular-nums;
  }

  /* The skeleton occupies roughly the rendered widget's space so nothing jumps on ready. */
  .skeleton {
    display: grid;
    gap: var(--_space-6);
    min-block-size: var(--xpay-skeleton-min-height, 560px);
  }
  .skeleton-summary,
  .skeleton-form {
    display: grid;
    gap: var(--_space-3);
    align-content: start;
  }
  .bone {
    block-size: 1rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_c-muted), var(--_c-surface), var(--_c-muted));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .bone--title {
    inline-size: 40%;
  }
  .bone--hero {
    inline-size: 55%;
    block-size: 2.25rem;
  }
  .bone--short {
    inline-size: 30%;
  }
  .bone--label {
    inline-size: 25%;
    block-size: 0.75rem;
  }
  .bone--input {
    block-size: var(--_input-height);
  }
  .bone--button {
    block-size: 48px;
    margin-block-start: var(--_space-3);
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
