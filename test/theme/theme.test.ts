import { expect } from '@open-wc/testing';
import type { BrandingSettings } from '../../src/api/schema.js';
import { contrastRatio } from '../../src/theme/color.js';
import { COLOR_TOKENS, DARK_PALETTE, LIGHT_PALETTE, kebab, type ColorToken, type Palette } from '../../src/theme/palettes.js';
import { SYSTEM_FONT_STACK, themeFromBranding, type Theme } from '../../src/theme/theme.js';

type Colors = NonNullable<BrandingSettings['colors']>;

function resolve(branding: BrandingSettings | null | undefined): { theme: Theme; warnings: string[] } {
  const warnings: string[] = [];
  const theme = themeFromBranding(branding, (message) => warnings.push(message));
  return { theme, warnings };
}

const prop = (theme: Theme, name: string) => theme.properties[`--xpay-session-${name}`];
const color = (theme: Theme, token: ColorToken) => prop(theme, `color-${kebab(token)}`)!;

/** The pairs the theme promises, checked independently of its implementation. */
const PAIRS: readonly [ColorToken, ColorToken, number][] = [
  ['primaryForeground', 'primary', 4.5],
  ['foreground', 'background', 4.5],
  ['mutedForeground', 'background', 4.5],
  ['mutedForeground', 'muted', 4.5],
  ['accentForeground', 'accent', 4.5],
  ['destructive', 'background', 4.5],
  ['input', 'background', 3],
  ['ring', 'background', 3],
];

function expectAccessible(colors: (token: ColorToken) => string, except: readonly string[] = []): void {
  for (const [fg, bg, min] of PAIRS.filter(([fg, bg]) => !except.includes(`${fg}/${bg}`))) {
    expect(contrastRatio(colors(fg), colors(bg)), `${fg} on ${bg}`).to.be.at.least(min);
  }
}

const EXPECTED_PROPERTIES = [
  ...COLOR_TOKENS.map((token) => `color-${kebab(token)}`),
  'radius',
  'radius-container',
  'space-1',
  'space-2',
  'space-3',
  'space-4',
  'space-5',
  'space-6',
  'input-height',
  'input-font-size',
  'input-padding-inline',
  'input-border-width',
  'input-border-color',
  'input-radius',
  'input-background',
  'font-family',
].map((name) => `--xpay-session-${name}`);

