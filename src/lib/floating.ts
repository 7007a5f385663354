import { autoUpdate, computePosition, flip, hide, offset, shift, size, type Placement } from '@floating-ui/dom';

export interface AnchorOptions {
  placement?: Placement;
  /** Gap between the reference and the popover. */
  offsetPx?: number;
  /** A select's list reads as part of its control only when both are exactly as wide. */
  matchWidth?: boolean;
  /** Tallest the popover may grow; it shrinks further when the viewport has less room. */
  maxHeightPx?: number;
}

/** A popover never touches the viewport edge, where it would look cut off. */
const VIEWPORT_PADDING_PX = 8;

/**
 * Keeps `floating` attached to `reference` (flipping, shifting and shrinking to stay in the
 * viewport) until the returned cleanup runs. Every popover in the widget goes through here.
 *
 * The strategy is `fixed` so a popover escapes the `overflow: hidden` and scrolling ancestors
 * a merchant may put the widget in; autoUpdate re-anchors it when any of them scrolls.
 *
 * floating-ui answers in physical viewport coordinates, so this is the one place in the widget
 * that writes physical properties (left, top, width, max-height). Mapping them to logical ones
 * would need the writing mode of the containing block, and would be wrong in mixed ones.
 */
export function anchorPopover(
  reference: HTMLElement,
  floating: HTMLElement,
  { placement = 'bottom-start', offsetPx = 4, matchWidth = false, maxHeightPx }: AnchorOptions = {},
): () => void {
  const strategy = 'fixed';
  const wantedMaxHeight = maxHeightPx === undefined ? '' : `${maxHeightPx}px`;
  // The coordinates below only mean something for the strategy they were computed for.
  floating.style.position = strategy;
  let stopped = false;

  const update = async () => {
    // Measure at the wanted height, not the one an earlier pass shrank it to, or a list squeezed
    // above the reference would never flip back below it once there is room again.
    floating.style.maxHeight = wantedMaxHeight;
    const { x, y, middlewareData } = await computePosition(reference, floating, {
      strategy,
      placement,
      middleware: [
        offset(offsetPx),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight, rects, elements }) {
            const height = Math.max(0, Math.min(availableHeight, maxHeightPx ?? Number.POSITIVE_INFINITY));
            Object.assign(elements.floating.style, {
              maxHeight: `${height}px`,
              width: matchWidth ? `${rects.reference.width}px` : '',
            });
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    // A computation started before cleanup must not move a popover that has been let go.
    if (stopped) return;
    Object.assign(floating.style, {
      left: `${x}px`,
      top: `${y}px`,
      // A reference scrolled out of its container takes its popover with it rather than
      // leaving it floating over unrelated content.
      visibility: middlewareData.hide?.referenceHidden ? 'hidden' : '',
    });
  };

  const stopAutoUpdate = autoUpdate(reference, floating, update);
  return () => {
    stopped = true;
    stopAutoUpdate();
  };
}
