/**
 * `npm run demo`: builds the extension, serves the demo article under www.coindesk.com and opens Chromium with the
 * extension loaded on it (headed when a display exists, else headless).
 * `npm run demo -- --screenshot out.png`: headless; hovers the first marked price in the article and saves a
 * screenshot with its tooltip.
 * `npm run demo -- --browser firefox [--screenshot out.png]`: the same in Firefox ESR (test/demo/run-firefox.ts).
 * `npm run demo -- --store-assets [folder]`: headless; writes the store screenshots and tile (test/demo/store-assets.ts)
 * into store/screenshots/ or `folder`.
 * Without a display (and without --screenshot), Chromium runs headless: the demo reports what it marked and exits.
 * Options: `--no-build` reuses the last build; MINER_MARGIN_OUT_DIR picks the build folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../e2e/support/chromium';
import { extensionBuildPath } from '../e2e/support/browsers/extension-builds';
import { chromeExtensionPath } from '../e2e/support/extension-path';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { firstHighlightRect, highlightTexts, waitForScan } from '../e2e/support/highlights';
import { demoInFirefox } from './run-firefox';
import { writeStoreAssets } from './store-assets';

const PAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), 'page');
const HOST = 'www.coindesk.com';
const ARTICLE_PATH = '/markets/2026/02/05/bitcoin-miners-under-water-as-price-slips-below-production-cost/';
const PRICE_HIGHLIGHT = 'miner-margin-btc-price';

const log = (line: string) => console.log(`[demo] ${line}`);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'store-assets': { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      browser: { type: 'string', default: 'chromium' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  if (values.browser !== 'chromium' && values.browser !== 'firefox') {
    log(`--browser ${values.browser} is not supported; chromium or firefox`);
    return 2;
  }
  const storeAssets = values['store-assets'] ? resolve(positionals[0] ?? 'store/screenshots') : null;
  if (storeAssets && values.browser !== 'chromium') {
    log('--store-assets is taken in Chromium');
    return 2;
  }
  const screenshot = values.screenshot ? resolve(values.screenshot) : null;
  const headless = screenshot !== null || storeAssets !== null || !process.env.DISPLAY;

  if (!values['no-build']) {
    log('building the extension (wxt build)…');
    const target = values.browser === 'firefox' ? ['-b', 'firefox'] : [];
    execFileSync('npx', ['wxt', 'build', ...target], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log(`extension: ${values.browser === 'firefox' ? extensionBuildPath('firefox') : chromeExtensionPath()}`);

  const server = await startFixtureServer(PAGE_ROOT);
  const url = server.url(HOST, ARTICLE_PATH);
  log(`serving the demo article at ${url}`);
  if (values.browser === 'firefox') {
    try {
      return await demoInFirefox({ url, headless, screenshot, log });
    } finally {
      await server.close();
    }
  }
  log(`launching Chromium (${headless ? 'headless' : 'headed'}) with the extension…`);
  const browser = await launchWithExtension({ headless });
  const shutdown = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  };

  try {
    if (storeAssets) {
      log(`writing the store screenshots and tile to ${storeAssets}…`);
      for (const file of await writeStoreAssets(browser, url, storeAssets)) log(`saved ${file}`);
      return 0;
    }
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it defined.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.goto(url);
    const scanned = await waitForScan(page);
    const marked = await highlightTexts(page, PRICE_HIGHLIGHT);
    log(
      scanned
        ? `page scanned; marked Bitcoin prices: ${marked.length ? marked.join(', ') : 'none'}`
        : 'no miner-margin:scan measure after 10 s: the content script did not run on this page',
    );

    if (screenshot === null && headless) {
      log(
        'no display, so Chromium ran headless: nothing to hover here. `npm run demo -- --screenshot out.png`',
      );
      log(
        'saves a screenshot with the tooltip open; on a desktop, `npm run demo` opens a window to try it in.',
      );
      return scanned && marked.length > 0 ? 0 : 1;
    }
    if (screenshot === null) {
      await page.bringToFront();
      log(
        'hover an underlined price to see its production cost; close the browser window (or Ctrl+C) to quit',
      );
      await new Promise<void>((done) => {
        browser.context.on('close', () => done());
        process.once('SIGINT', () => done());
      });
      return 0;
    }

    const rect =
      (await firstHighlightRect(page, PRICE_HIGHLIGHT, 'article')) ??
      (await firstHighlightRect(page, PRICE_HIGHLIGHT));
    if (rect) {
      const x = rect.x + rect.width / 2;
      const y = rect.y + rect.height / 2;
      log(`hovering the first marked price in the article at (${Math.round(x)}, ${Math.round(y)})…`);
      await page.mouse.move(x - 40, y + 30);
      await page.mouse.move(x, y, { steps: 8 });
      await page.waitForTimeout(1_000);
    } else {
      log('no marked price to hover: the screenshot shows the page without a tooltip');
    }
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    log(`screenshot saved to ${screenshot}`);
    return rect ? 0 : 1;
  } finally {
    await shutdown();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
