/**
 * The nearest of an element and its ancestors that `matches` (null if none), each element on the way up tested once
 * and its answer kept, so that elements sharing ancestors (a page's blocks, an article's paragraphs) share the work on
 * them. The walk stops after `stopAt`, and at any element `known` already answers for.
 */
export function cachedClosest(
  matches: (element: Element) => boolean,
  {
    stopAt,
    known = new Map<Element, Element | null>(),
  }: { stopAt?: Node; known?: Map<Element, Element | null> } = {},
): (element: Element) => Element | null {
  return (element) => {
    const unknown: Element[] = [];
    let answer: Element | null = null;
    for (let current: Element | null = element; current; current = current.parentElement) {
      const cached = known.get(current);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      unknown.push(current);
      if (matches(current)) {
        answer = current;
        break;
      }
      if (current === stopAt) break;
    }
    for (const visited of unknown) known.set(visited, answer);
    return answer;
  };
}

/** Whether an element or one of its ancestors `matches`, as `cachedClosest` finds it. */
export function cachedAncestorTest(
  matches: (element: Element) => boolean,
  options: { stopAt?: Node; known?: Map<Element, Element | null> } = {},
): (element: Element) => boolean {
  const closest = cachedClosest(matches, options);
  return (element) => closest(element) !== null;
}