describe('theme/themeFromBranding', () => {
  describe('defaults', () => {
    for (const branding of [undefined, null, {}, { colors: null }, { colors: {} }]) {
      it(`resolves ${JSON.stringify(branding)} to the defaults silently`, () => {
        const { theme, warnings } = resolve(branding);
        expect(warnings).to.deep.equal([]);
        expect(theme).to.include({
          colorMode: 'light',
          borderStyle: 'rounded',
          spacing: 'default',
          inputSize: 'medium',
          inputStyle: 'outlined',
          formLayout: 'expanded',
        });
        expect(Object.keys(theme.properties).sort()).to.deep.equal([...EXPECTED_PROPERTIES].sort());
        for (const token of COLOR_TOKENS) expect(color(theme, token)).to.equal(LIGHT_PALETTE[token]);
        expect(prop(theme, 'font-family')).to.equal(SYSTEM_FONT_STACK);
      });
    }

    it('treats blank strings as absent', () => {
      const { theme, warnings } = resolve({ colorMode: '', inputSize: '  ', fontFamily: '', colors: { primary: ' ' } });
      expect(warnings).to.deep.equal([]);
      expect(theme.colorMode).to.equal('light');
      expect(theme.inputSize).to.equal('medium');
      expect(color(theme, 'primary')).to.equal(LIGHT_PALETTE.primary);
    });

    it('uses the default console warning when no warn is given', () => {
      const original = console.warn;
      const logged: unknown[][] = [];
      console.warn = (...args: unknown[]) => logged.push(args);
      try {
        themeFromBranding({ borderStyle: 'wavy' });
      } finally {
        console.warn = original;
      }
      expect(logged).to.have.length(1);
      expect(String(logged[0]![0])).to.match(/^\[xpay-checkout\] .*borderStyle.*"wavy"/);
    });
  });

  describe('known values', () => {
    it('colorMode picks the palette', () => {
      for (const [mode, palette] of [['light', LIGHT_PALETTE], ['dark', DARK_PALETTE]] as const) {
        const { theme, warnings } = resolve({ colorMode: mode });
        expect(warnings).to.deep.equal([]);
        expect(theme.colorMode).to.equal(mode);
        for (const token of COLOR_TOKENS) expect(color(theme, token)).to.equal(palette[token]);
      }
    });

    it('borderStyle sets control and container radii', () => {
      const expected = { rounded: ['8px', '12px'], sharp: ['0', '0'], pill: ['9999px', '20px'] };
      for (const [style, [radius, container]] of Object.entries(expected)) {
        const { theme, warnings } = resolve({ borderStyle: style });
        expect(warnings).to.deep.equal([]);
        expect(theme.borderStyle).to.equal(style);
        expect(prop(theme, 'radius')).to.equal(radius);
        expect(prop(theme, 'radius-container')).to.equal(container);
      }
    });

    it('spacing scales a 4px base over steps 1, 2, 3, 4, 6, 8', () => {
      const expected = {
        default: [4, 8, 12, 16, 24, 32],
        condensed: [3, 6, 9, 12, 18, 24],
        relaxed: [5, 10, 15, 20, 30, 40],
      };
      for (const [spacing, steps] of Object.entries(expected)) {
        const { theme, warnings } = resolve({ spacing });
        expect(warnings).to.deep.equal([]);
        expect(theme.spacing).to.equal(spacing);
        expect([1, 2, 3, 4, 5, 6].map((n) => prop(theme, `space-${n}`))).to.deep.equal(steps.map((px) => `${px}px`));
      }
    });

    it('inputSize sets height, font size and padding', () => {
      const expected = {
        small: ['36px', '14px', '10px'],
        medium: ['44px', '16px', '12px'],
        large: ['52px', '18px', '16px'],
      };
      for (const [size, [height, fontSize, padding]] of Object.entries(expected)) {
        const { theme, warnings } = resolve({ inputSize: size });
        expect(warnings).to.deep.equal([]);
        expect(theme.inputSize).to.equal(size);
        expect(prop(theme, 'input-height')).to.equal(height);
        expect(prop(theme, 'input-font-size')).to.equal(fontSize);
        expect(prop(theme, 'input-padding-inline')).to.equal(padding);
      }
    });

    it('inputStyle sets border, radius and background', () => {
      const expected = {
        outlined: ['1px', 'var(--_c-input)', 'var(--_radius)', 'var(--_c-bg)', '12px'],
        flat: ['1px', 'transparent', 'var(--_radius)', 'var(--_c-muted)', '12px'],
        underlined: ['0 0 1px 0', 'var(--_c-input)', '0', 'var(--_c-bg)', '0'],
      };
      for (const [style, [width, borderColor, radius, background, padding]] of Object.entries(expected)) {
        const { theme, warnings } = resolve({ inputStyle: style });
        expect(warnings).to.deep.equal([]);
        expect(theme.inputStyle).to.equal(style);
        expect(prop(theme, 'input-border-width')).to.equal(width);
        expect(prop(theme, 'input-border-color')).to.equal(borderColor);
        expect(prop(theme, 'input-radius')).to.equal(radius);
        expect(prop(theme, 'input-background')).to.equal(background);
        expect(prop(theme, 'input-padding-inline')).to.equal(padding);
      }
    });

    it('formLayout is passed through', () => {
      for (const layout of ['expanded', 'compact']) {
        const { theme, warnings } = resolve({ formLayout: layout });
        expect(warnings).to.deep.equal([]);
        expect(theme.formLayout).to.equal(layout);
      }
    });

    it('combines the seed example', () => {
      const { theme, warnings } = resolve({
        colorMode: 'light',
        borderStyle: 'rounded',
        spacing: 'condensed',
        inputSize: 'small',
        inputStyle: 'flat',
        formLayout: 'compact',
      });
      expect(warnings).to.deep.equal([]);
      expect(theme).to.include({ spacing: 'condensed', inputSize: 'small', inputStyle: 'flat', formLayout: 'compact' });
      expect(prop(theme, 'space-4')).to.equal('12px');
      expect(prop(theme, 'input-height')).to.equal('36px');
    });
  });

  describe('unknown values', () => {
    const defaults = {
      colorMode: 'light',
      borderStyle: 'rounded',
      spacing: 'default',
      inputSize: 'medium',
      inputStyle: 'outlined',
      formLayout: 'expanded',
    } as const;

    for (const [field, fallback] of Object.entries(defaults)) {
      it(`${field} falls back to "${fallback}" with a warning`, () => {
        const { theme, warnings } = resolve({ [field]: 'Bogus' });
        expect(theme[field as keyof typeof defaults]).to.equal(fallback);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(field).and.include('"Bogus"').and.include(`"${fallback}"`);
      });
    }

    it('is case-sensitive, as the provider sends lower case', () => {
      const { theme, warnings } = resolve({ colorMode: 'Dark' });
      expect(theme.colorMode).to.equal('light');
      expect(warnings).to.have.length(1);
    });
  });

  describe('session colours', () => {
    it('apply over the palette, as given', () => {
      const { theme, warnings } = resolve({
        colors: { primary: 'oklch(0.45 0.2 260)', border: ' rgb(200 0 0) ', accent: '#fef3c7' },
      });
      expect(warnings).to.deep.equal([]);
      expect(color(theme, 'primary')).to.equal('oklch(0.45 0.2 260)');
      expect(color(theme, 'border')).to.equal('rgb(200 0 0)');
      expect(color(theme, 'accent')).to.equal('#fef3c7');
      expect(color(theme, 'foreground')).to.equal(LIGHT_PALETTE.foreground);
    });

    it('apply over the dark palette in dark mode', () => {
      const { theme } = resolve({ colorMode: 'dark', colors: { primary: '#a78bfa' } });
      expect(color(theme, 'primary')).to.equal('#a78bfa');
      expect(color(theme, 'background')).to.equal(DARK_PALETTE.background);
    });

    for (const value of [
      'red; background:url(x)',
      '}</style><script>alert(1)</script>',
      'var(--x)',
      'expression(alert(1))',
      'url(x)',
      'currentcolor',
      'inherit',
      'blurple',
    ]) {
      it(`ignores ${JSON.stringify(value)} with a warning`, () => {
        const { theme, warnings } = resolve({ colors: { primary: value } });
        expect(color(theme, 'primary')).to.equal(LIGHT_PALETTE.primary);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('colors.primary');
        for (const v of Object.values(theme.properties)) expect(v).to.not.match(/url\(|expression|<|;|}/);
      });
    }

    it('warns once per invalid token and keeps the valid ones', () => {
      const { theme, warnings } = resolve({ colors: { primary: 'nope', ring: '#2563eb', destructive: 'also nope' } });
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.include('colors.primary').and.include('colors.destructive');
      expect(color(theme, 'ring')).to.equal('#2563eb');
    });
  });

  describe('fontFamily', () => {
    for (const [family, emitted] of [
      ['Inter', 'Inter'],
      ['"Noto Kufi Arabic", Inter, sans-serif', '"Noto Kufi Arabic", Inter, sans-serif'],
      ["'IBM Plex Sans'", "'IBM Plex Sans'"],
      ['-apple-system, BlinkMacSystemFont', '-apple-system, BlinkMacSystemFont'],
      ['  Tajawal,system-ui ', 'Tajawal, system-ui'],
      ['Helvetica Neue', 'Helvetica Neue'],
      ['ヒラギノ角ゴ, Cairo', 'ヒラギノ角ゴ, Cairo'],
      // Not identifiers, so CSS would drop the whole declaration unless quoted.
      ['Source Sans 3, serif', '"Source Sans 3", serif'],
      ['3D', '"3D"'],
    ]) {
      it(`accepts ${family}`, () => {
        const { theme, warnings } = resolve({ fontFamily: family });
        expect(warnings).to.deep.equal([]);
        expect(prop(theme, 'font-family')).to.equal(`${emitted}, ${SYSTEM_FONT_STACK}`);
        expect(CSS.supports('font-family', prop(theme, 'font-family')!)).to.equal(true);
      });
    }

    for (const family of [
      'Inter; }',
      'Inter; } :host { display: none',
      'url(http://x)',
      '@import "x.css"',
      '@font-face',
      'Inter</style><script>',
      '"Inter',
      'Inter, "Roboto\'',
      'inherit',
      'Inter, initial',
      'Inter, "Default"x',
      'Inter,',
      'A'.repeat(201),
    ]) {
      it(`ignores ${JSON.stringify(family.slice(0, 40))} with a warning`, () => {
        const { theme, warnings } = resolve({ fontFamily: family });
        expect(prop(theme, 'font-family')).to.equal(SYSTEM_FONT_STACK);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('fontFamily');
      });
    }

    it('accepts exactly 200 characters', () => {
      expect(resolve({ fontFamily: 'A'.repeat(200) }).warnings).to.deep.equal([]);
    });
  });

  describe('contrast repair', () => {
    it('gives a white pay button a readable label', () => {
      const { theme, warnings } = resolve({ colors: { primary: '#ffffff', primaryForeground: '#fefefe' } });
      expect(color(theme, 'primary')).to.equal('#ffffff');
      expect(contrastRatio(color(theme, 'primaryForeground'), '#ffffff')).to.be.at.least(4.5);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('primaryForeground').and.include('primary').and.match(/1\.0\d:1/);
    });

    it('relabels a mid-tone primary even where neither near-black nor white alone would do', () => {
      const { theme } = resolve({ colors: { primary: '#808080', primaryForeground: '#8a8a8a' } });
      expect(contrastRatio(color(theme, 'primaryForeground'), '#808080')).to.be.at.least(4.5);
    });

    it('fixes the default label when only the primary changes', () => {
      const { theme, warnings } = resolve({ colors: { primary: '#facc15' } });
      expect(color(theme, 'primary')).to.equal('#facc15');
      expect(contrastRatio(color(theme, 'primaryForeground'), '#facc15')).to.be.at.least(4.5);
      expect(warnings[0]).to.include('primaryForeground');
    });

    it('darkens a light-grey input border on white to 3:1 without going black', () => {
      const { theme, warnings } = resolve({ colors: { input: '#e5e7eb' } });
      const ratio = contrastRatio(color(theme, 'input'), '#ffffff');
      expect(ratio).to.be.at.least(3).and.below(3.5);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('colors.input').and.include('3:1');
    });

    it('fixes a pale ring and a pale destructive', () => {
      const { theme, warnings } = resolve({ colors: { ring: '#dbeafe', destructive: '#fca5a5' } });
      expect(contrastRatio(color(theme, 'ring'), '#ffffff')).to.be.at.least(3);
      expect(contrastRatio(color(theme, 'destructive'), '#ffffff')).to.be.at.least(4.5);
      expect(warnings).to.have.length(2);
    });

    it('keeps muted text readable on both the background and the muted surface', () => {
      const { theme } = resolve({ colors: { muted: '#d1d5db', mutedForeground: '#6b7280' } });
      expect(contrastRatio(color(theme, 'mutedForeground'), '#ffffff')).to.be.at.least(4.5);
      expect(contrastRatio(color(theme, 'mutedForeground'), '#d1d5db')).to.be.at.least(4.5);
    });

    it('lightens the palette text when a merchant darkens the light background', () => {
      const { theme, warnings } = resolve({ colors: { background: '#1f2937', muted: '#374151' } });
      expect(color(theme, 'background')).to.equal('#1f2937');
      expectAccessible((token) => color(theme, token));
      expect(warnings.join('\n')).to.include('colors.foreground').and.include('colors.mutedForeground');
    });

    it('favours the background when no muted text reads on both it and the muted surface', () => {
      const { theme, warnings } = resolve({ colors: { background: '#1f2937' } });
      expectAccessible((token) => color(theme, token), ['mutedForeground/muted']);
      const warning = warnings.find((w) => w.includes('colors.mutedForeground'));
      expect(warning).to.include('no colour reaches it on muted');
    });

    it('never changes the surfaces', () => {
      const surfaces: Colors = { primary: '#eeeeee', background: '#777777', muted: '#888888', accent: '#999999' };
      const { theme } = resolve({ colors: surfaces });
      for (const [token, value] of Object.entries(surfaces)) expect(color(theme, token as ColorToken)).to.equal(value);
    });

    it('leaves every pair accessible whatever the merchant sends', () => {
      const hostile: Colors[] = [
        Object.fromEntries(COLOR_TOKENS.map((token) => [token, '#808080'])),
        Object.fromEntries(COLOR_TOKENS.map((token) => [token, '#ffffff'])),
        Object.fromEntries(COLOR_TOKENS.map((token) => [token, 'rgb(0 0 0 / 5%)'])),
        { background: '#0f1115', foreground: '#111111', primary: '#ff00ff', primaryForeground: '#ff00fe' },
        { background: 'oklch(0.3 0.1 150)', muted: 'oklch(0.9 0.05 150)', mutedForeground: 'oklch(0.6 0.1 150)' },
      ];
      for (const colors of hostile) {
        for (const colorMode of ['light', 'dark']) {
          const { theme, warnings } = resolve({ colorMode, colors });
          // Only muted text on an irreconcilable muted surface may remain, and never silently.
          const irreconcilable = warnings.some((w) => w.includes('no colour reaches it on muted'));
          expectAccessible((token) => color(theme, token), irreconcilable ? ['mutedForeground/muted'] : []);
        }
      }
    });
  });

  describe('default palettes', () => {
    for (const [name, palette] of [['light', LIGHT_PALETTE], ['dark', DARK_PALETTE]] as [string, Palette][]) {
      it(`${name} is AA-clean and needs no repair`, () => {
        expectAccessible((token) => palette[token]);
        expect(resolve({ colorMode: name }).warnings).to.deep.equal([]);
      });
    }

    it('dark is designed, not inverted', () => {
      expect(contrastRatio(DARK_PALETTE.background, '#000000')).to.be.below(1.2);
      expect(DARK_PALETTE.muted).to.not.equal(DARK_PALETTE.background);
      expect(contrastRatio(DARK_PALETTE.primary, DARK_PALETTE.background)).to.be.at.least(4.5);
    });
  });
});
