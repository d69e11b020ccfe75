// Reads a subtree's text block by block (no DOM change), so an amount split over inline elements is one string,
// and maps offsets in that string back to the original text nodes.
import { NOT_PLAIN_INLINE_SELECTOR, blockOf, insideSkippedTest, isInline, isSkipped } from './page-rules';

/** Text nodes of a block and where each starts in its text (negative for a slice's first node). */
export interface BlockNodes {
  nodes: Text[];
  starts: number[];
}

/** The text of one run of inline content. */
export interface TextBlock {
  text: string;
  /** The element whose inline content this is. */
  owner: Element;
  /** Its text nodes; worked out on first call (most blocks hold no mention, so never need them). */
  nodes(): BlockNodes;
}

/** Blocks longer than this are cut (at a space when possible) so one detection call stays short. */
export const MAX_BLOCK_CHARS = 50_000;

/** Between text separated by a line break or a skipped element, so words on either side do not run together. */
const GAP = '\n';

export interface CollectOptions {
  maxChars?: number;
  /**
   * A cheap test on one text node's data: only blocks holding a node that passes are read. Most of a page's text
   * holds no amount, and looking at each text node with one native regex costs little more than walking the tree.
   */
  mayHold?: (data: string) => boolean;
  /**
   * Reads from this element (inside root) to the end first, then from the start up to it: the viewport first for a
   * reader opened mid-page.
   */
  startAt?: Element | null;
  /**
   * Blocks come in document order, except where this is called before one: a read that began at `startAt` going
   * back to the root's start, and blocks inside an element whose own text was read before them (its text after a
   * nested block came first). Mentions found in the blocks between two calls are in document order.
   */
  onOrderBreak?: () => void;
  /** Called with each open shadow root read (so it is watched for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called with each custom element not defined yet: it may attach a shadow root when the page defines it. */
  onUndefined?: (element: Element) => void;
}

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

const known = (located: BlockNodes) => () => located;

/** The text nodes under a plain owner (text and plain inline elements only), in order, with their offsets. */
function plainNodes(owner: Element): BlockNodes {
  const located: BlockNodes = { nodes: [], starts: [] };
  let offset = 0;
  const add = (node: Node) => {
    located.nodes.push(node as Text);
    located.starts.push(offset);
    offset += (node as Text).length;
  };
  if (owner.childElementCount === 0) {
    // Text only: its text nodes are its children, no walker needed.
    for (let child = owner.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) add(child);
    }
  } else {
    const walker = owner.ownerDocument.createTreeWalker(owner, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) add(node);
  }
  return located;
}

/**
 * The blocks of `owner`'s own inline content, in order: runs of text broken by nested block elements (read as
 * owners of their own) and cut at `maxChars`.
 */
function* ownBlocks(
  owner: Element,
  maxChars: number,
  isSkipped: (element: Element) => boolean,
  found: { nested: boolean },
): Generator<TextBlock> {
  const walker = owner.ownerDocument.createTreeWalker(owner, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The next node after the current one's subtree, without leaving `owner`. */
  const nextOutside = (): Node | null => {
    for (let node: Node | null = walker.currentNode; node && node !== owner; node = walker.parentNode()) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
    }
    return null;
  };
  const block = (text: string, located: BlockNodes): TextBlock => ({ text, owner, nodes: known(located) });
  let gap = false;
  let text = '';
  let located: BlockNodes | null = null;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        gap = true;
        node = nextOutside();
        continue;
      }
      if (!isInline(element)) {
        found.nested = true;
        if (located) yield block(text, located);
        located = null;
        node = nextOutside();
        continue;
      }
      if (element.localName === 'br') gap = true;
      node = walker.nextNode();
      continue;
    }
    const textNode = node as Text;
    const data = textNode.data;
    node = walker.nextNode();
    if (data.length === 0) continue;
    if (located && text.length + data.length > maxChars) {
      yield block(text, located);
      located = null;
    }
    if (data.length > maxChars) {
      // One huge text node: read it in slices; the node's offsets stay those of the whole node.
      for (let from = 0; from < data.length;) {
        const to = cutPoint(data, from, maxChars);
        yield block(asRendered(data.slice(from, to)), { nodes: [textNode], starts: [-from] });
        from = to;
      }
      gap = false;
      continue;
    }
    if (!located) {
      located = { nodes: [], starts: [] };
      text = '';
    }
    if (gap && text.length > 0) text += GAP;
    gap = false;
    located.starts.push(text.length);
    located.nodes.push(textNode);
    text += asRendered(data);
  }
  if (located) yield block(text, located);
}

