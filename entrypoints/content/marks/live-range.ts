// Marks are StaticRanges. The browser keeps every live Range in step with each change to the page's DOM, so
// thousands of live marks made the page's own updates several times slower (npm run bench: mark.js on the 1.5 MB
// page, 117 ms without the marks, 623 ms with them as live Ranges). A live Range is made only to measure or show
// one mark.

function lengthOf(node: Node): number {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
}

/**
 * A live Range over the same text (`into`, when given, is reused), or null when the page changed under it: a node
 * gone or shortened past the offsets.
 */
export function toLiveRange(range: AbstractRange, into?: Range): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  if (startOffset > lengthOf(startContainer) || endOffset > lengthOf(endContainer)) return null;
  const live = into ?? startContainer.ownerDocument?.createRange();
  if (!live) return null;
  live.setStart(startContainer, startOffset);
  live.setEnd(endContainer, endOffset);
  return live;
}

/** Measures and orders marks through reused live Ranges (none left behind for the browser to keep up to date). */
export function createRangeMeasurer(document: Document) {
  let measuring: Range | null = null;
  let point: Range | null = null;
  const live = (range: AbstractRange) => toLiveRange(range, (measuring ??= document.createRange()));
  return {
    boundingRect: (range: AbstractRange): DOMRect | null => live(range)?.getBoundingClientRect() ?? null,
    clientRects: (range: AbstractRange): DOMRect[] => [...(live(range)?.getClientRects() ?? [])],
    /**
     * Document order of two marks' starts: negative when `a` starts first. Through Range.comparePoint: Node's
     * compareDocumentPosition counts siblings from the first child, which made sorting 4,659 marks on a 5 MB page
     * take 0.9 s.
     */
    compareStarts(a: AbstractRange, b: AbstractRange): number {
      if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
      point ??= document.createRange();
      try {
        point.setStart(a.startContainer, a.startOffset);
        point.collapse(true);
        return -point.comparePoint(b.startContainer, b.startOffset);
      } catch {
        return 0; // a mark the page changed under; it is dropped at the next rescan
      }
    },
  };
}
