// Marks ranges with the CSS Custom Highlight API: one Highlight per mention kind, styled by highlights.css (the
// content CSS, applied with the script by the manifest and by run-time registrations). Nothing is inserted into the
// page's content.
import type { MentionKind } from '@/lib/detect/types';
import HIGHLIGHT_RULES from '../highlights.css?raw';

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

/**
 * Firefox ESR paints a highlight only with `::highlight()` rules of the tree its text is in: the document's
 * highlights.css does not reach a shadow tree (a screenshot shows no underline there). So in Firefox each shadow root
 * holding a mark adopts a constructed sheet with the same rules: not an element, the page's DOM is unchanged, and
 * the page's own adopted sheets are kept. Chromium paints shadow-tree highlights with the document's rules, so its
 * build adds nothing to the page (the hostile e2e suite checks both by screenshot).
 */
function createShadowStyler(): (range: AbstractRange) => void {
  let sheet: CSSStyleSheet | undefined;
  return (range) => {
    const root = range.startContainer.getRootNode() as ShadowRoot;
    if (root.nodeType !== 11) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_RULES);
    }
    // Looked up each time, not remembered: a component that sets its sheets again drops ours, and gets it back
    // with its next mark there (a re-render that re-reads it).
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
}

export function createMentionMarker(): MentionMarker {
  const highlights = new Map<MarkedKind, Highlight>(MARKED_KINDS.map((kind) => [kind, new Highlight()]));
  const styleTree = import.meta.env.FIREFOX ? createShadowStyler() : null;
  const add = (highlight: Highlight | undefined, range: AbstractRange) => {
    styleTree?.(range);
    highlight?.add(range);
  };

  return {
    addMany(kind, ranges) {
      const highlight = highlights.get(kind);
      for (const range of ranges) add(highlight, range);
    },
    remove: (kind, range) => void highlights.get(kind)?.delete(range),
    replaceAll(entries) {
      for (const highlight of highlights.values()) highlight.clear();
      for (const { kind, range } of entries) add(highlights.get(kind), range);
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
