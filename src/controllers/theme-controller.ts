import type { ReactiveController, ReactiveElement } from 'lit';
import type { BrandingSettings } from '../api/schema.js';
import { themeFromBranding, type Theme } from '../theme/theme.js';

/**
 * The session layer of the theme (`--xpay-session-*`, CONTRACT §4) lives in a stylesheet of this
 * instance adopted by its shadow root, never in the host's `style` attribute, which frameworks
 * own and overwrite. Merchants' `--xpay-*` values keep winning: the widget never sets those.
 */
export class ThemeController implements ReactiveController {
  theme: Theme = themeFromBranding(null);

  private readonly sheet = new CSSStyleSheet();
  private brandingKey = 'null';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  /** Recomputed only when branding changes, so each warning about a bad value is said once. */
  apply(branding: BrandingSettings | null | undefined): void {
    const key = JSON.stringify(branding ?? null);
    if (key === this.brandingKey) return;
    this.brandingKey = key;
    this.theme = themeFromBranding(branding);
    // Written through CSSOM, one property at a time: a value can never become a new rule.
    this.sheet.replaceSync(':host {}');
    const rule = this.sheet.cssRules[0] as CSSStyleRule;
    for (const [name, value] of Object.entries(this.theme.properties)) rule.style.setProperty(name, value);
    this.host.requestUpdate();
  }
}
