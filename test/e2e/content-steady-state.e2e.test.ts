// A live page in its steady state: a price ticker rewrites its text 10 times a second. The extension keeps it marked
// without accumulating anything (the page's heap after GC grows no faster than without the extension) and without
// any long piece of work of its own.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateArticle } from '../bench/generate-news-page';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { htmlRoute, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';

const PATH = '/markets/2026/02/05/steady-ticker/';
const TICKER = `<script>(() => {
  const price = document.querySelector('.price-ticker .price');
  let cents = 7012345;
  setInterval(() => {
    cents += 100;
    price.firstChild.data = '$' + (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
  }, 100);
})();</script>`;
const html = generateArticle().replace('</body>', `${TICKER}</body>`);
const TICKER_SECONDS = 30;
/** The leak this guards against grew the heap by 174 KB a minute; half a minute of it would be ~87 KB. */
const MAX_EXTRA_GROWTH_KB = 30;

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchWithExtension(),
    startFixtureServer('test/fixtures/content', [
      htmlRoute((url) => (url.startsWith(PATH) ? html : undefined)),
    ]),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** Heap growth after GC over the ticker's run, bytes, and the extension's scripts in long animation frames. */
async function tickerRun(page: Page, host: string): Promise<{ growth: number; ourLongScripts: string[] }> {
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
  await page.waitForTimeout(2_000);
  const before = await heapAfterGc(cdp);
  await page.waitForTimeout(TICKER_SECONDS * 1000);
  const after = await heapAfterGc(cdp);
  const ourLongScripts = await page.evaluate(
    () => (window as unknown as { ourLongScripts: string[] }).ourLongScripts,
  );
  return { growth: after - before, ourLongScripts };
}

test(
  'a 10 Hz ticker stays marked; the heap grows no faster than without the extension; no long task of ours',
  { timeout: 180_000 },
  async () => {
    const page = await browser.context.newPage();
    const withExtension = await tickerRun(page, 'www.coindesk.com');
    // Still marked after three hundred updates: the ticker's current price is among the marks.
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
    const extraKb = (withExtension.growth - without.growth) / 1024;
    console.info(
      `ticker ${TICKER_SECONDS} s: heap growth with the extension ${(withExtension.growth / 1024).toFixed(1)} KB, ` +
        `without ${(without.growth / 1024).toFixed(1)} KB`,
    );
    expect(extraKb).toBeLessThan(MAX_EXTRA_GROWTH_KB);
    expect(withExtension.ourLongScripts).toEqual([]);
  },
);
