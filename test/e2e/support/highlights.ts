import type { Page } from 'playwright-core';
import { readMarksInPage } from './in-page-readers';

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
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return (await page.evaluate(readMarksInPage, { name })).map((mark) => mark.text);
}

/**
 * Viewport rectangle of the first range (in document order) of the named highlight, or null; with `within`, the
 * first range inside the first element matching that selector.
 */
export async function firstHighlightRect(
  page: Page,
  name: string,
  within?: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return (await page.evaluate(readMarksInPage, { name, within }))[0]?.rect ?? null;
}
