/** `quantity` kept within the limits a line item allows. */
export function clampQuantity(quantity: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, quantity));
}

/** PageUp and PageDown move by this much (the WAI-ARIA APG spinbutton's "larger step"). */
const PAGE_STEP = 10;

/**
 * The quantity a key asks a spinbutton for (WAI-ARIA APG spinbutton): arrows step by one, Page
 * keys by ten, Home and End go to the limits; always within them. Null for any other key, which
 * keeps its usual meaning in the text.
 */
export function spinTarget(key: string, value: number, min: number, max: number): number | null {
  const targets: Record<string, number> = {
    ArrowUp: value + 1,
    ArrowDown: value - 1,
    PageUp: value + PAGE_STEP,
    PageDown: value - PAGE_STEP,
    Home: min,
    End: max,
  };
  return key in targets ? clampQuantity(targets[key], min, max) : null;
}
