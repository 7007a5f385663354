import { css } from 'lit';

/**
 * The host sizes itself and never queries its own size, so it keeps an intrinsic width wherever
 * a merchant puts it: one grid track from 16rem (the narrowest the form is laid out for; it fits
 * a 320px phone beside the page's margins) up to all the space given. In block flow the widget
 * is as wide as its container; where it is sized by its content (a flex item without flex: 1,
 * an inline-block, an auto grid track) it asks for one comfortable column (the root's
 * contain-intrinsic-inline-size, 28rem) and gives way down to 16rem.
 *
 * The root is the container every layout switch queries: the widget's own width, never the
 * viewport. Size containment leaves it no intrinsic width of its own, hence the stated one.
 * Provider strings (names, labels, codes) are any length, so the root lets any of them break
 * rather than widen the widget (overflow-wrap is inherited by every element inside).
 *
 * Comments inside the template ship with the bundle: they stay short, the reasons live here.
 */
export const checkoutStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(16rem, 1fr);
    font-size: 1rem;
    line-height: 1.5;
  }
  .root {
    container-type: inline-size;
    contain-intrinsic-inline-size: 28rem;
    position: relative;
    color-scheme: light;
    min-inline-size: 0;
    padding: var(--_space-5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius-container);
    background: var(--_c-bg);
    color: var(--_c-fg);
    overflow-wrap: anywhere;
  }
  /* Native controls, scrollbars and autofill follow the palette. */
  .root[data-color-mode='dark'] {
    color-scheme: dark;
  }
  .layout,
  .skeleton {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-6);
  }
  /* Side by side only where both columns stay readable. */
  @container (min-width: 45rem) {
    .layout,
    .skeleton {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
    }
    /* The total stays in view beside a long form; a summary taller than the window scrolls itself. */
    .summary-column {
      position: sticky;
      inset-block-start: var(--_space-4);
      align-self: start;
      max-block-size: calc(100vh - 2 * var(--_space-4));
      overflow-y: auto;
      /* Room for focus rings, which the scroller would clip. */
      padding: 4px;
      margin: -4px;
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

  .receipt {
    display: grid;
    justify-items: center;
    text-align: center;
  }
  .receipt-check {
    inline-size: 3rem;
    block-size: 3rem;
    margin-block-end: var(--_space-3);
    color: var(--_c-primary);
  }
  .receipt-lines {
    display: grid;
    gap: var(--_space-2);
    justify-self: stretch;
    margin: 0;
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_c-border);
    text-align: start;
  }
  .receipt-lines > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
  }
  .receipt-lines dt {
    color: var(--_c-muted-fg);
  }
  .receipt-lines dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .notice .receipt-email {
    margin-block-start: var(--_space-4);
    font-size: 0.875rem;
    color: var(--_c-muted-fg);
  }

  /* Held from ready on: the countdown's start moves nothing. */
  .status-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.25rem;
    font-size: 0.875rem;
  }
  .test-mode {
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_c-accent);
    color: var(--_c-accent-fg);
    font-weight: 600;
  }
  .countdown {
    display: flex;
    align-items: center;
    margin-inline-start: auto;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-muted-fg);
  }
  /* Not due yet: laid out, its live region in the accessibility tree, its text invisible. */
  .countdown[hidden] {
    display: flex !important;
    border-color: transparent;
    background: none;
  }
  .countdown[hidden] > .countdown-text {
    visibility: hidden;
  }
  .countdown--urgent {
    border-color: var(--_c-destructive);
    background: var(--_c-destructive-bg);
    color: var(--_c-fg);
  }
  .countdown-clock {
    color: var(--_c-fg);
    font-variant-numeric: tabular-nums;
  }

  /* The skeleton occupies roughly the rendered widget's space so nothing jumps on ready. */
  .skeleton {
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
