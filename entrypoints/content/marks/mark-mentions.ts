// Marks ranges with the CSS Custom Highlight API: one Highlight per mention kind, styled by highlights.css (the
// content CSS, applied with the script by the manifest and by run-time registrations). Nothing is inserted into the
// page's content.
import type { MentionKind } from '@/lib/detect/types';

export type MarkedKind = Exclude<MentionKind, 'other'>;

export const MARKED_KINDS: readonly MarkedKind[] = ['btc-price', 'btc-cost', 'btc-target'];

/** `CSS.highlights` names; tests and other tools read what was marked from these. */
export const HIGHLIGHT_NAMES: Record<MarkedKind, string> = {
  'btc-price': 'miner-margin-btc-price',
  'btc-cost': 'miner-margin-btc-cost',
  'btc-target': 'miner-margin-btc-target',
};

export interface MentionMarker {
  /** Marks these ranges (those of kinds not shown are kept in their highlight, unregistered). */
  addMany(kind: MarkedKind, ranges: Iterable<AbstractRange>): void;
  /** Replaces every mark with these ranges. */
  replaceAll(ranges: Iterable<{ kind: MarkedKind; range: AbstractRange }>): void;
  remove(kind: MarkedKind, range: AbstractRange): void;
  /** Which kinds are shown; a kind turned off loses its `CSS.highlights` entry. */
  showKinds(kinds: ReadonlySet<MarkedKind>): void;
  /** Removes every entry. */
  clear(): void;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createMentionMarker(): MentionMarker {
  const highlights = new Map<MarkedKind, Highlight>(MARKED_KINDS.map((kind) => [kind, new Highlight()]));

  return {
    addMany(kind, ranges) {
      const highlight = highlights.get(kind);
      if (highlight) for (const range of ranges) highlight.add(range);
    },
    remove: (kind, range) => void highlights.get(kind)?.delete(range),
    replaceAll(entries) {
      for (const highlight of highlights.values()) highlight.clear();
      for (const { kind, range } of entries) highlights.get(kind)?.add(range);
    },
    showKinds(kinds) {
      for (const kind of MARKED_KINDS) {
        const highlight = highlights.get(kind);
        if (highlight && kinds.has(kind)) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
        else CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    },
    clear() {
      for (const kind of MARKED_KINDS) {
        highlights.get(kind)?.clear();
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    },
  };
}
