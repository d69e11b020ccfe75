// `npm run demo -- --browser firefox`: the demo article in Firefox ESR with the firefox-mv2 build installed as a
// temporary add-on (headed when a display exists, else headless); `--screenshot out.png` hovers the first marked
// price and saves the viewport with its tooltip.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchBrowser } from '../e2e/support/browsers';
import { firstHighlightRect, highlightTexts, waitForScan } from '../e2e/support/browsers/page-probes';

export interface FirefoxDemoOptions {
  url: string;
  headless: boolean;
  /** Absolute path of the PNG to save, or null to keep the browser open until it is closed. */
  screenshot: string | null;
  log(line: string): void;
}

export async function demoInFirefox({ url, headless, screenshot, log }: FirefoxDemoOptions): Promise<number> {
  log(`launching Firefox ESR (${headless ? 'headless' : 'headed'}) with the extension…`);
  const browser = await launchBrowser('firefox', { headless });
  try {
    const page = await browser.openPage(url);
    const scanned = await waitForScan(page);
    const marked = await highlightTexts(page);
    log(
      scanned
        ? `page scanned; marked Bitcoin prices: ${marked.length ? marked.join(', ') : 'none'}`
        : 'no miner-margin:scan measure after 10 s: the content script did not run on this page',
    );
    if (screenshot === null) {
      log(
        'hover an underlined price to see its production cost; close the browser window (or Ctrl+C) to quit',
      );
      await new Promise<void>((done) => {
        void browser.closed().then(done);
        process.once('SIGINT', () => done());
      });
      return 0;
    }
    const rect = (await firstHighlightRect(page, undefined, 'article')) ?? (await firstHighlightRect(page));
    if (rect) {
      const x = rect.x + rect.width / 2;
      const y = rect.y + rect.height / 2;
      log(`hovering the first marked price in the article at (${Math.round(x)}, ${Math.round(y)})…`);
      await page.hover(x, y);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } else {
      log('no marked price to hover: the screenshot shows the page without a tooltip');
    }
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    log(`screenshot saved to ${screenshot}`);
    return rect ? 0 : 1;
  } finally {
    await browser.close().catch(() => undefined);
  }
}
