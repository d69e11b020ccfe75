// The set of marked mentions: indexed by text node (hit-testing, ticker follow-up), kept in document order on
// demand (keyboard steps, page report), and handed to the highlights in batches, or only near the viewport on
// pages with thousands of mentions.
import { MAX_REGISTERED_RANGES, rangesNearViewport } from './highlight-window';
import type { createRangeMeasurer } from './live-range';
import { MARKED_KINDS, type MarkedKind, type MentionMarker } from './mark-mentions';
import type { RangeBounds } from '../scan/collect-text-blocks';
import { composedContains } from '../scan/shadow-roots';

type RangeMeasurer = ReturnType<typeof createRangeMeasurer>;

export interface MarkedMention {
  /** Where it lies: what ordering, de-duplication and the clean-up after page changes read. */
  bounds: RangeBounds;
  /**
   * A StaticRange over the bounds, made on first use (highlights, measuring, the tooltip; always the same object):
   * on a page with thousands of mentions only those near the viewport are registered, and need one.
   */
  readonly range: StaticRange;
  nodes: Text[];
  text: string;
  usd: number;
  kind: MarkedKind;
  readonly context: string;
  /** Outside the article's body (a ticker, a sidebar): read at today's date, not the article's. */
  outsideArticle: boolean;
}

export interface MarkedMentions {
  /**
   * Adds a mention unless one with the same range is known; marked at the next `commit`. The mentions added between
   * two `endRun` calls must come in document order (a scan's blocks do): they are put in place as one run.
   */
  add(mention: MarkedMention): void;
  /** Ends a run of mentions added in document order (the next `add` may come from anywhere in the page). */
  endRun(): void;
  remove(mention: MarkedMention): void;
  /**
   * Removes the mentions inside these roots (their text is read again) and those whose text left the page or
   * collapsed. Finds the former through the roots' own text nodes, not by testing every mention.
   */
  removeWithin(roots: readonly Element[]): void;
  has(mention: MarkedMention): boolean;
  readonly size: number;
  /** Every mention (all kinds), in document order. */
  all(): MarkedMention[];
  /** Mentions touching this text node. */
  at(node: Node): readonly MarkedMention[];
  /** Mentions of the shown kinds, in document order. */
  inOrder(): MarkedMention[];
  count(kind: MarkedKind): number;
  /** Hands new mentions to the highlights (or, on pages with thousands, those near the viewport). */
  commit(): void;
  /** On scroll: re-picks the mentions near the viewport when only those are registered. */
  followViewport(): void;
  /** The open shadow roots holding mentions, once per mention (hit-testing gets a caret position in these). */
  shadowRoots(): ShadowRoot[];
}

const sameRange = (a: RangeBounds, b: RangeBounds) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

/** A handful of new mentions on a page with thousands (a ticker's update): marked alone, the window kept. */
const FEW_CHANGES = 32;

