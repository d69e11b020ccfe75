// The content script on a news article of our own (test/fixtures/content), served as www.coindesk.com.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { readContentUi, serializePage, waitForContentUi } from './support/content-ui';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { firstHighlightRect, highlightTexts, waitForScan } from './support/highlights';
import { readMarksInPage } from './support/in-page-readers';

const ROOT = 'test/fixtures/content';
const HOST = 'www.coindesk.com';
const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const PRICE = 'miner-margin-btc-price';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  // A real React app for the live-ticker test, bundled the way a site would ship it.
  const bundle = await build({
    entryPoints: [`${ROOT}/react-ticker.tsx`],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const reactTicker = bundle.outputFiles[0]?.text ?? '';
  [browser, server] = await Promise.all([
    launchWithExtension(),
    startFixtureServer(ROOT, [
      (req, res) => {
        if (!req.url?.startsWith('/react-ticker.js')) return false;
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(reactTicker);
        return true;
      },
    ]),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function open(path = ARTICLE, init?: () => void) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (init) await page.addInitScript(init);
  await page.goto(server.url(HOST, path));
  expect(await waitForScan(page), 'miner-margin:scan measure').toBe(true);
  return { page, errors };
}

const marked = (page: Page, name = PRICE) => highlightTexts(page, name);

/** Waits until the price highlights read `expected` (the content script rescans on idle). */
async function expectMarked(page: Page, expected: string[], name = PRICE) {
  await expect.poll(() => marked(page, name), { timeout: 5_000 }).toEqual(expected);
}

describe('marking', () => {
  test('exactly the Bitcoin prices are marked, in document order; traps, code and form fields are not', async () => {
    const { page, errors } = await open();
    expect(await marked(page)).toEqual(['$70,100', '$70,000', '$72,400', '$69,800']);
    // Only the enabled kind is registered by default (costs and targets are off).
    expect(
      await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('miner-margin'))),
    ).toEqual([PRICE]);
    // The marks' styles come with the manifest's CSS (applied in the page's first style pass), not as a sheet
    // added later, which would restyle the whole document.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an amount split over inline elements ("$70,<b>000</b>") is one range over the original nodes', async () => {
    const { page } = await open();
    const split = (await page.evaluate(readMarksInPage, { name: PRICE })).find(
      (mark) => mark.text === '$70,000',
    );
    const range = split && { start: split.startId, end: split.endTag };
    expect(range).toEqual({ start: 'p1', end: 'b' });
    await page.close();
  });

  test('input, textarea, contenteditable and role=textbox are untouched and unmarked', async () => {
    const { page } = await open();
    const inEditable = (await page.evaluate(readMarksInPage, { name: PRICE })).filter(
      (mark) => mark.startElement.closestEditable || mark.startElement.closestPre,
    ).length;
    expect(inEditable).toBe(0);
    expect(await page.inputValue('#input')).toBe('Bitcoin fell to $65,000');
    expect(await page.inputValue('#textarea')).toBe('Bitcoin rebounded to $71,500 late on Friday.');
    // Typing into the editable region still works and its text is never marked.
    await page.click('#editable');
    await page.keyboard.press('End');
    await page.keyboard.type(' Bitcoin fell to $61,000.');
    await page.waitForTimeout(400);
    expect(await page.textContent('#editable')).toBe(
      'Bitcoin slipped to $66,000 before buyers returned. Bitcoin fell to $61,000.',
    );
    expect(await marked(page)).toEqual(['$70,100', '$70,000', '$72,400', '$69,800']);
    await page.close();
  });

  test('the page’s text and element tree are unchanged; the only addition is one host element', async () => {
    const { page, errors } = await open(ARTICLE, () => {
      const w = window as unknown as { mutationLog: string[]; before: string; messages: unknown[] };
      w.mutationLog = [];
      // The page's own message listeners hear nothing from the extension either.
      w.messages = [];
      window.addEventListener('message', (event) => w.messages.push(event.data));
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const nodes = [...record.addedNodes, ...record.removedNodes];
          if (record.type === 'childList' && nodes.every((n) => n.nodeName === 'MINER-MARGIN-UI')) continue;
          w.mutationLog.push(`${record.type} ${record.target.nodeName}`);
        }
      });
      // From the parsed document on: what changes after that is not the page loading itself.
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true }),
      );
    });
    const before = await serializePage(page);
    // Hover a mention and step through them with the keyboard: still no change to the page.
    const rect = await firstHighlightRect(page, PRICE);
    const box = rect && { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    if (box) await page.mouse.move(box.x, box.y);
    expect((await waitForContentUi(page, (ui) => ui.tooltipOpen)).tooltipOpen).toBe(true);
    await page.keyboard.press('Escape');
    expect(await serializePage(page)).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { mutationLog: string[] }).mutationLog)).toEqual(
      [],
    );
    expect(await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages)).toEqual([]);
    const ui = await readContentUi(page);
    expect(ui.hostCount).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe(
      'miner-margin-ui',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a dynamic page', () => {
  test('content added after load is marked', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Bitcoin slipped to $66,000 before buyers returned.';
      document.getElementById('story')?.append(paragraph);
    });
    await expectMarked(page, ['$70,100', '$70,000', '$72,400', '$69,800', '$66,000']);
    await page.close();
  });

  test('an SPA navigation (pushState + swapped content) rescans with the new article date', async () => {
    const { page } = await open();
    await page.evaluate(() => (window as unknown as { spaNavigate: () => void }).spaNavigate());
    await expectMarked(page, ['$70,100', '$63,500']);
    await page.close();
  });

  test('live tickers (text node updates every 100 ms, plain DOM and React) keep updating and stay marked', async () => {
    const { page, errors } = await open(`${ARTICLE}?live`);
    await page.waitForFunction(
      () => (window as unknown as { reactTickerStarted?: boolean }).reactTickerStarted,
    );
    const readings: string[][] = [];
    for (let sample = 0; sample < 6; sample++) {
      await page.waitForTimeout(250);
      readings.push(await marked(page));
    }
    const tickerNow = await page.textContent('#ticker-price');
    const reactNow = await page.textContent('#react-price');
    // Both tickers moved on (the page's own updates were not disturbed) ...
    expect(tickerNow).not.toBe('$70,100');
    expect(reactNow).toMatch(/^BTC\/USD \$71,\d{3} live$/);
    expect(
      await page.evaluate(() => (window as unknown as { tickerUpdates: number }).tickerUpdates),
    ).toBeGreaterThan(10);
    // ... and every sample marks both tickers' current prices beside the article's four.
    for (const reading of readings) {
      expect(reading).toHaveLength(5);
      expect(reading[0]).toMatch(/^\$70,\d{3}$/);
      expect(reading[1]).toMatch(/^\$71,\d{3}$/);
      expect(reading.slice(2)).toEqual(['$70,000', '$72,400', '$69,800']);
    }
    expect(new Set(readings.map((reading) => reading[1])).size).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
