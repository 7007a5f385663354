/** sRGB bytes plus alpha in 0..1, as a 1×1 canvas reports them. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/**
 * CSS.supports accepts anything that could compute to a colour, including references that would
 * read another property or escape a declaration; session colours must stand alone.
 */
const FORBIDDEN = /[;{}<>\\]|url\(|var\(|env\(|attr\(|expression\(|currentcolor/i;
const CSS_WIDE_KEYWORDS = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);

const BLACK: Rgb = { r: 0, g: 0, b: 0, alpha: 1 };
const WHITE: Rgb = { r: 255, g: 255, b: 255, alpha: 1 };
/** Softer than pure black for text; the contrast fallbacks below still reach pure black if needed. */
const NEAR_BLACK = '#0f1115';

/** A self-contained CSS colour: valid for `color` and free of injection or references to other values. */
export function isCssColor(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return (
    trimmed !== '' &&
    !FORBIDDEN.test(trimmed) &&
    !CSS_WIDE_KEYWORDS.has(trimmed.toLowerCase()) &&
    CSS.supports('color', trimmed)
  );
}

type PaintContext = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
let paintContext: PaintContext | null | undefined;

/** The browser's own colour parser covers every syntax (oklch, color(), named…) without a table of ours. */
function context(): PaintContext | null {
  if (paintContext === undefined) {
    if (typeof OffscreenCanvas === 'function') {
      paintContext = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
    } else {
      const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
      paintContext = canvas.getContext('2d', { willReadFrequently: true });
    }
  }
  return paintContext;
}

/**
 * Canvas silently keeps the previous fillStyle when it cannot parse a value, so the value counts as
 * accepted only if it replaced one of two different starting colours.
 */
function setFill(ctx: PaintContext, value: string): boolean {
  return ['#000000', '#ffffff'].some((start) => {
    ctx.fillStyle = start;
    ctx.fillStyle = value;
    return ctx.fillStyle !== start;
  });
}

const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;

/**
 * Brand colours and our palettes are nearly always hex: read without the canvas, whose creation
 * and pixel read-back cost milliseconds of the first render.
 */
function hexToRgb(hex: string): Rgb {
  const digits = hex.length <= 5 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
  const byte = (at: number) => parseInt(digits.slice(at, at + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), alpha: digits.length === 8 ? byte(6) / 255 : 1 };
}

/** Any CSS colour as sRGB bytes (out-of-gamut colours are mapped by the browser); null when unparsable. */
export function toRgb(value: string): Rgb | null {
  const trimmed = value.trim();
  if (HEX.test(trimmed)) return hexToRgb(trimmed);
  const ctx = context();
  if (!ctx || !setFill(ctx, trimmed)) return null;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return { r, g, b, alpha: a / 255 };
}

function parse(value: string): Rgb {
  const rgb = toRgb(value);
  if (!rgb) throw new TypeError(`not a CSS colour: ${JSON.stringify(value)}`);
  return rgb;
}

/** Alpha-composites `top` over an opaque `bottom`. */
function over(top: Rgb, bottom: Rgb): Rgb {
  const mixChannel = (t: number, u: number) => Math.round(t * top.alpha + u * (1 - top.alpha));
  return { r: mixChannel(top.r, bottom.r), g: mixChannel(top.g, bottom.g), b: mixChannel(top.b, bottom.b), alpha: 1 };
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const mixChannel = (f: number, t: number) => Math.round(f + (t - f) * amount);
  return { r: mixChannel(from.r, to.r), g: mixChannel(from.g, to.g), b: mixChannel(from.b, to.b), alpha: 1 };
}

function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB linearisation threshold 0.04045 (IEC 61966-2-1); WCAG's older 0.03928 differs by no 8-bit value. */
function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of an opaque colour (alpha is ignored). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function ratio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * WCAG 2.x contrast of `foreground` drawn on `background`. Translucent colours are composited as
 * they would render: the background over white (the page behind is unknown), the foreground over that.
 */
export function contrastRatio(foreground: string, background: string): number {
  const back = over(parse(background), WHITE);
  return ratio(over(parse(foreground), back), back);
}

/** Near-black or white, whichever contrasts more with `background`. */
export function readableOn(background: string): string {
  return contrastRatio(NEAR_BLACK, background) >= contrastRatio('#ffffff', background) ? NEAR_BLACK : '#ffffff';
}

const STEPS = 50;

/**
 * `color` mixed toward black or white in 2 % steps until it reaches `minRatio` against every colour in
 * `against`, keeping as much of its hue as the ratio allows. If no mix gets there, the extreme is the
 * best possible and is returned anyway.
 */
export function adjustForContrast(color: string, against: string | readonly string[], minRatio: number): string {
  const backdrops = (typeof against === 'string' ? [against] : against).map((b) => over(parse(b), WHITE));
  const [first = WHITE] = backdrops;
  const worst = (c: Rgb) => Math.min(...backdrops.map((b) => ratio(c, b)));
  const start = over(parse(color), first);
  const target = worst(BLACK) >= worst(WHITE) ? BLACK : WHITE;
  for (let step = 0; step <= STEPS; step++) {
    const candidate = mix(start, target, step / STEPS);
    if (worst(candidate) >= minRatio) return toHex(candidate);
  }
  return toHex(target);
}
