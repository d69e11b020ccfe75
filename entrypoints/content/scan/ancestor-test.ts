/**
 * The nearest of an element and its ancestors that `matches` (null if none), for elements asked in document order
 * (a pass's blocks, an article's paragraphs): the answers of the last element's ancestors are kept, so elements
 * sharing ancestors share the work on them. The walk stops after `stopAt`, and at `known`'s element, whose answer
 * it gives.
 *
 * Kept in a short list compared by identity, not in a Map or Set: a page node a content script ever used as a key
 * keeps its wrapper, and that wrapper's entry in its world's wrapper table, as holding it does. Keyed by every block
 * and container, a 5 MB page's table grew to where each doubling was one step of 10-60 ms (issue 13).
 */
export function cachedClosest(
  matches: (element: Element) => boolean,
  { stopAt, known }: { stopAt?: Node; known?: readonly [Element, Element | null] } = {},
): (element: Element) => Element | null {
  // The last element asked and its ancestors up to where its answer came from, outermost first, with their answers.
  // The next element usually meets it at its end (a sibling's parent), so it is searched from there, and it is cut
  // and extended in place: no new lists for every element asked (a 1.5 MB page asks for each of its blocks).
  const chain: Element[] = [];
  const answers: (Element | null)[] = [];
  const visited: Element[] = [];
  return (element) => {
    visited.length = 0;
    let answer: Element | null = null;
    // Where the walk up met the kept chain (-1: it did not).
    let at = -1;
    for (let current: Element | null = element; current; current = current.parentElement) {
      if (current === known?.[0]) {
        answer = known[1];
        break;
      }
      at = chain.lastIndexOf(current);
      if (at >= 0) {
        answer = answers[at] ?? null;
        break;
      }
      visited.push(current);
      if (matches(current)) {
        answer = current;
        break;
      }
      if (current === stopAt) break;
    }
    // The kept chain up to where the walk met it (nothing of it if it did not), then this walk's elements.
    chain.length = at + 1;
    answers.length = at + 1;
    for (let index = visited.length - 1; index >= 0; index--) {
      chain.push(visited[index]!);
      answers.push(answer);
    }
    return answer;
  };
}

/** Whether an element or one of its ancestors `matches`, as `cachedClosest` finds it. */
export function cachedAncestorTest(
  matches: (element: Element) => boolean,
  options: { stopAt?: Node; known?: readonly [Element, Element | null] } = {},
): (element: Element) => boolean {
  const closest = cachedClosest(matches, options);
  return (element) => closest(element) !== null;
}
