/**
 * `npm run bench` (after `wxt build`): detection throughput, the page-scan comparison in Chromium with the built
 * extension, and the popup's first render. Prints tables and target checks; exits 0 whatever the numbers.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/chromium';
import { chromeExtensionPath } from '../e2e/support/extension-path';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { generateArticle, generateNewsPage } from './generate-news-page';
import { benchPage, type PageScanResult } from './page-scan';

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HOST = 'www.coindesk.com';
/** A host mapped to this machine that is not among the extension's default sites: the baselines run there. */
const BASELINE_HOST = 'example.org';
const PAGES = [
  { label: '1.5 MB news page', path: '/markets/2026/02/05/bench-news-page/', html: generateNewsPage() },
  { label: '30 KB article', path: '/markets/2026/02/05/bench-article/', html: generateArticle() },
];

/**
 * Optional bench modules written by other parts of the project, loaded by file so that a missing one is skipped.
 * - `detect.ts` exports `runDetectBench(): Promise<{ mbPerSecond, megabytes, mentionsPerRun, charactersPerAmount, runs, medianMs }>`.
 * - `popup.ts` exports `runPopupBench({ articles }): Promise<{ firstRenderMs, runsMs, articles, listed }>` (the popup's
 *   first render with a generated dataset, in its own browser).
 */
async function loadOptional(file: string): Promise<Record<string, unknown> | null> {
  const path = join(HERE, file);
  if (!existsSync(path)) return null;
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

const format = (ms: number | null) => (ms === null ? 'n/a' : ms.toFixed(1));
const ratio = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`);
    if (index === 0) console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  }
}

async function benchDetect(): Promise<void> {
  console.log('\n== a. detection throughput (test/bench/detect.ts)');
  const module = await loadOptional('detect.ts');
  const run = module?.runDetectBench;
  if (typeof run !== 'function') {
    console.log('skipped: test/bench/detect.ts (runDetectBench) is not there yet');
    return;
  }
  const result = (await run()) as Record<string, number>;
  console.log(
    `detectPriceMentions: ${result.mbPerSecond?.toFixed(1)} MB/s on ${result.megabytes?.toFixed(2)} MB ` +
      `(${result.mentionsPerRun} amounts, one per ${result.charactersPerAmount} chars; ` +
      `median of ${result.runs} runs, ${result.medianMs?.toFixed(1)} ms)`,
  );
}

async function benchPageScan(browser: ExtensionBrowser): Promise<void> {
  console.log(`\n== b. page scan in Chromium (${RUNS} fresh loads per measurement, medians)`);
  const server = await startFixtureServer('test/fixtures/sites', [
    (req, res) => {
      const page = PAGES.find(({ path }) => new URL(req.url ?? '/', 'http://x').pathname === path);
      if (!page) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page.html);
      return true;
    },
  ]);
  const results: PageScanResult[] = [];
  let expectScan = true;
  try {
    for (const { label, path, html } of PAGES) {
      const urls = { extension: server.url(HOST, path), baseline: server.url(BASELINE_HOST, path) };
      const result = await benchPage(browser, label, urls, html.length, RUNS, expectScan);
      if (result.scanMs === null) expectScan = false;
      results.push(result);
    }
  } finally {
    await server.close();
  }

  printTable([
    [
      'page',
      'miner-margin scan ms',
      'first page ms',
      'its warm-up ms',
      'bare pass ms',
      'mark.js ms',
      'findAndReplaceDOMText ms',
      'ratio vs bare',
      'speedup vs mark.js',
    ],
    ...results.map((r) => [
      `${r.page} (${(r.bytes / 1024).toFixed(0)} KB)`,
      format(r.scanMs),
      format(r.firstScanMs),
      format(r.warmUpMs),
      format(r.bareMs),
      format(r.markJsMs),
      format(r.findAndReplaceMs),
      ratio(r.scanMs === null ? null : r.scanMs / r.bareMs),
      ratio(r.scanMs === null ? null : r.markJsMs / r.scanMs),
    ]),
  ]);
  for (const r of results) {
    console.log(
      `  ${r.page}: amounts found by bare pass ${r.matches.bare}, mark.js ${r.matches.markJs}, ` +
        `findAndReplaceDOMText ${r.matches.findAndReplace}`,
    );
  }
  console.log(
    "  scan: median of loads after the first in one tab (a reader's next article on the site); first page: the\n" +
      "  tab's first load; warm-up: compiling the detector's patterns in idle tasks before the pass (not in the scan)",
  );
  for (const r of results) {
    console.log(
      `  ${r.page}: mark.js on the same page with the extension's marks on it: ${format(r.markJsWithExtensionMs)} ms ` +
        `(without: ${format(r.markJsMs)} ms): what the marks cost the page's own DOM changes`,
    );
  }
  console.log('targets: scan within 2× of the bare pass, at least 4× faster than mark.js');
  for (const r of results) {
    if (r.scanMs === null) {
      console.log(
        `  ${r.page}: n/a (no miner-margin:scan measure: is the content script active on ${HOST}?)`,
      );
      continue;
    }
    const withinBare = r.scanMs <= 2 * r.bareMs;
    const fasterThanMark = r.markJsMs >= 4 * r.scanMs;
    console.log(
      `  ${r.page}: ≤ 2× bare ${withinBare ? 'PASS' : 'FAIL'} (${ratio(r.scanMs / r.bareMs)}), ` +
        `≥ 4× faster than mark.js ${fasterThanMark ? 'PASS' : 'FAIL'} (${ratio(r.markJsMs / r.scanMs)})`,
    );
  }
}

async function benchPopup(): Promise<void> {
  console.log('\n== c. popup first render, 500-article dataset (test/bench/popup.ts)');
  const module = await loadOptional('popup.ts');
  const run = module?.runPopupBench;
  if (typeof run !== 'function') {
    console.log('skipped: test/bench/popup.ts (runPopupBench) is not there yet');
    return;
  }
  const result = (await run({ articles: 500 })) as {
    firstRenderMs: number;
    runsMs: number[];
    articles: number;
    listed: number;
  };
  const pass = result.firstRenderMs < 100;
  console.log(
    `popup first render, ${result.articles} articles (${result.listed} listed): median ` +
      `${result.firstRenderMs.toFixed(1)} ms over ${result.runsMs.length} runs ` +
      `[${result.runsMs.map((ms) => ms.toFixed(1)).join(', ')}]; target < 100 ms ${pass ? 'PASS' : 'FAIL'}`,
  );
}

async function main(): Promise<void> {
  console.log(`Miner Margin bench — extension ${chromeExtensionPath()}`);
  await benchDetect();
  if (!existsSync(join(chromeExtensionPath(), 'manifest.json'))) {
    console.log(`\nno built extension at ${chromeExtensionPath()}: run \`npm run bench\` (it builds first)`);
    return;
  }
  const browser = await launchWithExtension();
  try {
    await benchPageScan(browser);
  } finally {
    await browser.close();
  }
  await benchPopup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
