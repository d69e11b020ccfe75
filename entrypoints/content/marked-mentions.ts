// The set of marked mentions: indexed by text node (hit-testing, ticker follow-up), kept in document order on
// demand (keyboard steps, page report), and handed to the highlights in batches, or only near the viewport on
// pages with thousands of mentions.
import { MAX_REGISTERED_RANGES, rangesNearViewport } from './highlight-window';
import type { createRangeMeasurer } from './live-range';
import { MARKED_KINDS, type MarkedKind, type MentionMarker } from './mark-mentions';

type RangeMeasurer = ReturnType<typeof createRangeMeasurer>;

export interface MarkedMention {
  range: StaticRange;
  nodes: Text[];
  text: string;
  usd: number;
  kind: MarkedKind;
  readonly context: string;
  /** Outside the article's body (a ticker, a sidebar): read at today's date, not the article's. */
  outsideArticle: boolean;
}

export interface MarkedMentions {
  /** Adds a mention unless one with the same range is known; marked at the next `commit`. */
  add(mention: MarkedMention): void;
  remove(mention: MarkedMention): void;
  has(mention: MarkedMention): boolean;
  /** Every mention (all kinds), in insertion order. */
  all(): MarkedMention[];
  /** Mentions touching this text node. */
  at(node: Node): readonly MarkedMention[];
  /** Mentions of the shown kinds, in document order. */
  inOrder(): MarkedMention[];
  count(kind: MarkedKind): number;
  /** Hands new mentions to the highlights (or re-picks those near the viewport). */
  commit(): void;
  /** On scroll: re-picks the mentions near the viewport when only those are registered. */
  followViewport(): void;
}

const sameRange = (a: AbstractRange, b: AbstractRange) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

export function createMarkedMentions(
  marker: MentionMarker,
  shownKinds: () => ReadonlySet<MarkedKind>,
  viewportHeight: () => number,
  measurer: RangeMeasurer,
): MarkedMentions {
  const mentions = new Set<MarkedMention>();
  const byNode = new Map<Node, MarkedMention[]>();
  let ordered: MarkedMention[] | null = null;
  // Marked in batches: the browser re-validates every range of a changed highlight on the next frame, so adding
  // to it slice after slice would cost O(n²) over a large page.
  let unmarked: MarkedMention[] = [];
  let windowed = false;
  let windowSpan = { from: 0, to: 0 };

  // Whether every mention so far came after the one added before it. A scan adds them in document order, so the
  // order is checked one add at a time (inside the scan's slices) instead of sorting thousands at its end, in one
  // task (40+ ms on a 5 MB page's first load).
  let addedInOrder = true;
  let lastAdded: MarkedMention | null = null;

  const inOrder = (): MarkedMention[] => {
    if (!ordered) {
      const connected = [...mentions].filter((mention) => mention.range.startContainer.isConnected);
      ordered = addedInOrder ? connected : connected.sort((a, b) => measurer.compareStarts(a.range, b.range));
    }
    const kinds = shownKinds();
    return ordered.filter((mention) => kinds.has(mention.kind));
  };

  const markNearViewport = (force: boolean) => {
    const list = inOrder();
    const span = rangesNearViewport(
      list.map((mention) => mention.range),
      viewportHeight(),
      measurer.boundingRect,
    );
    if (!force && span.from === windowSpan.from && span.to === windowSpan.to) return;
    windowSpan = span;
    marker.replaceAll(list.slice(span.from, span.to));
  };

  return {
    add(mention) {
      const first = mention.nodes[0];
      if (first && byNode.get(first)?.some((known) => sameRange(known.range, mention.range))) return;
      if (mentions.size === 0) {
        addedInOrder = true;
        lastAdded = null;
      }
      if (addedInOrder && lastAdded && measurer.compareStarts(lastAdded.range, mention.range) > 0) {
        addedInOrder = false;
      }
      lastAdded = mention;
      mentions.add(mention);
      unmarked.push(mention);
      for (const node of mention.nodes) {
        const list = byNode.get(node);
        if (list) list.push(mention);
        else byNode.set(node, [mention]);
      }
      ordered = null;
    },
    remove(mention) {
      mentions.delete(mention);
      marker.remove(mention.kind, mention.range);
      for (const node of mention.nodes) {
        const list = byNode.get(node)?.filter((entry) => entry !== mention);
        if (list && list.length > 0) byNode.set(node, list);
        else byNode.delete(node);
      }
      ordered = null;
    },
    has: (mention) => mentions.has(mention),
    all: () => [...mentions],
    at: (node) => byNode.get(node) ?? [],
    inOrder,
    count(kind) {
      let count = 0;
      for (const mention of mentions) if (mention.kind === kind) count++;
      return count;
    },
    commit() {
      if (mentions.size > MAX_REGISTERED_RANGES) {
        windowed = true;
        unmarked = [];
        markNearViewport(true);
        return;
      }
      if (windowed) {
        windowed = false;
        unmarked = [];
        marker.replaceAll(mentions);
        return;
      }
      const batch = unmarked.filter((mention) => mentions.has(mention));
      unmarked = [];
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
  };
}
