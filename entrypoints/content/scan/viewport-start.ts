// Where a reader opened mid-page is looking: the pass reads from there first.
import { caretAt } from '../tooltip/hit-test';
import { blockOf } from './page-rules';

/** Points probed, as fractions of the viewport's height: from its top down, past a fixed header (a pinned hit is skipped). */
const PROBES = [0.02, 0.1, 0.2, 0.45, 0.7];

function isPinned(element: Element, window: Window): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const position = window.getComputedStyle(current).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/**
 * The block at the top of the viewport's content, or null when the page is near its top (reading from the start
 * then reaches the viewport first anyway). Fixed and sticky elements (headers, banners) are looked past.
 */
export function viewportStart(window: Window, ownHost?: Element): Element | null {
  if (window.scrollY < window.innerHeight / 2) return null;
  const document = window.document;
  for (const fraction of PROBES) {
    // The caret snaps to the nearest text, so a point between paragraphs still names one.
    const node = caretAt(document, window.innerWidth / 2, window.innerHeight * fraction)?.node;
    const hit = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
    if (!hit || hit === ownHost || hit === document.body || hit === document.documentElement) continue;
    if (isPinned(hit, window)) continue;
    return blockOf(hit);
  }
  return null;
}
