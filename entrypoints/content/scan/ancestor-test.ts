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
  // The last element asked and its ancestors up to where its answer came from, with their answers.
  let chain: Element[] = [];
  let answers: (Element | null)[] = [];
  return (element) => {
    const visited: Element[] = [];
    let answer: Element | null = null;
    // Where the walk up met the kept chain (-1: it did not).
    let at = -1;
    for (let current: Element | null = element; current; current = current.parentElement) {
      if (current === known?.[0]) {
        answer = known[1];
        break;
      }
      at = chain.indexOf(current);
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
    chain = visited.concat(at < 0 ? [] : chain.slice(at));
    answers = visited.map(() => answer).concat(at < 0 ? [] : answers.slice(at));
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
