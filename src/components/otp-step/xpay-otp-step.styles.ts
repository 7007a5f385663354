import { css } from 'lit';

/**
 * The code input is wide-tracked and centred so each digit reads on its own; `text-align:
 * center` and the `dir="ltr"` input keep that the same in right-to-left languages. The secondary
 * actions wrap under each other when the container is narrow instead of widening it.
 */
export const otpStepStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .otp {
    background: var(--_c-bg);
  }
  @container (max-width: 360px) {
    .otp {
      padding: var(--_space-4);
    }
  }
  .title {
    margin: 0;
    font-size: 1.125rem;
  }
  .body {
    margin: 0;
    color: var(--_c-muted-fg);
    overflow-wrap: anywhere;
  }
  .code {
    font-size: 1.375rem;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.3em;
    text-align: center;
  }
  .error:empty,
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    color: var(--_c-muted-fg);
  }
  .pay {
    inline-size: 100%;
    min-block-size: 48px;
    font-size: 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
  }
  .actions > * {
    max-inline-size: 100%;
  }
  .link {
    min-block-size: 44px;
    padding-block: var(--_space-2);
    padding-inline: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_c-fg);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-align: start;
    cursor: pointer;
  }
  .link:disabled {
    color: var(--_c-disabled-fg);
    cursor: not-allowed;
  }
`;
