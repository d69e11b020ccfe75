// Reads a subtree's text block by block (no DOM change), so an amount split over inline elements is one string,
// and maps offsets in that string back to the original text nodes.
import { blockOf, isInline, isSkipped } from './page-rules';

/** The text of one run of inline content; node i starts at offset starts[i] (negative for a slice's first node). */
export interface TextBlock {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Blocks longer than this are cut (at a space when possible) so one detection call stays short. */
export const MAX_BLOCK_CHARS = 50_000;

/** Between text separated by a line break or a skipped element, so words on either side do not run together. */
const GAP = '\n';

function cutPoint(data: string, from: number, max: number): number {
  const limit = from + max;
  if (limit >= data.length) return data.length;
  const space = data.lastIndexOf(' ', limit);
  return space > from + max / 2 ? space : limit;
}

/**
 * Source line breaks and tabs in ordinary text render as spaces; read them so, or a price wrapped onto its own
 * source line would be cut off from its sentence. One character for one keeps block offsets = node offsets.
 */
const asRendered = (data: string) => data.replace(/[\n\r\t]/g, ' ');

/** Every text block under `root` (the root itself included), in document order. */
export function* collectTextBlocks(root: Element, maxChars = MAX_BLOCK_CHARS): Generator<TextBlock> {
  let gap = false;
  // No filter callback: a JS filter is called for every node and dominated the scan; skipped subtrees are
  // stepped over by hand instead.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nextOutside = (): Node | null => {
    for (let node: Node | null = walker.currentNode; node && node !== root; node = walker.parentNode()) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
    }
    return null;
  };
  let current: (TextBlock & { owner: Element | null }) | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    while (node && node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) {
      gap = true;
      node = nextOutside();
    }
    if (!node) break;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (!isInline(element)) {
        if (current) yield current;
        current = null;
      } else if (element.localName === 'br') gap = true;
      continue;
    }
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) continue;
    const owner = blockOf(textNode);
    if (current && (current.owner !== owner || current.text.length + data.length > maxChars)) {
      yield current;
      current = null;
    }
    if (data.length > maxChars) {
      // One huge text node: read it in slices; the node's offsets stay those of the whole node.
      for (let from = 0; from < data.length;) {
        const to = cutPoint(data, from, maxChars);
        yield { text: asRendered(data.slice(from, to)), nodes: [textNode], starts: [-from] };
        from = to;
      }
      gap = false;
      continue;
    }
    current ??= { owner, text: '', nodes: [], starts: [] };
    if (gap && current.text.length > 0) current.text += GAP;
    gap = false;
    current.starts.push(current.text.length);
    current.nodes.push(textNode);
    current.text += asRendered(data);
  }
  if (current) yield current;
}

function nodeIndexAt(block: TextBlock, offset: number, isEnd: boolean): number {
  // The last node starting before the offset (at or before it for a start, strictly before for an end).
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = block.starts[middle] ?? 0;
    if (isEnd ? start < offset : start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface MappedRange {
  range: Range;
  /** The text nodes the range touches. */
  nodes: Text[];
}

/** A live Range over the original text nodes for block offsets [start, end). */
export function rangeInBlock(block: TextBlock, start: number, end: number): MappedRange | null {
  const first = nodeIndexAt(block, start, false);
  const last = nodeIndexAt(block, end, true);
  const startNode = block.nodes[first];
  const endNode = block.nodes[last];
  if (!startNode || !endNode || last < first) return null;
  const range = startNode.ownerDocument.createRange();
  const startOffset = start - (block.starts[first] ?? 0);
  const endOffset = end - (block.starts[last] ?? 0);
  if (startOffset < 0 || startOffset > startNode.length || endOffset < 0 || endOffset > endNode.length)
    return null;
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return { range, nodes: block.nodes.slice(first, last + 1) };
}
