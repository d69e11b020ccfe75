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

const HIGHLIGHT_CSS = `
::highlight(miner-margin-btc-price) { text-decoration: underline dotted 2px #c2410c; }
::highlight(miner-margin-btc-cost) { text-decoration: underline dashed 2px #1d4ed8; }
::highlight(miner-margin-btc-target) { text-decoration: underline wavy 1px #7e22ce; }
@media (prefers-color-scheme: dark) {
  ::highlight(miner-margin-btc-price) { text-decoration-color: #fb923c; }
  ::highlight(miner-margin-btc-cost) { text-decoration-color: #60a5fa; }
  ::highlight(miner-margin-btc-target) { text-decoration-color: #c084fc; }
}`;

export interface MentionMarker {
  /** Marks these ranges (kinds not shown are kept aside, unmarked). */
  add(kind: MarkedKind, range: Range): void;
  remove(kind: MarkedKind, range: Range): void;
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

  const installStyles = () => {
    if (sheet && document.adoptedStyleSheets.includes(sheet)) return;
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // Appended, never replacing the page's own adopted sheets.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };

  return {
    add: (kind, range) => void highlights.get(kind)?.add(range),
    remove: (kind, range) => void highlights.get(kind)?.delete(range),
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
