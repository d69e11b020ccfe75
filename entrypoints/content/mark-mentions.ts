// Marks ranges with the CSS Custom Highlight API: one Highlight per mention kind, styled by one adopted
// stylesheet. Nothing is inserted into the page's content.
import type { MentionKind } from '@/lib/detect/types';

export type MarkedKind = Exclude<MentionKind, 'other'>;

export const MARKED_KINDS: readonly MarkedKind[] = ['btc-price', 'btc-cost', 'btc-target'];

/** `CSS.highlights` names; tests and other tools read what was marked from these. */
export const HIGHLIGHT_NAMES: Record<MarkedKind, string> = {
  'btc-price': 'miner-margin-btc-price',
  'btc-cost': 'miner-margin-btc-cost',
  'btc-target': 'miner-margin-btc-target',
};

/** Set by highlights.css; absent when only the script was injected (a run-time registration without its CSS). */
const STYLES_SENTINEL = '--miner-margin-highlight-styles';

/** The same rules as highlights.css, for pages where the manifest's CSS was not applied. */
const FALLBACK_CSS = `
::highlight(miner-margin-btc-price) { text-decoration: underline dotted 2px #c2410c; }
::highlight(miner-margin-btc-cost) { text-decoration: underline dashed 2px #1d4ed8; }
::highlight(miner-margin-btc-target) { text-decoration: underline wavy 1px #7e22ce; }`;

export interface MentionMarker {
  /** Marks these ranges (those of kinds not shown are kept in their highlight, unregistered). */
  addMany(kind: MarkedKind, ranges: Iterable<AbstractRange>): void;
  /** Replaces every mark with these ranges. */
  replaceAll(ranges: Iterable<{ kind: MarkedKind; range: AbstractRange }>): void;
  remove(kind: MarkedKind, range: AbstractRange): void;
  /** Which kinds are shown; a kind turned off loses its `CSS.highlights` entry. */
  showKinds(kinds: ReadonlySet<MarkedKind>): void;
  /** Removes every entry and the stylesheet. */
  clear(): void;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createMentionMarker(document: Document): MentionMarker {
  const highlights = new Map<MarkedKind, Highlight>(MARKED_KINDS.map((kind) => [kind, new Highlight()]));
  let shown = new Set<MarkedKind>();
  let sheet: CSSStyleSheet | null = null;

  let stylesChecked = false;
  const installStyles = () => {
    if (sheet && document.adoptedStyleSheets.includes(sheet)) return;
    if (!sheet && !stylesChecked) {
      stylesChecked = true;
      const root = document.documentElement;
      if (getComputedStyle(root).getPropertyValue(STYLES_SENTINEL).trim() !== '') return;
    } else if (!sheet) return;
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(FALLBACK_CSS);
    // Appended, never replacing the page's own adopted sheets.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };

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
      shown = new Set(kinds);
      if (shown.size > 0) installStyles();
      for (const kind of MARKED_KINDS) {
        const highlight = highlights.get(kind);
        if (highlight && shown.has(kind)) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
        else CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    },
    clear() {
      for (const kind of MARKED_KINDS) {
        highlights.get(kind)?.clear();
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
      shown = new Set();
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((entry) => entry !== sheet);
    },
  };
}
