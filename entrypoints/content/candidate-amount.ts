// The first stage's one question about a page: does it hold a candidate amount, a text node with a currency sign
// or word (lib/detect/may-hold-amount.ts)? Only then is the annotator (detector, marks, tooltip) loaded. A false
// yes costs the load; a false no is not allowed, so this reads at least everything the scan reads.
import { mayHoldAmount } from '@/lib/detect/may-hold-amount';
import { watchUpgrades } from './scan/upgrade-watch';

/** Elements whose text the scan never reads (scan/page-rules.ts skips more; those only cost a load). */
const NOT_READ = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

const isCandidateText = (node: Text): boolean =>
  mayHoldAmount(node.data) && !NOT_READ.has(node.parentElement?.localName ?? '');

/**
 * Node by node, stopping at the first: a page with amounts usually has one near the top. (Reading the whole
 * textContent first cost a 1.5 MB page about 40 ms of a loaded machine's time, most of it for a yes.) The same walk
 * meets the elements: each open shadow root is read where its host is (the scan reads them too, and no light-DOM
 * walk enters them) and collected into `shadowRoots`.
 */
function holdsInTree(root: Element | ShadowRoot, shadowRoots: ShadowRoot[]): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (isCandidateText(node as Text)) return true;
      continue;
    }
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      shadowRoots.push(shadow);
      if (holdsInTree(shadow, shadowRoots)) return true;
    }
  }
  return false;
}

/**
 * Whether `root` (an element or text node) holds a candidate amount, in its open shadow trees too; the open roots
 * met on the way are added to `shadowRoots` (to watch them).
 */
export function holdsCandidateAmount(root: Node, shadowRoots: ShadowRoot[] = []): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isCandidateText(root as Text);
  if (root.nodeType !== Node.ELEMENT_NODE || NOT_READ.has((root as Element).localName)) return false;
  return holdsInTree(root as Element, shadowRoots);
}

/**
 * Calls `onCandidate` once, when the page first gains a candidate amount (infinite scroll, a client-side
 * navigation, a ticker's first price), in the light DOM or in an open shadow root: those `holdsCandidateAmount`
 * met at the first look (`shadowRoots`), those added with new content, and those of custom elements defined later
 * (a widget whose script comes late: no mutation reports an upgrade, so they are looked at again, less and less
 * often, as the scan's upgrade-watch does). Returns a function that stops watching.
 */
export function watchForCandidateAmount(
  target: Node,
  onCandidate: () => void,
  shadowRoots: readonly ShadowRoot[] = [],
): () => void {
  const options = { childList: true, characterData: true, subtree: true };
  let stopped = false;
  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  const found = () => {
    stop();
    onCandidate();
  };
  const lookAgainWhenDefined = watchUpgrades({
    // Once stopped, the looks end at the next one.
    setTimeout: (handler, ms) => (stopped ? 0 : window.setTimeout(handler, ms)),
    onUpgraded: (hosts) => {
      if (stopped) return;
      const added: ShadowRoot[] = [];
      if (hosts.some((host) => holdsCandidateAmount(host, added))) found();
      else follow(added);
    },
  });
  /** Watches these roots, and looks again at the custom elements not yet defined in them. */
  const follow = (roots: readonly (ParentNode & Node)[]) => {
    for (const root of roots) {
      if (root !== target) observer.observe(root, options);
      root.querySelectorAll(':not(:defined)').forEach(lookAgainWhenDefined);
    }
  };
  const observer = new MutationObserver((records) => {
    const added: ShadowRoot[] = [];
    for (const record of records) {
      const hit =
        record.type === 'characterData'
          ? holdsCandidateAmount(record.target)
          : Array.prototype.some.call(record.addedNodes, (node: Node) => holdsCandidateAmount(node, added));
      if (hit) {
        found();
        return;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if ((node as Element).matches(':not(:defined)')) lookAgainWhenDefined(node as Element);
        (node as Element).querySelectorAll(':not(:defined)').forEach(lookAgainWhenDefined);
      }
    }
    follow(added);
  });
  observer.observe(target, options);
  follow([...((target as ParentNode).querySelectorAll ? [target as ParentNode & Node] : []), ...shadowRoots]);
  return stop;
}
