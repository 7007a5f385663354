import type { BrandingSettings } from '../api/schema.js';

export type ColorToken = keyof NonNullable<BrandingSettings['colors']>;
export type Palette = Readonly<Record<ColorToken, string>>;

/** `primaryForeground` → `primary-foreground`, the spelling of the CSS custom properties. */
export function kebab(token: ColorToken): string {
  return token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Text pairs clear WCAG AA (4.5:1) and `input`/`ring` clear 3:1 against the background;
 * `destructive` also clears 4.5:1 on `muted` and on its own 10 % error tint.
 */
export const LIGHT_PALETTE: Palette = {
  primary: '#1a56db',
  primaryForeground: '#ffffff',
  background: '#ffffff',
  foreground: '#111827',
  border: '#e5e7eb',
  input: '#868c98',
  ring: '#3b75ee',
  muted: '#f3f4f6',
  mutedForeground: '#5b6271',
  accent: '#eef2ff',
  accentForeground: '#1e3a8a',
  destructive: '#c81e1e',
};

/**
 * Designed for dark rather than inverted: surfaces step up from a blue-black base, the primary is
 * lightened so it reads on that base and carries dark text, and the red is softened so it does not vibrate.
 */
export const DARK_PALETTE: Palette = {
  primary: '#6b9cff',
  primaryForeground: '#0b1220',
  background: '#0f1115',
  foreground: '#e7e9ee',
  border: '#2a2f3a',
  input: '#5f6779',
  ring: '#6b9cff',
  muted: '#1a1d24',
  mutedForeground: '#9ba3b4',
  accent: '#1c2740',
  accentForeground: '#c9d8ff',
  destructive: '#f47272',
};

/** Every colour token; the palettes' Record type is what guarantees none is missing. */
export const COLOR_TOKENS = Object.keys(LIGHT_PALETTE) as readonly ColorToken[];
