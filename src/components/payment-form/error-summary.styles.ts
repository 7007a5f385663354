import { css } from 'lit';

/**
 * The error summary: a destructive edge on the plain background (so its links keep the contrast
 * the theme repairs destructive text to), the count as its title, links underlined as links.
 */
export const errorSummaryStyles = css`
  .error-summary {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_c-destructive);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_c-bg);
  }
  /* Focus moves here after pay is pressed, by mouse too: the ring shows where reading starts. */
  .error-summary:focus {
    box-shadow: var(--_focus-ring);
  }
  .error-summary-title {
    margin: 0 0 var(--_space-2);
    font-size: 1rem;
    font-weight: 600;
  }
  .error-summary-list {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .error-summary-list a {
    color: var(--_c-destructive);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .error-summary-label {
    font-weight: 600;
  }
`;
