import { css } from 'lit';

/**
 * The reference's groups are inline blocks with a margin, not text with spaces: it reads in
 * threes, selects and copies as the raw reference (flex or block items would copy with line
 * breaks between them), and wraps between groups in a narrow container.
 * Under reduced motion the waiting dot stands still (baseStyles drops every animation) and
 * stays fully visible, so it still reads as "in progress" next to its text.
 */
export const voucherStyles = css`
  :host {
    display: block;
  }
  .voucher {
    background: var(--_c-surface);
  }
  .title {
    margin: 0;
    font-size: 1.125rem;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    box-shadow: var(--_focus-ring);
  }
  .lines {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
  }
  .line {
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  dt {
    font-size: 0.875rem;
    color: var(--_c-muted-fg);
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
  .reference-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .reference {
    min-inline-size: 0;
    max-inline-size: 100%;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .group {
    display: inline-block;
  }
  .group:not(:last-child) {
    margin-inline-end: 0.4em;
  }
  .copy svg {
    inline-size: 1rem;
    block-size: 1rem;
    flex: none;
  }
  .amount {
    font-size: 1.125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .status {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_c-muted-fg);
  }
  .status:not(:empty) {
    margin-block-start: var(--_space-2);
  }
  .deadline {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .steps-heading {
    margin: 0;
    font-size: 1rem;
  }
  .steps {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .waiting {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_c-border);
    color: var(--_c-muted-fg);
  }
  .pulse {
    flex: none;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_c-primary);
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.25;
      transform: scale(0.7);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pulse {
      animation: none;
      opacity: 1;
    }
  }
  @media (forced-colors: active) {
    .pulse {
      background: CanvasText;
    }
  }
`;
