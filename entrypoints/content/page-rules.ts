// Which page elements the scan reads, and which of them break text into separate blocks.

/** Tag name of the one element the extension adds to a page (the UI host, on document.documentElement). */
export const UI_HOST_TAG = 'miner-margin-ui';

const SKIPPED_TAGS = new Set([
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
]);

const EDITABLE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

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

/**
 * Any element inside a block that makes its text more than the plain concatenation of its text nodes: a nested
 * block (anything not inline), a line break or a skipped inline element.
 */
export const NOT_PLAIN_INLINE_SELECTOR = [
  `:not(${[...INLINE_TAGS].filter((tag) => tag !== 'br').join(',')})`,
  'br',
  '[contenteditable]',
  '[aria-hidden="true"]',
  ...[...EDITABLE_ROLES].map((role) => `[role="${role}"]`),
].join(',');

/** Matches the elements `isSkipped` is true for (for `closest`, which checks every ancestor natively). */
export const SKIPPED_SELECTOR = [
  ...SKIPPED_TAGS,
  '[contenteditable]',
  '[aria-hidden="true"]',
  ...[...EDITABLE_ROLES].map((role) => `[role="${role}"]`),
].join(',');

/** Elements whose text is never read: code, form fields, editable regions, hidden-from-AT content, our UI. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('contenteditable')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  return role !== null && EDITABLE_ROLES.has(role);
}

/** True when the element or one of its ancestors is skipped. */
export function isInsideSkipped(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isSkipped(current)) return true;
  }
  return false;
}

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** The nearest block-level element holding a node (its own element when that is a block). */
export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element.parentElement) element = element.parentElement;
  return element;
}
