/**
 * Page-scan bench: on the same generated page (a fresh load for each measurement, one browser run), the extension's
 * own `miner-margin:scan` measure beside three baselines that look for the same dollar amounts:
 * a bare TreeWalker + regex pass (no DOM work at all), mark.js `markRegExp` and findAndReplaceDOMText (both wrap
 * each match in an element). The baselines load the same HTML from a host the extension does not run on: on a news
 * host they would run after (or among) the extension's own pass, which has already read every text node's string
 * (Chromium then hands the next reader a cached string: the bare pass took half as long there).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/support/chromium';
import { scanDuration, waitForScan } from '../e2e/support/highlights';

/** The amount pattern every baseline looks for: `$70,000`, `$70,123.45`, `$70K`, `$1.4 trillion`'s `$1.4`. */
export const AMOUNT_PATTERN = String.raw`\$\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$\d+(?:\.\d+)?(?:\s?[kK]\b)?`;

const MARK_JS = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
const FIND_AND_REPLACE = readFileSync(
  'node_modules/findandreplacedomtext/src/findAndReplaceDOMText.js',
  'utf8',
);

export interface PageScanResult {
  page: string;
  bytes: number;
  /** Medians in ms; scan is null when the content script recorded no measure. */
  scanMs: number | null;
  /** The first load in a new tab (a site's first page: nothing compiled or cached yet in its process). */
  firstScanMs: number | null;
  /** The content script's warm-up before the pass (pattern compilation, in idle tasks of its own). */
  warmUpMs: number | null;
  /** mark.js on the extension's host, after the scan: the page's own DOM work with the marks on it. */
  markJsWithExtensionMs: number;
  bareMs: number;
  markJsMs: number;
  findAndReplaceMs: number;
  /** Matches each baseline found (a sanity check that they all did the same work). */
  matches: { bare: number; markJs: number; findAndReplace: number };
  runs: number;
}

interface Timed {
  ms: number;
  matches: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Total of the content script's warm-up measures on this load. */
function warmUpDuration(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance.getEntriesByName('miner-margin:warm-up').reduce((total, entry) => total + entry.duration, 0),
  );
}

function barePass(page: Page): Promise<Timed> {
  return page.evaluate((pattern) => {
    const started = performance.now();
    const regex = new RegExp(pattern, 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let matches = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentNode?.nodeName;
      if (parent === 'SCRIPT' || parent === 'STYLE') continue;
      const text = (node as Text).data;
      regex.lastIndex = 0;
      while (regex.exec(text)) matches++;
    }
    return { ms: performance.now() - started, matches };
  }, AMOUNT_PATTERN);
}

async function markJs(page: Page): Promise<Timed> {
  await page.addScriptTag({ content: MARK_JS });
  return page.evaluate(
    (pattern) =>
      new Promise<Timed>((resolve) => {
        type MarkInstance = { markRegExp(regex: RegExp, options: { done(count: number): void }): void };
        const Mark = (window as unknown as { Mark: new (context: Element) => MarkInstance }).Mark;
        const started = performance.now();
        new Mark(document.body).markRegExp(new RegExp(pattern, 'g'), {
          done: (count) => resolve({ ms: performance.now() - started, matches: count }),
        });
      }),
    AMOUNT_PATTERN,
  );
}

async function findAndReplace(page: Page): Promise<Timed> {
  await page.addScriptTag({ content: FIND_AND_REPLACE });
  return page.evaluate((pattern) => {
    type Options = { find: RegExp; wrap: string; wrapClass: string; preset: string };
    const findAndReplaceDOMText = (
      window as unknown as { findAndReplaceDOMText(node: Node, options: Options): unknown }
    ).findAndReplaceDOMText;
    const started = performance.now();
    findAndReplaceDOMText(document.body, {
      find: new RegExp(pattern, 'g'),
      wrap: 'mark',
      wrapClass: 'fart-match',
      preset: 'prose',
    });
    const ms = performance.now() - started;
    return { ms, matches: document.querySelectorAll('mark.fart-match').length };
  }, AMOUNT_PATTERN);
}

/**
 * Measures one page `runs` times. `expectScan` false skips waiting for the content script's measure (it already
 * failed to appear once in this run).
 */
export async function benchPage(
  browser: ExtensionBrowser,
  label: string,
  urls: { extension: string; baseline: string },
  bytes: number,
  runs: number,
  expectScan: boolean,
): Promise<PageScanResult> {
  // One tab per host, each loading the page again and again, as a reader goes from article to article on a site:
  // the tab keeps its renderer process, so later loads find the patterns compiled and the code cached. The first
  // load of the extension's tab is reported on its own (a site's first page).
  const newTab = async () => {
    const tab = await browser.context.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it defined.
    await tab.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    return tab;
  };
  const extensionTab = await newTab();
  const baselineTab = await newTab();
  const scan: number[] = [];
  const warmUp: number[] = [];
  const markWithExtension: number[] = [];
  const bare: Timed[] = [];
  const mark: Timed[] = [];
  const replace: Timed[] = [];
  let scanSeen = expectScan;
  const loadWithExtension = async () => {
    // In front: a background tab gets one frame a second (what-a-page-pays.ts, newTab).
    await extensionTab.bringToFront();
    await extensionTab.goto(urls.extension, { waitUntil: 'load' });
    if (scanSeen) scanSeen = await waitForScan(extensionTab, 15_000);
  };
  const loadBaseline = async () => {
    await baselineTab.bringToFront();
    await baselineTab.goto(urls.baseline, { waitUntil: 'load' });
  };

  await loadWithExtension();
  const firstScanMs = scanSeen ? await scanDuration(extensionTab) : null;
  await loadBaseline();
  for (let run = 0; run < runs; run++) {
    await loadWithExtension();
    const duration = scanSeen ? await scanDuration(extensionTab) : null;
    if (duration !== null) {
      scan.push(duration);
      warmUp.push(await warmUpDuration(extensionTab));
    }
    // The page's own DOM work while the extension's marks are on it (what the marks cost the page).
    markWithExtension.push((await markJs(extensionTab)).ms);
    await loadBaseline();
    bare.push(await barePass(baselineTab));
    await loadBaseline();
    mark.push(await markJs(baselineTab));
    await loadBaseline();
    replace.push(await findAndReplace(baselineTab));
    process.stdout.write(`  ${label}: run ${run + 1}/${runs}\n`);
  }
  await extensionTab.close();
  await baselineTab.close();
  return {
    page: label,
    bytes,
    scanMs: scan.length === runs ? median(scan) : null,
    firstScanMs,
    warmUpMs: warmUp.length === runs ? median(warmUp) : null,
    bareMs: median(bare.map(({ ms }) => ms)),
    markJsMs: median(mark.map(({ ms }) => ms)),
    markJsWithExtensionMs: median(markWithExtension),
    findAndReplaceMs: median(replace.map(({ ms }) => ms)),
    matches: { bare: bare[0]!.matches, markJs: mark[0]!.matches, findAndReplace: replace[0]!.matches },
    runs,
  };
}