export function createMarkedMentions(
  marker: MentionMarker,
  shownKinds: () => ReadonlySet<MarkedKind>,
  viewportHeight: () => number,
  measurer: RangeMeasurer,
): MarkedMentions {
  // Kept in document order, never re-sorted whole. A scan adds them in order: each run of them (a block, a slice,
  // the part of a pass before or after its wrap to the page's start) is put in place as a whole, by one binary
  // search for its first mention and one comparison of its last with the mention after it. (Placed one by one, the
  // second part of a pass opened mid-page paid a binary search of live-Range comparisons per mention: about 30 ms
  // of the 1.5 MB bench page's CPU.)
  const ordered: MarkedMention[] = [];
  /** Added since the last run ended, in document order; put in place before anything reads the order. */
  let run: MarkedMention[] = [];
  const members = new Set<MarkedMention>();
  // Those in shadow trees: a root's tree walk in removeWithin does not enter them.
  const inShadowTrees = new Set<MarkedMention>();
  const byNode = new Map<Node, MarkedMention[]>();
  const counts = new Map<MarkedKind, number>();
  // Marked in batches: the browser re-validates every range of a changed highlight on the next frame, so adding
  // to it block after block would cost O(n²) over a large page.
  let unmarked: MarkedMention[] = [];
  let windowed = false;
  let windowSpan = { from: 0, to: 0 };

  const insertionIndex = (mention: MarkedMention): number => {
    const last = ordered.at(-1);
    if (!last || measurer.compareStarts(last.bounds, mention.bounds) <= 0) return ordered.length;
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (measurer.compareStarts(ordered[middle]!.bounds, mention.bounds) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const placeRun = () => {
    if (run.length === 0) return;
    const placed = run;
    run = [];
    const at = insertionIndex(placed[0]!);
    const next = ordered[at];
    if (!next || measurer.compareStarts(placed.at(-1)!.bounds, next.bounds) < 0) {
      // In place: a pass appends run after run (a new array per run was quadratic on a page of thousands).
      if (at === ordered.length) for (const mention of placed) ordered.push(mention);
      else ordered.splice(at, 0, ...placed);
      return;
    }
    // Mentions already known lie among the run's (a rescan read a block the pass had not reached): one by one.
    for (const mention of placed) ordered.splice(insertionIndex(mention), 0, mention);
  };

  const inOrder = (): MarkedMention[] => {
    placeRun();
    const kinds = shownKinds();
    return ordered.filter((mention) => kinds.has(mention.kind));
  };

  const markNearViewport = (force: boolean) => {
    const list = inOrder();
    const span = rangesNearViewport(list, viewportHeight(), (mention) =>
      measurer.boundingRect(mention.bounds),
    );
    if (!force && span.from === windowSpan.from && span.to === windowSpan.to) return;
    windowSpan = span;
    marker.replaceAll(list.slice(span.from, span.to));
  };

  const isNearViewport = (mention: MarkedMention) => {
    const rect = measurer.boundingRect(mention.bounds);
    const height = viewportHeight();
    return !!rect && rect.bottom >= -height && rect.top <= 2 * height;
  };

  const remove = (mention: MarkedMention) => {
    if (!members.delete(mention)) return;
    placeRun();
    inShadowTrees.delete(mention);
    const index = ordered.indexOf(mention);
    if (index !== -1) ordered.splice(index, 1);
    counts.set(mention.kind, (counts.get(mention.kind) ?? 1) - 1);
    marker.remove(mention.kind, mention.range);
    for (const node of mention.nodes) {
      const list = byNode.get(node)?.filter((entry) => entry !== mention);
      if (list && list.length > 0) byNode.set(node, list);
      else byNode.delete(node);
    }
  };

  return {
    add(mention) {
      const first = mention.nodes[0];
      if (first && byNode.get(first)?.some((known) => sameRange(known.bounds, mention.bounds))) return;
      run.push(mention);
      members.add(mention);
      if (first && first.getRootNode() !== first.ownerDocument) inShadowTrees.add(mention);
      counts.set(mention.kind, (counts.get(mention.kind) ?? 0) + 1);
      unmarked.push(mention);
      for (const node of mention.nodes) {
        const list = byNode.get(node);
        if (list) list.push(mention);
        else byNode.set(node, [mention]);
      }
    },
    endRun: placeRun,
    remove,
    removeWithin(roots) {
      if (members.size === 0) return;
      placeRun();
      const gone: MarkedMention[] = [];
      for (const root of roots) {
        if (!root.isConnected) continue;
        const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const list = byNode.get(node);
          if (list) gone.push(...list);
        }
      }
      for (const mention of inShadowTrees) {
        if (roots.some((root) => composedContains(root, mention.bounds.startContainer))) gone.push(mention);
      }
      for (const mention of members) {
        const { startContainer, startOffset, endContainer, endOffset } = mention.bounds;
        if (!startContainer.isConnected || !endContainer.isConnected) gone.push(mention);
        else if (startContainer === endContainer && startOffset === endOffset) gone.push(mention);
      }
      for (const mention of gone) remove(mention);
    },
    has: (mention) => members.has(mention),
    get size() {
      return members.size;
    },
    all: () => {
      placeRun();
      return [...ordered];
    },
    at: (node) => byNode.get(node) ?? [],
    inOrder,
    count: (kind) => counts.get(kind) ?? 0,
    commit() {
      placeRun();
      const batch = unmarked.filter((mention) => members.has(mention));
      unmarked = [];
      if (members.size > MAX_REGISTERED_RANGES) {
        if (windowed && batch.length <= FEW_CHANGES) {
          const kinds = shownKinds();
          for (const mention of batch) {
            if (kinds.has(mention.kind) && isNearViewport(mention))
              marker.addMany(mention.kind, [mention.range]);
          }
          return;
        }
        windowed = true;
        markNearViewport(true);
        return;
      }
      if (windowed) {
        windowed = false;
        marker.replaceAll(ordered);
        return;
      }
      for (const kind of MARKED_KINDS) {
        marker.addMany(
          kind,
          batch.filter((mention) => mention.kind === kind).map((mention) => mention.range),
        );
      }
    },
    followViewport() {
      if (windowed) markNearViewport(false);
    },
    shadowRoots: () =>
      [...inShadowTrees].map((mention) => mention.bounds.startContainer.getRootNode() as ShadowRoot),
  };
}
