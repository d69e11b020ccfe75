/**
 * Page-scan bench: on the same generated page (a fresh load for each measurement, one browser run), the extension's
 * own `miner-margin:scan` measure beside three baselines that look for the same dollar amounts:
 * a bare TreeWalker + regex pass (no DOM work at all), mark.js `markRegExp` and findAndReplaceDOMText (both wrap
 * each match in an element).
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
  url: string,
  bytes: number,
  runs: number,
  expectScan: boolean,
): Promise<PageScanResult> {
  const page = await browser.context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it defined.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const scan: number[] = [];
  const bare: Timed[] = [];
  const mark: Timed[] = [];
  const replace: Timed[] = [];
  let scanSeen = expectScan;
  const load = async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (scanSeen) scanSeen = await waitForScan(page, 15_000);
  };
  for (let run = 0; run < runs; run++) {
    await load();
    const duration = scanSeen ? await scanDuration(page) : null;
    if (duration !== null) scan.push(duration);
    bare.push(await barePass(page));
    await load();
    mark.push(await markJs(page));
    await load();
    replace.push(await findAndReplace(page));
    process.stdout.write(`  ${label}: run ${run + 1}/${runs}\n`);
  }
  await page.close();
  return {
    page: label,
    bytes,
    scanMs: scan.length === runs ? median(scan) : null,
    bareMs: median(bare.map(({ ms }) => ms)),
    markJsMs: median(mark.map(({ ms }) => ms)),
    findAndReplaceMs: median(replace.map(({ ms }) => ms)),
    matches: { bare: bare[0]!.matches, markJs: mark[0]!.matches, findAndReplace: replace[0]!.matches },
    runs,
  };
}
