import { css } from 'lit';

/**
 * The frame (src/frames/card.css) pads its body by 4px so focus rings are not clipped at its
 * edges; the negative margin gives that back, so the inputs inside line up with the form's own.
 *
 * Until the frame reports its height, `block-size` reserves what it will need, so its arrival
 * moves nothing: a number row, then expiry and security code side by side (stacked below 281px,
 * where the frame's own media query stacks them) with the code's hint, which wraps to two lines in
 * narrower forms; plus a name row when asked. The slot that stands in for the frame during the
 * form's first render reserves the same. Token fallbacks are the widget's defaults, for an
 * element rendered outside `<xpay-checkout>`.
 */
export const cardInputStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  iframe,
  .frame-slot {
    --_rows: 2;
    --_hint-lines: 2;
    --_row: calc(0.875rem * 1.5 + var(--_space-1, 4px) + var(--_input-height, 44px));
    --_gap: var(--_space-3, 12px);
    display: block;
    inline-size: calc(100% + 8px);
    margin: -4px;
    border: 0;
    background: transparent;
    block-size: calc(
      var(--_rows) * var(--_row) + (var(--_rows) - 1) * var(--_gap) + var(--_space-1, 4px) + var(--_hint-lines) * 0.8125rem * 1.5 + 8px
    );
  }
  .with-name {
    --_rows: 3;
  }
  @container (min-width: 520px) {
    iframe,
    .frame-slot {
      --_hint-lines: 1;
    }
  }
  @container (width < 281px) {
    iframe,
    .frame-slot {
      --_rows: 3;
      --_hint-lines: 1;
    }
    .with-name {
      --_rows: 4;
    }
  }
  .unavailable {
    display: grid;
    justify-items: start;
    gap: var(--_space-2, 8px);
    padding: var(--_space-3, 12px);
    border: 1px solid var(--_c-border, #e5e7eb);
    border-radius: var(--_radius, 8px);
  }
  .unavailable p {
    margin: 0;
  }
`;
