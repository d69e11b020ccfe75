// Web components (embedded article bodies, ticker widgets) hold their text in shadow trees. The scan reads open
// shadow roots as it meets their hosts (collect-text-blocks), watches each for changes (watch-mutations), and these
// helpers follow a node out of its shadow tree to the host, where the light-DOM tests (article body, skipped
// ancestors, dirty roots) go on.
//
// Closed shadow roots are not read: a page closes a root to keep its internals to itself, Chromium gives a content
// script no way in, and Firefox's `openOrClosedShadowRoot` would mark text in one browser only. (In both browsers a
// content script's `element.shadowRoot` returns the page's open roots, and null for closed ones.)

/** The host of `node` when it is a shadow root or a child of one; null otherwise. */
export function hostOf(node: Node): Element | null {
  const root = node.nodeType === 11 ? node : node.parentNode;
  return (root as ShadowRoot | null)?.host ?? null;
}

/** The element's parent, or its shadow host for an element at the top of a shadow tree. */
export const composedParent = (element: Element): Element | null => element.parentElement ?? hostOf(element);

/** Whether `node` is inside `ancestor`, following shadow trees out through their hosts. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = hostOf(current.getRootNode())) {
    if (ancestor.contains(current)) return true;
  }
  return false;
}