/**
 * The text blocks under `root` (the root itself included) that hold a text node passing `mayHold`; a block whose
 * element holds one is read whole. Blocks come element by element: an element's own text, then its nested blocks.
 * An open shadow root is read where its host is met, after the host's own shadow root when `root` is a host; its
 * light-DOM children (slotted or not) are read once, as light DOM. Text directly in a shadow root, with no element
 * around it, is not read (Firefox ESR does not paint a highlight there).
 */
export function* collectTextBlocks(
  root: Element | ShadowRoot,
  options: CollectOptions = {},
): Generator<TextBlock> {
  const { maxChars = MAX_BLOCK_CHARS, mayHold, onShadowRoot, onUndefined, onOrderBreak } = options;
  // Text nodes and elements are walked, with no filter callback (a JS filter is called for every node and
  // dominated the scan); an element is only asked for its open shadow root, the few candidate text nodes'
  // elements are checked by hand.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  // Owners read whose text nodes the walk may meet again (not stepped over). Not every owner: a page node used as a
  // Set key keeps its wrapper as holding it does (ancestor-test.ts).
  const read = new Set<Element>();
  // Whether an element is skipped or inside a skipped one, each ancestor matched once per pass. (One
  // querySelectorAll for all skipped elements up front was a single 20+ ms call on a 5 MB page.)
  const isInsideSkipped = insideSkippedTest(root);
  // Set in the second part of a pass that started at `startAt`: the first text node read then, where it ends.
  let stopAt: Node | null = null;
  let stopped = false;
  /** An owner whose text after a nested block was read before that block: until the walk leaves it, no order. */
  let unorderedIn: Element | null = null;
  const breakOrderBefore = (owner: Element) => {
    if (!unorderedIn) return;
    onOrderBreak?.();
    if (!unorderedIn.contains(owner)) unorderedIn = null;
  };
  /** Goes on after `owner`, which has nothing left to find (its own text was read, it has no nested blocks). */
  const stepOver = (owner: Element): boolean => {
    if (owner === root || !owner.isConnected || !root.contains(owner)) return false;
    if (stopAt && owner.contains(stopAt)) stopped = true;
    let last: Node = owner;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    return true;
  };
  /** A custom element not defined yet may attach a shadow root once the page defines it: handed over. */
  const noteIfUndefined = (element: Element) => {
    if (onUndefined && element.localName.includes('-') && !element.matches(':defined')) onUndefined(element);
  };
  // Those under the root, found natively at once before the walk (asking each element it meets for its name was
  // ~1.5 % of the extension's CPU on the 1.5 MB bench page); those the page adds later come with its mutations, which
  // are scanned as roots of their own. A host is read where the walk meets it.
  if (onUndefined)
    root.querySelectorAll(':not(:defined)').forEach((element) => {
      if (!element.shadowRoot) noteIfUndefined(element);
    });
  function* shadowBlocks(host: Element, shadow: ShadowRoot): Generator<TextBlock> {
    if (isInsideSkipped(host)) return;
    onShadowRoot?.(shadow);
    breakOrderBefore(host);
    yield* collectTextBlocks(shadow, options); // (startAt, outside the shadow tree, is not used there)
  }
  function* blocksFrom(first: Node | null): Generator<TextBlock> {
    for (let node = first; node && !stopped && node !== stopAt; node = walker.nextNode()) {
      // A text node has no `shadowRoot`: one read tells an element (null or its open root) from text, where
      // `nodeType` and then `shadowRoot` were two calls into the page's DOM for each of the page's elements.
      const shadow = (node as Partial<Element>).shadowRoot;
      if (shadow !== undefined) {
        // Most elements have no shadow root: no generator for them (one per element was ~7 ms of a 1.5 MB page).
        if (shadow) yield* shadowBlocks(node as Element, shadow);
        continue;
      }
      const data = (node as Text).data;
      if (data.length === 0 || (mayHold && !mayHold(data))) continue;
      const owner = blockOf(node, root);
      if (!owner || read.has(owner)) continue;
      if (isInsideSkipped(owner)) {
        read.add(owner);
        continue;
      }
      breakOrderBefore(owner);
      // Most blocks (a paragraph, a list item, a headline) hold only text and plain inline elements: their text is
      // the element's textContent, read natively, and their nodes are only looked up for a mention.
      if (owner.childElementCount === 0 || owner.querySelector(NOT_PLAIN_INLINE_SELECTOR) === null) {
        const text = owner.textContent ?? '';
        if (text.length <= maxChars) {
          let located: BlockNodes | undefined;
          const plainOwner = owner;
          yield { text: asRendered(text), owner, nodes: () => (located ??= plainNodes(plainOwner)) };
          if (!stepOver(owner)) read.add(owner);
          continue;
        }
      }
      const found = { nested: false };
      yield* ownBlocks(owner, maxChars, isSkipped, found);
      // Checked after the yields: the page may have changed meanwhile.
      if (found.nested || !stepOver(owner)) read.add(owner);
      if (found.nested) unorderedIn ??= owner;
    }
  }
  const startAt = options.startAt;
  if (startAt && startAt !== root && root.contains(startAt)) {
    walker.currentNode = startAt;
    const first = walker.nextNode();
    yield* blocksFrom(first);
    stopAt = first;
    walker.currentNode = root;
    onOrderBreak?.();
  }
  if (root.nodeType === Node.ELEMENT_NODE) {
    const shadow = (root as Element).shadowRoot;
    if (shadow) yield* shadowBlocks(root as Element, shadow);
    else noteIfUndefined(root as Element);
  }
  yield* blocksFrom(walker.nextNode());
}

