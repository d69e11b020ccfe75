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

/** Document order of two ranges' starts: negative when `a` starts first. */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** Measures marks through one reused live Range (none left behind for the browser to keep up to date). */
export function createRangeMeasurer(document: Document) {
  let measuring: Range | null = null;
  const live = (range: AbstractRange) => toLiveRange(range, (measuring ??= document.createRange()));
  return {
    boundingRect: (range: AbstractRange): DOMRect | null => live(range)?.getBoundingClientRect() ?? null,
    clientRects: (range: AbstractRange): DOMRect[] => [...(live(range)?.getClientRects() ?? [])],
  };
}
