import type { BrandingSettings } from '../api/schema.js';
import { adjustForContrast, contrastRatio, isCssColor, readableOn, toRgb } from './color.js';
import { COLOR_TOKENS, DARK_PALETTE, LIGHT_PALETTE, kebab, type ColorToken, type Palette } from './palettes.js';

/** Known values of each enumerated field, default first (CONTRACT section 4). */
export const BRANDING_CHOICES = {
  colorMode: ['light', 'dark'],
  borderStyle: ['rounded', 'sharp', 'pill'],
  spacing: ['default', 'condensed', 'relaxed'],
  inputSize: ['medium', 'small', 'large'],
  inputStyle: ['outlined', 'flat', 'underlined'],
  formLayout: ['expanded', 'compact'],
} as const;

type Choices = { [K in keyof typeof BRANDING_CHOICES]: (typeof BRANDING_CHOICES)[K][number] };
export type ColorMode = Choices['colorMode'];
export type BorderStyle = Choices['borderStyle'];
export type Spacing = Choices['spacing'];
export type InputSize = Choices['inputSize'];
export type InputStyle = Choices['inputStyle'];
export type FormLayout = Choices['formLayout'];

export interface Theme extends Choices {
  /** The session layer: `--xpay-session-*` custom properties for the host's inline style. */
  properties: Record<string, string>;
}

export type Warn = (message: string) => void;

export const PUBLIC_PREFIX = '--xpay-';
export const SESSION_PREFIX = '--xpay-session-';

const PALETTES: Record<ColorMode, Palette> = { light: LIGHT_PALETTE, dark: DARK_PALETTE };

/** [control, container]: a container keeps some rounding next to pill controls without becoming a capsule. */
const RADII: Record<BorderStyle, readonly [string, string]> = {
  rounded: ['8px', '12px'],
  sharp: ['0', '0'],
  pill: ['9999px', '20px'],
};

const BASE_UNIT_PX = 4;
const SPACING_SCALE: Record<Spacing, number> = { default: 1, condensed: 0.75, relaxed: 1.25 };
/** Units per step of --xpay-space-1 … -6. */
const SPACE_STEPS = [1, 2, 3, 4, 6, 8];

const INPUT_SIZES: Record<InputSize, { height: string; fontSize: string; paddingInline: string }> = {
  small: { height: '36px', fontSize: '14px', paddingInline: '10px' },
  medium: { height: '44px', fontSize: '16px', paddingInline: '12px' },
  large: { height: '52px', fontSize: '18px', paddingInline: '16px' },
};

/**
 * Values may point at the resolved internal variables (defined by themeTokens on the same host), so a
 * merchant's public colour or radius override still flows into them. Flat keeps a 1px transparent
 * border so switching styles never shifts the layout; underlined drops the inline padding so its text
 * lines up with the label above.
 */
const INPUT_STYLES: Record<InputStyle, Record<'border-width' | 'border-color' | 'radius' | 'background', string>> = {
  outlined: { 'border-width': '1px', 'border-color': 'var(--_c-input)', radius: 'var(--_radius)', background: 'var(--_c-bg)' },
  flat: { 'border-width': '1px', 'border-color': 'transparent', radius: 'var(--_radius)', background: 'var(--_c-muted)' },
  underlined: { 'border-width': '0 0 1px 0', 'border-color': 'var(--_c-input)', radius: '0', background: 'var(--_c-bg)' },
};

export const SYSTEM_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

const FAMILY_MAX_LENGTH = 200;
const UNQUOTED = String.raw`[\p{L}\p{N}-]+(?: +[\p{L}\p{N}-]+)*`;
const QUOTED = String.raw`"[\p{L}\p{N} -]+"|'[\p{L}\p{N} -]+'`;
const FAMILY = `(?:${UNQUOTED}|${QUOTED})`;
// Built on first use: parsing \p{L} builds Unicode sets, milliseconds on every page load otherwise,
// and most sessions name no font.
let familyList: RegExp | undefined;
let identifier: RegExp | undefined;
const isFamilyList = (value: string) => (familyList ??= new RegExp(String.raw`^${FAMILY}(?: *, *${FAMILY})*$`, 'u')).test(value);
const isIdentifier = (word: string) => (identifier ??= /^(?:--|-?\p{L})[\p{L}\p{N}-]*$/u).test(word);
/** Reserved words that make a whole font-family declaration invalid when unquoted. */
const RESERVED_FAMILIES = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default']);

