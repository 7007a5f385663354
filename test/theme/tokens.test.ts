import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { toRgb } from '../../src/theme/color.js';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/theme/palettes.js';
import { SYSTEM_FONT_STACK, themeFromBranding } from '../../src/theme/theme.js';
import { themeTokens } from '../../src/theme/tokens.styles.js';

/** Paints the resolved internal variables onto real properties so Chromium computes them. */
class ThemeProbe extends LitElement {
  static override styles = [
    themeTokens,
    css`
      .probe {
        color: var(--_c-primary);
        background-color: var(--_c-bg);
        border-color: var(--_c-primary-hover);
        outline-color: var(--_c-destructive-bg);
        text-decoration-color: var(--_c-surface);
        border-radius: var(--_input-radius);
        border-width: var(--_input-border-width);
        border-style: solid;
        padding: var(--_space-4);
        height: var(--_input-height);
        font-family: var(--_font-family);
        box-shadow: var(--_focus-ring);
      }
      .input {
        background-color: var(--_input-bg);
        border-color: var(--_input-border-color);
        border-style: solid;
        border-width: var(--_input-border-width);
      }
    `,
  ];

  override render() {
    return html`<div class="probe"></div><div class="input"></div>`;
  }
}
customElements.define('xpay-theme-probe', ThemeProbe);

function rgb(value: string): string {
  const { r, g, b } = toRgb(value)!;
  return `rgb(${r}, ${g}, ${b})`;
}

async function mount(ancestorStyle = '', session: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${ancestorStyle}><xpay-theme-probe></xpay-theme-probe></div>`);
  const probe = wrapper.querySelector<ThemeProbe>('xpay-theme-probe')!;
  for (const [name, value] of Object.entries(session)) probe.style.setProperty(name, value);
  await probe.updateComplete;
  const computed = (selector: string) => getComputedStyle(probe.shadowRoot!.querySelector(selector)!);
  return { probe, wrapper, probeStyle: () => computed('.probe'), inputStyle: () => computed('.input') };
}

/** The internal names the components are written against. */
const INTERNAL_NAMES = [
  ...['primary', 'primary-fg', 'bg', 'fg', 'border', 'input', 'ring', 'muted', 'muted-fg', 'accent', 'accent-fg'].map(
    (name) => `--_c-${name}`,
  ),
  '--_c-destructive',
  '--_c-primary-hover',
  '--_c-primary-active',
  '--_c-disabled-bg',
  '--_c-disabled-fg',
  '--_c-destructive-bg',
  '--_c-surface',
  '--_radius',
  '--_radius-container',
  ...[1, 2, 3, 4, 5, 6].map((n) => `--_space-${n}`),
  '--_input-height',
  '--_input-font-size',
  '--_input-padding-inline',
  '--_input-border-width',
  '--_input-border-color',
  '--_input-radius',
  '--_input-bg',
  '--_font-family',
  '--_focus-ring',
];

describe('theme/themeTokens in Chromium', () => {
  it('defines every internal name', async () => {
    const { probe } = await mount();
    const style = getComputedStyle(probe);
    for (const name of INTERNAL_NAMES) expect(style.getPropertyValue(name).trim(), name).to.not.equal('');
  });

  it('falls back to the light palette and medium sizes without a session layer', async () => {
    const { probeStyle, inputStyle } = await mount();
    const style = probeStyle();
    expect(style.color).to.equal(rgb(LIGHT_PALETTE.primary));
    expect(style.backgroundColor).to.equal(rgb(LIGHT_PALETTE.background));
    expect(style.borderTopLeftRadius).to.equal('8px');
    expect(style.paddingTop).to.equal('16px');
    expect(style.height).to.equal('44px');
    expect(style.fontFamily).to.equal(SYSTEM_FONT_STACK);
    expect(inputStyle().borderTopColor).to.equal(rgb(LIGHT_PALETTE.input));
  });

  it('applies the session layer set inline on the host', async () => {
    const warnings: string[] = [];
    const { properties } = themeFromBranding(
      { colorMode: 'dark', inputSize: 'large', spacing: 'relaxed', fontFamily: 'Inter', colors: { primary: 'rgb(120, 170, 255)' } },
      (message) => warnings.push(message),
    );
    expect(warnings).to.deep.equal([]);
    const { probeStyle } = await mount('', properties);
    const style = probeStyle();
    expect(style.color).to.equal('rgb(120, 170, 255)');
    expect(style.backgroundColor).to.equal(rgb(DARK_PALETTE.background));
    expect(style.height).to.equal('52px');
    expect(style.paddingTop).to.equal('20px');
    expect(style.fontFamily).to.equal(`Inter, ${SYSTEM_FONT_STACK}`);
  });

  it('lets a merchant property on an ancestor win over the session layer', async () => {
    const { probeStyle } = await mount('--xpay-color-primary: rgb(0, 128, 0); --xpay-radius: 3px', {
      '--xpay-session-color-primary': 'rgb(255, 0, 0)',
      '--xpay-session-radius': '9999px',
    });
    expect(probeStyle().color).to.equal('rgb(0, 128, 0)');
    expect(probeStyle().borderTopLeftRadius).to.equal('3px');
  });

  it('lets a merchant property on the host itself win over the session layer', async () => {
    const { probe, probeStyle } = await mount('', { '--xpay-session-color-primary': 'rgb(255, 0, 0)' });
    probe.style.setProperty('--xpay-color-primary', 'rgb(0, 0, 255)');
    expect(probeStyle().color).to.equal('rgb(0, 0, 255)');
  });

  it('flows merchant overrides into session values that reference other tokens', async () => {
    const { properties } = themeFromBranding({ inputStyle: 'flat' });
    const { inputStyle, probeStyle } = await mount('--xpay-color-muted: rgb(1, 2, 3); --xpay-radius: 5px', properties);
    expect(inputStyle().backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(inputStyle().borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    expect(probeStyle().borderTopLeftRadius).to.equal('5px');
  });

  it('draws only the bottom border of underlined inputs, square', async () => {
    const { properties } = themeFromBranding({ inputStyle: 'underlined' });
    const { inputStyle, probeStyle } = await mount('', properties);
    expect([inputStyle().borderTopWidth, inputStyle().borderBottomWidth]).to.deep.equal(['0px', '1px']);
    expect(probeStyle().borderTopLeftRadius).to.equal('0px');
  });

  it('derives hover, tint, surface and focus ring from the resolved colours', async () => {
    const { probeStyle } = await mount('--xpay-color-primary: rgb(0, 0, 255); --xpay-color-foreground: rgb(0, 0, 0)');
    const style = probeStyle();
    // 88 % blue + 12 % black; color-mix may keep fractional channels.
    expect(style.borderTopColor).to.match(/^(rgb\(0, 0, 22[4-5](\.\d+)?\)|color\(srgb 0 0 0\.88\d*\))$/);
    expect(style.outlineColor).to.not.equal(style.backgroundColor);
    expect(style.textDecorationColor).to.not.equal(style.backgroundColor);
    // Focus ring: a gap in the background colour, then the ring colour, visible on any surface.
    expect(style.boxShadow).to.match(/0px 0px 0px 2px, rgb\(\d+, \d+, \d+\) 0px 0px 0px 4px/);
  });
});
