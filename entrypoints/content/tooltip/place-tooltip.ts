// Where the tooltip goes: above the marked text when it fits, else below (flip); kept inside the viewport
// (shift); the arrow points at the text. A few lines instead of a positioning library keep the content script
// within its 30 KB budget.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface TooltipPlacement {
  x: number;
  y: number;
  side: 'top' | 'bottom';
  /** The arrow's left offset inside the tooltip, px. */
  arrowX: number;
}

export const GAP = 8;
export const VIEWPORT_PADDING = 8;
const ARROW_SIZE = 8;
const ARROW_INSET = 6;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** `reference` is the marked text's first line (for above) or last line (for below) in viewport pixels. */
export function placeTooltip(first: Box, last: Box, tooltip: Size, viewport: Size): TooltipPlacement {
  const roomAbove = first.top - GAP - VIEWPORT_PADDING;
  const roomBelow = viewport.height - last.bottom - GAP - VIEWPORT_PADDING;
  const side = roomAbove >= tooltip.height || roomAbove >= roomBelow ? 'top' : 'bottom';
  const line = side === 'top' ? first : last;
  const centre = (line.left + line.right) / 2;
  const x = clamp(
    centre - tooltip.width / 2,
    VIEWPORT_PADDING,
    viewport.width - tooltip.width - VIEWPORT_PADDING,
  );
  const y = side === 'top' ? line.top - GAP - tooltip.height : line.bottom + GAP;
  const arrowX = clamp(centre - x - ARROW_SIZE / 2, ARROW_INSET, tooltip.width - ARROW_SIZE - ARROW_INSET);
  return { x, y, side, arrowX };
}
