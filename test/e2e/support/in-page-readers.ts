// Readers run inside the page, shared by every helper and browser. Each is handed to page.evaluate, so each is
// self-contained: no imports, no outer variables.

export interface MarkQuery {
  /** The `CSS.highlights` entry. */
  name: string;
  /** Only marks starting inside the first element matching this selector (default: the body). */
  within?: string;
  /** Scrolls the first mark into view before measuring. */
  scrollFirstIntoView?: boolean;
}

export interface MarkInfo {
  text: string;
  rect: { x: number; y: number; width: number; height: number };
  /** id and tag of the element holding the mark's first and last text nodes. */
  startId: string | undefined;
  endTag: string | undefined;
  startElement: { closestEditable: boolean; closestPre: boolean };
}

/**
 * Every mark of the named highlight, in document order. Marks are StaticRanges: each is read through a live copy,
 * and one the page has changed under (offsets past the end) is left out.
 */
export function readMarksInPage(query: MarkQuery): MarkInfo[] {
  const highlight = CSS.highlights.get(query.name);
  const container = document.querySelector(query.within ?? 'body');
  if (!highlight || !container) return [];
  const ranges: Range[] = [];
  for (const mark of highlight) {
    const { startContainer, startOffset, endContainer, endOffset } = mark as AbstractRange;
    try {
      const range = document.createRange();
      range.setStart(startContainer, startOffset);
      range.setEnd(endContainer, endOffset);
      if (container.contains(range.startContainer)) ranges.push(range);
    } catch {
      // the page changed under this mark
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  if (query.scrollFirstIntoView) ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return ranges.map((range) => {
    const rect = range.getBoundingClientRect();
    const start = range.startContainer.parentElement;
    return {
      text: range.toString(),
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      startId: start?.id || undefined,
      endTag: range.endContainer.parentElement?.localName,
      startElement: {
        closestEditable: !!start?.closest('form, [contenteditable], [role=textbox]'),
        closestPre: !!start?.closest('pre'),
      },
    };
  });
}

/** The page's text as a reader sees it in the DOM: text nodes of the body outside script and style. */
export function readBodyTextInPage(): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  while (walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
  return text;
}
