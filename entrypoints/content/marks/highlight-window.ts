// On pages with thousands of mentions only those near the viewport are registered: the browser re-validates every
// range of every highlight on each frame in which the DOM changed (about 30 µs a range), so thousands of ranges
// would make each of the page's own updates a long frame.

/** Up to this many mentions, every one is registered (an ordinary article has a few dozen). */
export const MAX_REGISTERED_RANGES = 1_000;

/** The index span [from, to) of the ranges, in document order, that lie within `margin` px of the viewport. */
export function rangesNearViewport<R>(
  ranges: readonly R[],
  viewportHeight: number,
  boundingRect: (range: R) => { top: number; bottom: number } | null,
  margin = viewportHeight,
  cap = MAX_REGISTERED_RANGES,
): { from: number; to: number } {
  let low = 0;
  let high = ranges.length;
  // First range whose bottom is below the top margin (ranges in document order lie roughly top to bottom).
  while (low < high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    const rect = range && boundingRect(range);
    if (rect && rect.bottom < -margin) low = middle + 1;
    else high = middle;
  }
  let to = low;
  while (to < ranges.length && to - low < cap) {
    const range = ranges[to];
    const rect = range && boundingRect(range);
    if (rect && rect.top > viewportHeight + margin) break;
    to++;
  }
  return { from: low, to };
}