interface ContrastRule {
  token: ColorToken;
  on: readonly ColorToken[];
  min: number;
  /** Text on a filled surface: the fix is plain near-black or white rather than a shade of the old colour. */
  readable?: boolean;
}

const CONTRAST_RULES: readonly ContrastRule[] = [
  { token: 'primaryForeground', on: ['primary'], min: 4.5, readable: true },
  { token: 'foreground', on: ['background'], min: 4.5 },
  { token: 'mutedForeground', on: ['background', 'muted'], min: 4.5 },
  { token: 'accentForeground', on: ['accent'], min: 4.5, readable: true },
  { token: 'destructive', on: ['background'], min: 4.5 },
  { token: 'input', on: ['background'], min: 3 },
  { token: 'ring', on: ['background'], min: 3 },
];

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

function isBlank(value: string | null | undefined): value is null | undefined | '' {
  return value == null || value.trim() === '';
}

function choose<K extends keyof Choices>(field: K, raw: string | null | undefined, warn: Warn): Choices[K] {
  const known: readonly string[] = BRANDING_CHOICES[field];
  const fallback = BRANDING_CHOICES[field][0] as Choices[K];
  if (isBlank(raw)) return fallback;
  if (known.includes(raw)) return raw as Choices[K];
  warn(`unknown brandingSettings.${field} ${quote(raw)}, using "${fallback}"`);
  return fallback;
}

/** Session colours over the palette; a colour that the canvas cannot resolve could not be contrast-checked. */
function mergeColors(palette: Palette, colors: BrandingSettings['colors'], warn: Warn): Record<ColorToken, string> {
  const merged = { ...palette };
  for (const token of COLOR_TOKENS) {
    const raw = colors?.[token];
    if (isBlank(raw)) continue;
    if (isCssColor(raw) && toRgb(raw)) merged[token] = raw.trim();
    else warn(`ignoring brandingSettings.colors.${token} ${quote(raw)}: not a plain CSS colour`);
  }
  return merged;
}

/**
 * A repair that meets the ratio on as many surfaces as possible, the first (most important) always:
 * when a merchant's muted surface and background sit on opposite sides of the text, no colour reads
 * on both, and the background wins.
 */
function repair(start: string, surfaces: readonly string[], min: number): string {
  for (let count = surfaces.length; count > 1; count--) {
    const subset = surfaces.slice(0, count);
    const candidate = adjustForContrast(start, subset, min);
    if (subset.every((surface) => contrastRatio(candidate, surface) >= min)) return candidate;
  }
  return adjustForContrast(start, surfaces[0]!, min);
}

/** Only the foreground side of a pair moves, so the merchant's surfaces (the pay button's fill) stay as chosen. */
function enforceContrast(colors: Record<ColorToken, string>, warn: Warn): void {
  for (const rule of CONTRAST_RULES) {
    const surfaces = rule.on.map((token) => colors[token]);
    const ratios = surfaces.map((surface) => contrastRatio(colors[rule.token], surface));
    const worst = Math.min(...ratios);
    if (worst >= rule.min) continue;
    const fixed = repair(rule.readable ? readableOn(surfaces[0]!) : colors[rule.token], surfaces, rule.min);
    const unreadable = rule.on.filter((_, i) => contrastRatio(fixed, surfaces[i]!) < rule.min);
    warn(
      `brandingSettings.colors.${rule.token} on ${rule.on[ratios.indexOf(worst)]} has contrast ` +
        `${worst.toFixed(2)}:1, below ${rule.min}:1; using ${fixed}` +
        (unreadable.length ? ` (no colour reaches it on ${unreadable.join(', ')} as well)` : ''),
    );
    colors[rule.token] = fixed;
  }
}

