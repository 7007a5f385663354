import { css } from 'lit';

export const expiredNoticeStyles = css`
  :host {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_space-4);
    background: color-mix(in srgb, var(--_c-bg) 82%, transparent);
    backdrop-filter: blur(2px);
    z-index: 1;
  }
  .dialog {
    max-inline-size: 26rem;
    padding: var(--_space-6);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius-container);
    background: var(--_c-bg);
    box-shadow: 0 12px 32px rgb(0 0 0 / 0.18);
    text-align: center;
  }
  .dialog:focus {
    outline: none;
  }
  .dialog:focus-visible {
    box-shadow: var(--_focus-ring), 0 12px 32px rgb(0 0 0 / 0.18);
  }
  .icon {
    inline-size: 40px;
    block-size: 40px;
    margin-block-end: var(--_space-3);
    color: var(--_c-destructive);
  }
  h2 {
    margin: 0 0 var(--_space-2);
    font-size: 1.25rem;
  }
  p {
    margin: 0 0 var(--_space-4);
    color: var(--_c-muted-fg);
  }
`;
