// Popup first-render bench: <Popup> with a generated 500-article dataset, in Debian's Chromium.
// The popup page's code (React production build, the popup CSS) is bundled with esbuild into a temp folder
// and opened from file://; each run is a fresh page, so every figure is a cold first render. Median of the runs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

export interface PopupBenchOptions {
  articles?: number;
  runs?: number;
}

export interface PopupBenchResult {
  /** Median first render (React commit + style + layout), ms. */
  firstRenderMs: number;
  runsMs: number[];
  /** Median first render with an empty dataset, measured in the same interleaved runs: the part of
   * firstRenderMs that is the header, the filters and the cold page rather than the dataset. */
  emptyDatasetMs: number;
  articles: number;
  /** Articles rendered in the list on first render (the list shows a page at a time). */
  listed: number;
}

const ENTRY = resolve(import.meta.dirname, 'popup-page.tsx');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function buildBenchPage(dir: string): Promise<string> {
  await build({
    entryPoints: { page: ENTRY },
    outdir: dir,
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    tsconfig: resolve(import.meta.dirname, '../../tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const html = join(dir, 'index.html');
  await writeFile(
    html,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head>' +
      '<body><div id="root"></div><script type="module" src="page.js"></script></body></html>',
  );
  return pathToFileURL(html).href;
}

export async function runPopupBench(options: PopupBenchOptions = {}): Promise<PopupBenchResult> {
  const articles = options.articles ?? 500;
  const runs = options.runs ?? 9;
  const dir = await mkdtemp(join(tmpdir(), 'miner-margin-popup-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
  try {
    const page = await buildBenchPage(dir);
    const measure = async (count: number) => {
      const tab = await browser.newPage({ viewport: { width: 380, height: 600 } });
      await tab.goto(`${page}?count=${count}`);
      const handle = await tab.waitForFunction(() => window.__popupBench, undefined, { timeout: 30_000 });
      const value = (await handle.jsonValue()) as NonNullable<Window['__popupBench']>;
      await tab.close();
      if (value.articles !== count)
        throw new Error(`bench page rendered ${value.articles} articles, not ${count}`);
      return value;
    };
    await measure(articles); // warm-up: disk cache, fonts
    const runsMs: number[] = [];
    const emptyMs: number[] = [];
    let listed = 0;
    // Interleaved so both figures see the same machine load.
    for (let run = 0; run < runs; run++) {
      const value = await measure(articles);
      runsMs.push(value.firstRenderMs);
      listed = value.listed;
      emptyMs.push((await measure(0)).firstRenderMs);
    }
    return { firstRenderMs: median(runsMs), runsMs, emptyDatasetMs: median(emptyMs), articles, listed };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runPopupBench();
  console.log(
    `popup first render, ${result.articles} articles (${result.listed} listed): median ${result.firstRenderMs.toFixed(1)} ms ` +
      `over ${result.runsMs.length} runs [${result.runsMs.map((ms) => ms.toFixed(1)).join(', ')}] (target < 100 ms); ` +
      `empty dataset: median ${result.emptyDatasetMs.toFixed(1)} ms`,
  );
}
