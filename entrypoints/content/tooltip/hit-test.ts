// Which marked range is under the pointer: the caret position at the point, then the range's own rectangles
// (a caret snaps to the nearest character, so the rectangles decide).

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};

/**
 * The caret position at (x, y). Inside one of `shadowRoots` it is the position in the shadow tree; otherwise the
 * browser retargets it to the outermost host it does not name.
 */
export function caretAt(
  document: Document,
  x: number,
  y: number,
  shadowRoots?: ShadowRoot[],
): CaretPoint | null {
  const withPosition = document as CaretDocument;
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** True when (x, y) lies in one of the client rectangles, `slop` px around. */
export function rectsContainPoint(rects: Iterable<DOMRectReadOnly>, x: number, y: number, slop = 1): boolean {
  for (const rect of rects) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) {
      return true;
    }
  }
  return false;
}

/** The first candidate whose range is under (x, y); candidates are those touching the caret's text node. */
export function findRangeAt<T extends { range: AbstractRange }>(
  document: Document,
  x: number,
  y: number,
  candidatesFor: (node: Node) => readonly T[],
  clientRects: (range: AbstractRange) => Iterable<DOMRectReadOnly>,
  shadowRoots?: ShadowRoot[],
): T | null {
  const caret = caretAt(document, x, y, shadowRoots);
  if (!caret) return null;
  for (const candidate of candidatesFor(caret.node)) {
    if (rectsContainPoint(clientRects(candidate.range), x, y)) return candidate;
  }
  return null;
}
