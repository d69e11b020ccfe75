// The first stage's one question about a page: does it hold a candidate amount, a text node with a currency sign
// or word (lib/detect/may-hold-amount.ts)? Only then is the annotator (detector, marks, tooltip) loaded. A false
// yes costs the load; a false no is not allowed, so this reads at least everything the scan reads.
import { mayHoldAmount } from '@/lib/detect/may-hold-amount';

/** Elements whose text the scan never reads (scan/page-rules.ts skips more; those only cost a load). */
const NOT_READ = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

const isCandidateText = (node: Text): boolean =>
  mayHoldAmount(node.data) && !NOT_READ.has(node.parentElement?.localName ?? '');

function holdsInTree(root: Element | ShadowRoot): boolean {
  // Node by node, stopping at the first: a page with amounts usually has one near the top. (Reading the whole
  // textContent first cost a 1.5 MB page about 40 ms of a loaded machine's time, most of it for a yes.)
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isCandidateText(node as Text)) return true;
  }
  return false;
}

/**
 * The open shadow roots under `root` (its own included), nested ones too: the scan reads them (scan/shadow-roots.ts),
 * and a tree walk of the light DOM does not enter them. One element walk, made only when the light DOM holds no
 * candidate (and once more to watch them).
 */
export function openShadowRootsIn(root: Element | ShadowRoot): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) roots.push(shadow, ...openShadowRootsIn(shadow));
  }
  return roots;
}

/** Whether `root` (an element or text node) holds a candidate amount, in its open shadow trees too. */
export function holdsCandidateAmount(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isCandidateText(root as Text);
  if (root.nodeType !== Node.ELEMENT_NODE || NOT_READ.has((root as Element).localName)) return false;
  return holdsInTree(root as Element) || openShadowRootsIn(root as Element).some(holdsInTree);
}

/**
 * Calls `onCandidate` once, when the page first gains a candidate amount (infinite scroll, a client-side
 * navigation, a ticker's first price), in the light DOM or in an open shadow root present at the start or added
 * with new content. (A custom element upgraded later is seen by the annotator, not here.) Returns a function that
 * stops watching.
 */
export function watchForCandidateAmount(target: Node, onCandidate: () => void): () => void {
  const options = { childList: true, characterData: true, subtree: true };
  const watchShadowRoots = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      for (const root of openShadowRootsIn(node as Element)) observer.observe(root, options);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const found =
        record.type === 'characterData'
          ? holdsCandidateAmount(record.target)
          : Array.prototype.some.call(record.addedNodes, holdsCandidateAmount);
      if (found) {
        observer.disconnect();
        onCandidate();
        return;
      }
      record.addedNodes.forEach(watchShadowRoots);
    }
  });
  observer.observe(target, options);
  watchShadowRoots(target);
  return () => observer.disconnect();
}
