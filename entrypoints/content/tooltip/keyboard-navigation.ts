// Stepping through mentions from the keyboard command, and closing the tooltip with Escape.

/** The next index when stepping `direction` from `current` through `count` items, wrapping at both ends. */
export function stepIndex(current: number | null, direction: 1 | -1, count: number): number | null {
  if (count === 0) return null;
  if (current === null || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** Escape closes our tooltip; the key is left alone (not prevented) when the tooltip is closed. */
export function onEscape(isOpen: () => boolean, close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    close();
  };
}