/**
 * A plain family list, or null. Unquoted names that CSS would not parse as identifiers
 * ("Source Sans 3") are quoted rather than rejected, since that is how merchants type them.
 */
function fontFamily(raw: string | null | undefined, warn: Warn): string | null {
  if (isBlank(raw)) return null;
  const family = raw.trim();
  const names = family.split(',').map((name) => name.trim());
  if (
    family.length <= FAMILY_MAX_LENGTH &&
    isFamilyList(family) &&
    !names.some((name) => RESERVED_FAMILIES.has(name.toLowerCase()))
  ) {
    const needsQuotes = (name: string) => !/^["']/.test(name) && !name.split(/ +/).every(isIdentifier);
    return names.map((name) => (needsQuotes(name) ? `"${name}"` : name)).join(', ');
  }
  warn(`ignoring brandingSettings.fontFamily ${quote(raw)}: not a plain font-family list`);
  return null;
}

/** Token values keyed by the name shared by the public and session properties (`radius` → --xpay-radius). */
function tokenValues(colors: Palette, choices: Choices, family: string | null): Record<string, string> {
  const [radius, radiusContainer] = RADII[choices.borderStyle];
  const unit = BASE_UNIT_PX * SPACING_SCALE[choices.spacing];
  const input = INPUT_SIZES[choices.inputSize];
  const inputStyle = INPUT_STYLES[choices.inputStyle];
  return {
    ...Object.fromEntries(COLOR_TOKENS.map((token) => [`color-${kebab(token)}`, colors[token]])),
    radius,
    'radius-container': radiusContainer,
    ...Object.fromEntries(SPACE_STEPS.map((units, i) => [`space-${i + 1}`, `${units * unit}px`])),
    'input-height': input.height,
    'input-font-size': input.fontSize,
    'input-padding-inline': choices.inputStyle === 'underlined' ? '0' : input.paddingInline,
    ...Object.fromEntries(Object.entries(inputStyle).map(([name, value]) => [`input-${name}`, value])),
    'font-family': family ? `${family}, ${SYSTEM_FONT_STACK}` : SYSTEM_FONT_STACK,
  };
}

function chooseAll(branding: BrandingSettings | null | undefined, warn: Warn): Choices {
  return {
    colorMode: choose('colorMode', branding?.colorMode, warn),
    borderStyle: choose('borderStyle', branding?.borderStyle, warn),
    spacing: choose('spacing', branding?.spacing, warn),
    inputSize: choose('inputSize', branding?.inputSize, warn),
    inputStyle: choose('inputStyle', branding?.inputStyle, warn),
    formLayout: choose('formLayout', branding?.formLayout, warn),
  };
}

/** What applies with no session layer at all: the light palette and the first value of every field. */
export const DEFAULT_TOKEN_VALUES: Readonly<Record<string, string>> = tokenValues(
  LIGHT_PALETTE,
  chooseAll(null, () => {}),
  null,
);

/**
 * Resolves a session's brandingSettings into layout choices and the session layer of custom
 * properties. Nothing here is fetched: a font family only names fonts, never loads them.
 */
export function themeFromBranding(
  branding: BrandingSettings | null | undefined,
  warn: Warn = (message) => console.warn(`[xpay-checkout] ${message}`),
): Theme {
  const choices = chooseAll(branding, warn);
  const colors = mergeColors(PALETTES[choices.colorMode], branding?.colors, warn);
  enforceContrast(colors, warn);
  const values = tokenValues(colors, choices, fontFamily(branding?.fontFamily, warn));
  return {
    ...choices,
    properties: Object.fromEntries(Object.entries(values).map(([name, value]) => [SESSION_PREFIX + name, value])),
  };
}
