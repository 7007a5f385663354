/**
 * Theme API (CONTRACT section 4). A merchant may set any of these custom properties on
 * <xpay-checkout> or on an ancestor, and they win over the session's brandingSettings:
 *
 *   --xpay-color-primary            --xpay-color-primary-foreground
 *   --xpay-color-background         --xpay-color-foreground
 *   --xpay-color-border             --xpay-color-input          (input borders, 3:1 on background)
 *   --xpay-color-ring               --xpay-color-muted
 *   --xpay-color-muted-foreground   --xpay-color-accent
 *   --xpay-color-accent-foreground  --xpay-color-destructive
 *   --xpay-radius                   (controls)
 *   --xpay-radius-container         (cards and panels)
 *   --xpay-space-1 … --xpay-space-6 (spacing scale, smallest first)
 *   --xpay-input-height             --xpay-input-font-size
 *   --xpay-input-padding-inline     --xpay-input-border-width   (a border-width value, e.g. 0 0 1px 0)
 *   --xpay-input-border-color       --xpay-input-radius
 *   --xpay-input-background         --xpay-font-family
 *
 * Each resolves as public → session (`--xpay-session-*`, set inline on the host from brandingSettings)
 * → the light palette and medium sizes. The chain only works while the widget never sets a public
 * name itself. Colours set here bypass the session's contrast repair: they are the merchant's own CSS.
 */
import { css, unsafeCSS } from 'lit';
import { DEFAULT_TOKEN_VALUES, PUBLIC_PREFIX, SESSION_PREFIX } from './theme.js';

/** `color-primary-foreground` → `--_c-primary-fg`, `input-background` → `--_input-bg`. */
function internalName(token: string): string {
  return `--_${token.replace(/^color-/, 'c-').replace('foreground', 'fg').replace('background', 'bg')}`;
}

// Built from the theme's own defaults so the hard fallbacks cannot drift from the session layer;
// every value here is a constant of the theme module, never session or merchant input.
const resolved = Object.entries(DEFAULT_TOKEN_VALUES)
  .map(([token, fallback]) => `${internalName(token)}: var(${PUBLIC_PREFIX}${token}, var(${SESSION_PREFIX}${token}, ${fallback}));`)
  .join('\n');

/**
 * Derived shades mix toward the foreground, which is dark in light mode and light in dark mode,
 * so hover darkens a light theme and lightens a dark one without knowing which is active.
 */
export const themeTokens = css`
  :host {
    ${unsafeCSS(resolved)}
    --_c-primary-hover: color-mix(in srgb, var(--_c-primary) 88%, var(--_c-fg));
    --_c-primary-active: color-mix(in srgb, var(--_c-primary) 78%, var(--_c-fg));
    --_c-disabled-bg: color-mix(in srgb, var(--_c-fg) 10%, var(--_c-bg));
    --_c-disabled-fg: color-mix(in srgb, var(--_c-fg) 45%, var(--_c-bg));
    --_c-destructive-bg: color-mix(in srgb, var(--_c-destructive) 10%, var(--_c-bg));
    --_c-surface: color-mix(in srgb, var(--_c-muted) 50%, var(--_c-bg));
    --_focus-ring: 0 0 0 2px var(--_c-bg), 0 0 0 4px var(--_c-ring);
  }
`;
