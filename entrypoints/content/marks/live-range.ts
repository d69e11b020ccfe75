// Marks are StaticRanges. The browser keeps every live Range in step with each change to the page's DOM, so
// thousands of live marks made the page's own updates several times slower (npm run bench: mark.js on the 1.5 MB
// page, 117 ms without the marks, 623 ms with them as live Ranges). A live Range is made only to measure or show
// one mark.
import { hostOf } from '../scan/shadow-roots';

/** A range's boundary points: an AbstractRange, or the plain object a StaticRange is made from. */
export type Bounds = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

function lengthOf(node: Node): number {
  return node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
}

/**
 * A live Range over the same text (`into`, when given, is reused), or null when the page changed under it: a node
 * gone or shortened past the offsets.
 */
export function toLiveRange(range: Bounds, into?: Range): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  if (startOffset > lengthOf(startContainer) || endOffset > lengthOf(endContainer)) return null;
  const live = into ?? startContainer.ownerDocument?.createRange();
  if (!live) return null;
  live.setStart(startContainer, startOffset);
  live.setEnd(endContainer, endOffset);
  return live;
}

/** The node and the shadow hosts it lies in, outermost first: one entry per tree, from the document down. */
function treePath(node: Node): Node[] {
  const path = [node];
  for (let host = hostOf(node.getRootNode()); host; host = hostOf(host.getRootNode())) path.unshift(host);
  return path;
}

/** Measures and orders marks through reused live Ranges (none left behind for the browser to keep up to date). */
export function createRangeMeasurer(document: Document) {
  let measuring: Range | null = null;
  let point: Range | null = null;
  const live = (range: Bounds) => toLiveRange(range, (measuring ??= document.createRange()));
  const compare = (a: Node, aOffset: number, b: Node, bOffset: number): number => {
    point ??= document.createRange();
    point.setStart(a, aOffset);
    point.collapse(true);
    return -point.comparePoint(b, bOffset);
  };
  return {
    boundingRect: (range: Bounds): DOMRect | null => live(range)?.getBoundingClientRect() ?? null,
    clientRects: (range: AbstractRange): DOMRect[] => [...(live(range)?.getClientRects() ?? [])],
    /**
     * Document order of two marks' starts: negative when `a` starts first. Through Range.comparePoint: Node's
     * compareDocumentPosition counts siblings from the first child, which made sorting 4,659 marks on a 5 MB page
     * take 0.9 s.
     */
    compareStarts(a: Bounds, b: Bounds): number {
      if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
      try {
        return compare(a.startContainer, a.startOffset, b.startContainer, b.startOffset);
      } catch {
        // Marks in different trees (comparePoint throws across a shadow boundary): compared in the first tree
        // where their paths part, a host standing for what its shadow tree holds.
        try {
          const pathA = treePath(a.startContainer);
          const pathB = treePath(b.startContainer);
          let level = 0;
          while (level < pathA.length && pathA[level] === pathB[level]) level++;
          // Different nodes of one tree: their order does not depend on the offsets (text nodes hold no node).
          return compare(pathA[level]!, 0, pathB[level]!, 0);
        } catch {
          return 0; // a mark the page changed under; it is dropped at the next rescan
        }
      }
    },
  };
}
