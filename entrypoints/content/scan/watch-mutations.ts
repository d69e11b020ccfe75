// One MutationObserver for the whole page: changes become a set of dirty blocks, roots inside other roots are
// dropped, and the rest are handed over once the page is idle, so a burst of mutations is one rescan.
import { blockOf } from './page-rules';
import { composedParent, hostOf } from './shadow-roots';

export interface MutationWatchOptions {
  /** Mutations of these nodes (our own UI host) are not the page's. */
  isOwnNode: (node: Node) => boolean;
  /** Called with the outermost dirty blocks, connected to the document, once the page is idle. */
  onDirty: (roots: Element[]) => void;
  /**
   * Called before the next paint with blocks whose text changed in place: a live ticker setting `textNode.data`
   * leaves its range collapsed, so it is re-read before anyone sees it unmarked.
   */
  onTextChanged: (roots: Element[]) => void;
  /** Runs the flush later (requestIdleCallback with a timeout). */
  schedule: (flush: () => void) => void;
  /** Runs the in-place text flush before the next paint (requestAnimationFrame): never inside the observer. */
  scheduleBeforePaint: (flush: () => void) => void;
}

/** Keeps only roots not contained in another root (shadow trees included: a host contains its shadow tree). */
export function outermostRoots(roots: Iterable<Element>): Element[] {
  const set = new Set(roots);
  const result: Element[] = [];
  for (const root of set) {
    if (!root.isConnected) continue;
    let contained = false;
    for (let ancestor = composedParent(root); ancestor; ancestor = composedParent(ancestor)) {
      if (set.has(ancestor)) {
        contained = true;
        break;
      }
    }
    if (!contained) result.push(root);
  }
  return result;
}

/** More in-place text changes than this in one batch wait for idle time like other changes. */
const MAX_IMMEDIATE_BLOCKS = 32;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export interface MutationWatch {
  /** Watches one more tree: an open shadow root the scan read (a document's observer does not see into it). */
  observe(root: ShadowRoot): void;
  disconnect(): void;
}

export function watchMutations(target: Node, options: MutationWatchOptions): MutationWatch {
  let dirty = new Set<Element>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const roots = outermostRoots(dirty);
    dirty = new Set();
    if (roots.length > 0) options.onDirty(roots);
  };

  let changedText = new Set<Element>();
  let textScheduled = false;
  const flushText = () => {
    textScheduled = false;
    const changed = changedText;
    changedText = new Set();
    if (changed.size > MAX_IMMEDIATE_BLOCKS) {
      for (const block of changed) dirty.add(block);
      if (!scheduled) {
        scheduled = true;
        options.schedule(flush);
      }
      return;
    }
    const roots = outermostRoots(changed).filter((root) => !dirty.has(root));
    if (roots.length > 0) options.onTextChanged(roots);
  };

  // The callback only notes which blocks changed: reading them waits for the next frame or idle time, so a page
  // that changes its DOM in many small steps pays for one read.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (options.isOwnNode(record.target)) continue;
      if (record.type === 'childList') {
        const changed = [...record.addedNodes, ...record.removedNodes];
        if (changed.length > 0 && changed.every((node) => options.isOwnNode(node))) continue;
      }
      // A change to a shadow root's own children (or its bare text) is its host's to re-read.
      const block = blockOf(record.target) ?? hostOf(record.target);
      if (!block) continue;
      if (record.type === 'characterData' && !dirty.has(block)) changedText.add(block);
      else dirty.add(block);
    }
    if (changedText.size > 0 && !textScheduled) {
      textScheduled = true;
      options.scheduleBeforePaint(flushText);
    }
    if (dirty.size > 0 && !scheduled) {
      scheduled = true;
      options.schedule(flush);
    }
  });
  observer.observe(target, OBSERVED);
  return {
    observe: (root) => observer.observe(root, OBSERVED),
    disconnect() {
      observer.disconnect();
      dirty.clear();
      changedText.clear();
    },
  };
}
