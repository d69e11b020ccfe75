/**
 * A test of whether an element or one of its ancestors `matches`, each element on the way up tested once and its
 * answer kept, so that elements sharing ancestors (a page's blocks, an article's paragraphs) share the work on them.
 * The walk stops after `stopAt`, and at any element `known` already answers for.
 */
export function cachedAncestorTest(
  matches: (element: Element) => boolean,
  { stopAt, known = new Map<Element, boolean>() }: { stopAt?: Node; known?: Map<Element, boolean> } = {},
): (element: Element) => boolean {
  return (element) => {
    const unknown: Element[] = [];
    let answer = false;
    for (let current: Element | null = element; current; current = current.parentElement) {
      const cached = known.get(current);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      unknown.push(current);
      if (matches(current)) {
        answer = true;
        break;
      }
      if (current === stopAt) break;
    }
    for (const visited of unknown) known.set(visited, answer);
    return answer;
  };
}
