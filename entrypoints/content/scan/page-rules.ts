// Which page elements the scan reads, and which of them break text into separate blocks.
import { cachedAncestorTest } from './ancestor-test';

/** Tag name of the one element the extension adds to a page (the UI host, on document.documentElement). */
export const UI_HOST_TAG = 'miner-margin-ui';

const SKIPPED_TAGS = [
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'svg',
  'math',
  'template',
  UI_HOST_TAG,
];

/** Editable regions and content hidden from assistive technology, whatever the element. */
const SKIPPED_ATTRIBUTES = [
  '[contenteditable]',
  '[aria-hidden="true"]',
  ...['textbox', 'searchbox', 'combobox', 'spinbutton'].map((role) => `[role="${role}"]`),
];

/** Phrasing elements: text inside them belongs to the surrounding block ("$70,<b>000</b>" is one amount). */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'br',
]);

/** Elements whose text is never read: code, form fields, editable regions, hidden-from-AT content, our UI. */
export const SKIPPED_SELECTOR = [...SKIPPED_TAGS, ...SKIPPED_ATTRIBUTES].join(',');

/**
 * Any element inside a block that makes its text more than the plain concatenation of its text nodes: a nested
 * block (anything not inline), a line break or a skipped inline element.
 */
export const NOT_PLAIN_INLINE_SELECTOR = [
  `:not(${[...INLINE_TAGS].filter((tag) => tag !== 'br').join(',')})`,
  'br',
  ...SKIPPED_ATTRIBUTES,
].join(',');

export const isSkipped = (element: Element): boolean => element.matches(SKIPPED_SELECTOR);

/**
 * A test of whether an element is skipped or inside a skipped one, or the whole document is being edited
 * (designMode: an in-browser editor's text is the user's, not an article). Each element on the way up is matched
 * once (natively) and its answer kept, so the blocks of a page share the work on their common ancestors; the walk
 * stops at `stopAt` (a scan's root, already checked).
 */
export function insideSkippedTest(stopAt?: Node): (element: Element) => boolean {
  const insideSkipped = cachedAncestorTest(isSkipped, { stopAt });
  return (element) => element.ownerDocument.designMode === 'on' || insideSkipped(element);
}

/** Whether an element is skipped or inside a skipped one (a one-off test; a scan keeps one `insideSkippedTest`). */
export const isInsideSkipped = (element: Element): boolean => insideSkippedTest()(element);

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/**
 * The nearest block-level element holding a node (its own element when that is a block), or `within` when the
 * search reaches it first.
 */
export function blockOf(node: Node, within?: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && element !== within && isInline(element) && element.parentElement) {
    element = element.parentElement;
  }
  return element;
}