function nodeIndexAt(starts: readonly number[], offset: number, isEnd: boolean): number {
  // The last node starting before the offset (at or before it for a start, strictly before for an end).
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = starts[middle] ?? 0;
    if (isEnd ? start < offset : start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A range's four fields in a plain object: what a StaticRange is made from (`new StaticRange(bounds)`). */
export interface RangeBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface MappedRange {
  bounds: RangeBounds;
  /** The text nodes the range touches. */
  nodes: Text[];
}

/**
 * Where block offsets [start, end) lie in the original text nodes. A StaticRange over them (see live-range.ts for
 * why static) is made by whoever needs one: on a page with thousands of mentions, only those near the viewport do.
 */
export function rangeInBlock(block: TextBlock, start: number, end: number): MappedRange | null {
  const { nodes, starts } = block.nodes();
  const first = nodeIndexAt(starts, start, false);
  const last = nodeIndexAt(starts, end, true);
  const startNode = nodes[first];
  const endNode = nodes[last];
  if (!startNode || !endNode || last < first) return null;
  const startOffset = start - (starts[first] ?? 0);
  const endOffset = end - (starts[last] ?? 0);
  if (startOffset < 0 || startOffset > startNode.length || endOffset < 0 || endOffset > endNode.length)
    return null;
  const bounds = { startContainer: startNode, startOffset, endContainer: endNode, endOffset };
  return { bounds, nodes: nodes.slice(first, last + 1) };
}
