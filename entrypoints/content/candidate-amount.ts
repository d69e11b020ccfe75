// The first stage's one question about a page: does it hold a candidate amount, a text node with a currency sign
// or word (lib/detect/may-hold-amount.ts)? Only then is the annotator (detector, marks, tooltip) loaded. A false
// yes costs the load; a false no is not allowed, so this reads at least everything the scan reads.
import { mayHoldAmount } from '@/lib/detect/may-hold-amount';

/** Elements whose text the scan never reads (scan/page-rules.ts skips more; those only cost a load). */
const NOT_READ = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

const isCandidateText = (node: Text): boolean =>
  mayHoldAmount(node.data) && !NOT_READ.has(node.parentElement?.localName ?? '');

/** Whether `root` (an element or text node) holds a candidate amount. */
export function holdsCandidateAmount(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isCandidateText(root as Text);
  if (root.nodeType !== Node.ELEMENT_NODE || NOT_READ.has((root as Element).localName)) return false;
  // Node by node, stopping at the first: a page with amounts usually has one near the top. (Reading the whole
  // textContent first cost a 1.5 MB page about 40 ms of a loaded machine's time, most of it for a yes.)
  const walker = (root as Element).ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isCandidateText(node as Text)) return true;
  }
  return false;
}

/**
 * Calls `onCandidate` once, when the page first gains a candidate amount (infinite scroll, a client-side
 * navigation, a ticker's first price). Returns a function that stops watching.
 */
export function watchForCandidateAmount(target: Node, onCandidate: () => void): () => void {
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
    }
  });
  observer.observe(target, { childList: true, characterData: true, subtree: true });
  return () => observer.disconnect();
}
