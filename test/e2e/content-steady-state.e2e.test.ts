// A live page in its steady state: a price ticker rewrites its text 10 times a second. The extension keeps it marked
// without accumulating anything (the page's heap after GC grows no faster than without the extension) and without
// any long piece of work of its own.
//
// The renderer runs without V8's compilers (--js-flags=--jitless). With them, the heap also holds the optimised code
// of the extension's per-update functions, which V8 compiles one by one as each gets hot at 10 calls a second (one
// ten-minute run of a ticker page: +65 KB after one minute, +150 KB after four, +259 KB after ten, in steps; with
// --jitless, +0.8 KB and then flat). That is the engine's code, bounded by the script's size; what this test guards
// against is objects kept per update (WXT's ctx timers' abort listeners grew the heap by 174 KB a minute), and
// --jitless leaves those as they are.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateArticle } from '../bench/generate-news-page';
import { settledHeapAfterGc } from '../bench/page-cost';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { htmlRoute, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';

const PATH = '/markets/2026/02/05/steady-ticker/';
const FIRST_PRICE = '$70,123.45';
const TICKER = `<script>(() => {
  const price = document.querySelector('.price-ticker .price');
  let cents = 7012345;
  window.tickerUpdates = 0;
  setInterval(() => {
    cents += 100;
    price.firstChild.data = '$' + (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    window.tickerUpdates++;
  }, 100);
})();</script>`;
// A function, not a replacement string: in one, the ticker's "'$' +" would read as "$'" (the text after the match),
// and the script would not run.
const html = generateArticle().replace('</body>', () => `${TICKER}</body>`);
// 60 s, not 30: a clean-clone CI run on 6 Dec 2026 read 23.5 KB/min against 0.0 over 30 s, a difference of 11.7 KB,
// within the scatter of one end's reading (medians of three still move by about ±12 KB); two local runs of the same
// commit read 0.0. Over 60 s that scatter is half as steep, while one small object kept per update still reads
// +137 KB/min.
const TICKER_SECONDS = 60;
const WARM_UP_MS = 10_000;
/** Issue 13's target: the heap after GC grows at most this much faster with the extension than without, KB/min. */
const MAX_EXTRA_KB_PER_MINUTE = 20;

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchWithExtension({ args: ['--js-flags=--jitless'] }),
    startFixtureServer('test/fixtures/content', [
      htmlRoute((url) => (url.startsWith(PATH) ? html : undefined)),
    ]),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const tickerUpdates = (page: Page) =>
  page.evaluate(() => (window as unknown as { tickerUpdates: number }).tickerUpdates);

interface TickerRun {
  /** The heap's growth after GC over the run, KB per minute. */
  kbPerMinute: number;
  updates: number;
  ourLongScripts: string[];
}

/** The heap's slope after GC over the ticker's run, its updates, and the extension's scripts in long frames. */
async function tickerRun(page: Page, host: string): Promise<TickerRun> {
  await page.addInitScript(() => {
    const ours: string[] = [];
    Object.assign(window, { ourLongScripts: ours });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        scripts: { sourceURL: string; duration: number; invoker: string }[];
      })[]) {
        for (const script of entry.scripts) {
          if (script.sourceURL.startsWith('chrome-extension://') && script.duration >= 50) {
            ours.push(`${script.invoker} ${Math.round(script.duration)} ms`);
          }
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  await page.goto(server.url(host, PATH));
  await page.bringToFront();
  if (host !== 'example.org') expect(await waitForScan(page, 20_000)).toBe(true);
  // Past the page's first seconds: the extension's one-off lazy work (the pass's idle slices, first-use
  // allocations) is not a slope.
  await page.waitForTimeout(WARM_UP_MS);
  const updatesBefore = await tickerUpdates(page);
  const before = await settledHeapAfterGc(cdp, page);
  const started = Date.now();
  await page.waitForTimeout(TICKER_SECONDS * 1000);
  const after = await settledHeapAfterGc(cdp, page);
  const minutes = (Date.now() - started) / 60_000;
  const updates = (await tickerUpdates(page)) - updatesBefore;
  const ourLongScripts = await page.evaluate(
    () => (window as unknown as { ourLongScripts: string[] }).ourLongScripts,
  );
  return { kbPerMinute: (after - before) / 1024 / minutes, updates, ourLongScripts };
}

test(
  'a 10 Hz ticker stays marked; the heap grows no faster than without the extension; no long task of ours',
  { timeout: 240_000 },
  async () => {
    const page = await browser.context.newPage();
    const withExtension = await tickerRun(page, 'www.coindesk.com');
    // The ticker ran (about three hundred updates), and its current price is among the marks.
    expect(withExtension.updates).toBeGreaterThan(0);
    expect(await page.textContent('.price-ticker .price')).not.toBe(FIRST_PRICE);
    await expect
      .poll(async () => {
        const [current, marks] = await Promise.all([
          page.textContent('.price-ticker .price'),
          highlightTexts(page, 'miner-margin-btc-price'),
        ]);
        return marks.includes(current ?? '');
      })
      .toBe(true);
    await page.close();
    const baselinePage = await browser.context.newPage();
    const without = await tickerRun(baselinePage, 'example.org');
    await baselinePage.close();
    expect(without.updates).toBeGreaterThan(0);
    console.info(
      `ticker ${TICKER_SECONDS} s (${withExtension.updates} updates): heap after GC ` +
        `${withExtension.kbPerMinute.toFixed(1)} KB/min with the extension, ${without.kbPerMinute.toFixed(1)} without`,
    );
    expect(
      withExtension.kbPerMinute - without.kbPerMinute,
      'heap slope after GC over the same page without the extension, KB/min',
    ).toBeLessThanOrEqual(MAX_EXTRA_KB_PER_MINUTE);
    expect(withExtension.ourLongScripts).toEqual([]);
  },
);
