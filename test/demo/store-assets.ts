// `npm run demo -- --store-assets [folder]`: the store's images, taken from the demo with the built extension so
// they show what it really does. 1280×800 screenshots (tooltip on the demo article, popup, first-run page,
// options) and the 440×280 promotional tile, into store/screenshots/ by default.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { ExtensionBrowser } from '../e2e/support/chromium';
import { firstHighlightRect, waitForScan } from '../e2e/support/highlights';

export const STORE_SCREENSHOT = { width: 1280, height: 800 };
export const STORE_TILE = { width: 440, height: 280 };
const POPUP_WIDTH = 380;

async function newPage(browser: ExtensionBrowser, width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it defined.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.setViewportSize({ width, height });
  return page;
}

/** The demo article as it first shows (`plain`), and with the tooltip open on its first marked price. */
async function articleShots(
  browser: ExtensionBrowser,
  articleUrl: string,
): Promise<{ plain: Buffer; tooltip: Buffer }> {
  const page = await newPage(browser, STORE_SCREENSHOT.width, STORE_SCREENSHOT.height);
  await page.goto(articleUrl);
  if (!(await waitForScan(page))) throw new Error('the content script did not scan the demo article');
  const plain = await page.screenshot();
  const rect = await firstHighlightRect(page, 'miner-margin-btc-price', 'article');
  if (!rect) throw new Error('no marked price in the demo article');
  // Bring the price to the upper third so the tooltip fits under it.
  await page.evaluate((y) => window.scrollBy(0, y - 220), rect.y);
  const moved = await firstHighlightRect(page, 'miner-margin-btc-price', 'article');
  const x = moved!.x + moved!.width / 2;
  const y = moved!.y + moved!.height / 2;
  await page.mouse.move(x - 40, y + 30);
  await page.mouse.move(x, y, { steps: 8 });
  await page.waitForTimeout(1_000);
  const tooltip = await page.screenshot();
  await page.close();
  return { plain, tooltip };
}

/** The popup at its real width, set on the dimmed article the way it opens from the toolbar. */
async function popupShot(browser: ExtensionBrowser, backdrop: Buffer): Promise<Buffer> {
  const page = await newPage(browser, POPUP_WIDTH, STORE_SCREENSHOT.height - 40);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('.regime');
  await page.waitForTimeout(300);
  const popup = await page.screenshot();
  await page.close();
  const dimmed = await sharp(backdrop)
    .composite([
      {
        input: Buffer.from(
          `<svg width="${STORE_SCREENSHOT.width}" height="${STORE_SCREENSHOT.height}"><rect width="100%" height="100%" fill="#000" fill-opacity="0.45"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer();
  return sharp(dimmed)
    .composite([{ input: popup, top: 20, left: STORE_SCREENSHOT.width - POPUP_WIDTH - 24 }])
    .png()
    .toBuffer();
}

async function extensionPageShot(browser: ExtensionBrowser, path: string): Promise<Buffer> {
  const page = await newPage(browser, STORE_SCREENSHOT.width, STORE_SCREENSHOT.height);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForSelector('h1');
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** Icon, name and the one-line promise, drawn by Chromium from the icon's source drawing. */
async function tileShot(browser: ExtensionBrowser): Promise<Buffer> {
  const icon = await readFile('public/icon.svg', 'utf8');
  const page = await newPage(browser, STORE_TILE.width, STORE_TILE.height);
  await page.setContent(`<!doctype html><html><body style="margin:0">
    <div style="box-sizing:border-box;width:${STORE_TILE.width}px;height:${STORE_TILE.height}px;padding:32px;
      background:#1c1b19;color:#f1efe9;font:16px/1.4 system-ui,sans-serif;display:flex;flex-direction:column;
      justify-content:center;gap:14px">
      <div style="display:flex;align-items:center;gap:16px">
        <div style="width:72px;height:72px">${icon.replace('width="512" height="512"', 'width="72" height="72"')}</div>
        <div style="font-size:32px;font-weight:700">Miner Margin</div>
      </div>
      <div style="font-size:19px">What it costs miners to produce a bitcoin, next to the
        <span style="text-decoration:underline dotted 2px #fb923c">Bitcoin prices</span> you read.</div>
    </div></body></html>`);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** Writes every store image into `folder`; returns the files written. */
export async function writeStoreAssets(
  browser: ExtensionBrowser,
  articleUrl: string,
  folder: string,
): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const article = await articleShots(browser, articleUrl);
  const images: [string, Buffer][] = [
    ['1-tooltip-1280x800.png', article.tooltip],
    ['2-popup-1280x800.png', await popupShot(browser, article.plain)],
    ['3-first-run-1280x800.png', await extensionPageShot(browser, 'welcome.html')],
    ['4-options-1280x800.png', await extensionPageShot(browser, 'options.html')],
    ['tile-440x280.png', await tileShot(browser)],
  ];
  const written: string[] = [];
  for (const [name, png] of images) {
    const file = join(folder, name);
    await sharp(png).png().toFile(file);
    written.push(file);
  }
  return written;
}
