import type { Page } from 'playwright-core';

/** The performance measure the content script records after its first full pass. */
export const SCAN_MEASURE = 'miner-margin:scan';

/** Waits until the content script has recorded its first full pass; false when it never did within `timeoutMs`. */
export async function waitForScan(page: Page, timeoutMs = 10_000): Promise<boolean> {
  try {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, SCAN_MEASURE, {
      timeout: timeoutMs,
      polling: 50,
    });
    return true;
  } catch {
    return false;
  }
}

/** Duration of the first `miner-margin:scan` measure in ms, or null when there is none. */
export function scanDuration(page: Page): Promise<number | null> {
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? null, SCAN_MEASURE);
}

/** The text of every range in the named `CSS.highlights` entry, in document order (empty when it is absent). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    // Marks may be StaticRanges: read each through a live Range (null when the page changed under it).
    const live = (range: AbstractRange) => {
      try {
        const copy = document.createRange();
        copy.setStart(range.startContainer, range.startOffset);
        copy.setEnd(range.endContainer, range.endOffset);
        return copy;
      } catch {
        return null;
      }
    };
    const ranges = [...highlight]
      .map((range) => live(range as AbstractRange))
      .filter((range): range is Range => range !== null);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, name);
}

/**
 * Viewport rectangle of the first range (in document order) of the named highlight, or null; with `within`, the
 * first range inside the first element matching that selector.
 */
export function firstHighlightRect(
  page: Page,
  name: string,
  within?: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(
    ([highlightName, selector]) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return null;
      const container = selector ? document.querySelector(selector) : document.body;
      const live = (range: AbstractRange) => {
        try {
          const copy = document.createRange();
          copy.setStart(range.startContainer, range.startOffset);
          copy.setEnd(range.endContainer, range.endOffset);
          return copy;
        } catch {
          return null; // the page changed under a static range
        }
      };
      const ranges = [...highlight]
        .map((range) => live(range as AbstractRange))
        .filter((range): range is Range => range !== null && !!container?.contains(range.startContainer));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const first = ranges[0];
      if (!first) return null;
      const rect = first.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    },
    [name, within] as const,
  );
}
