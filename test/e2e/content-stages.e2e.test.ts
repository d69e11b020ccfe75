// The content script's two stages (entrypoints/content/second-stage.ts): every page of an enabled site gets the small
// first stage; the annotator is loaded only into a frame that holds, or later gains, a candidate amount.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { htmlRoute, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';

interface ChromeApi {
  storage: { sync: { set(items: object): Promise<void> } };
}

const HOST = 'www.coindesk.com';
const PRICE = 'miner-margin-btc-price';
/** Recorded by the first stage when it starts the annotator. */
const ANNOTATOR_LOAD = 'miner-margin:annotator-load';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hashrate climbs</title><meta property="article:published_time" content="2026-02-05T10:00:00Z"></head>
<body><main id="story"><h1>Hashrate climbs as miners in Europe expand</h1>
<p>Network difficulty rose 4 % this week, and European operators added capacity.</p>${body}</main></body></html>`;

const PAGES: Record<string, string> = {
  '/markets/2026/02/05/no-amount/': page(''),
  '/markets/2026/02/05/price/': page('<p>Bitcoin traded at $70,100 on Thursday.</p>'),
  '/markets/2026/02/05/ticker/': page('<p>Bitcoin price: <span id="ticker">loading</span></p>'),
  '/markets/2026/02/05/component-only/': page(
    // Defined well after the first stage's look (a widget whose script comes late): an upgrade no mutation reports.
    `<quote-card></quote-card><script>setTimeout(() => customElements.define('quote-card', class extends HTMLElement {
      connectedCallback() {
        const text = document.createElement('p');
        text.textContent = 'Bitcoin traded at $70,100 on Thursday.';
        this.attachShadow({ mode: 'open' }).append(text);
      }
    }), 1500);</script>`,
  ),
  '/markets/2026/02/05/frame-only/': page(
    `<iframe id="live" srcdoc="<p>Bitcoin traded at $70,100 on Thursday, after dipping to $69,800.</p>"></iframe>`,
  ),
};

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchWithExtension(),
    startFixtureServer('test/fixtures/content', [
      htmlRoute((url) => PAGES[new URL(url, 'http://x').pathname]),
    ]),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const annotatorLoaded = (where: Page | Frame) =>
  where.evaluate((name) => performance.getEntriesByName(name).length > 0, ANNOTATOR_LOAD);

async function open(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(server.url(HOST, path));
  expect(await waitForScan(tab), 'miner-margin:scan measure').toBe(true);
  return tab;
}

test('a page with no candidate amount ("Europe" is no euro) never loads the annotator, until its first amount arrives', async () => {
  const tab = await open('/markets/2026/02/05/no-amount/');
  await tab.waitForTimeout(500);
  expect(await annotatorLoaded(tab)).toBe(false);
  expect(await tab.locator('miner-margin-ui').count()).toBe(0);
  // Infinite scroll: the next story comes with a price.
  await tab.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Bitcoin slipped to $66,000 before buyers returned.';
    document.getElementById('story')?.append(paragraph);
  });
  await expect.poll(() => highlightTexts(tab, PRICE), { timeout: 10_000 }).toEqual(['$66,000']);
  expect(await annotatorLoaded(tab)).toBe(true);
  await tab.close();
});

test('Chromium: the first stage imports the annotator as a module (compiled as it streams in, off the main thread), in its own world', async () => {
  const tab = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(tab);
  const scripts: { url: string; isModule?: boolean }[] = [];
  cdp.on('Debugger.scriptParsed', (script) => void scripts.push(script));
  await cdp.send('Debugger.enable');
  await tab.goto(server.url(HOST, '/markets/2026/02/05/price/'));
  expect(await waitForScan(tab), 'miner-margin:scan measure').toBe(true);
  expect(await highlightTexts(tab, PRICE)).toEqual(['$70,100']);
  // Once, as a module: the background's injection (the fallback) would have compiled it as a classic script.
  const annotators = scripts.filter((script) => script.url.endsWith('/annotator.js'));
  expect(annotators.map((script) => script.isModule)).toEqual([true]);
  // It handed itself to the first stage in the extension's world; the page's world has no trace of it.
  expect(await tab.evaluate(() => Object.keys(globalThis).some((key) => key.startsWith('minerMargin')))).toBe(
    false,
  );
  await cdp.detach();
  await tab.close();
});

test('a ticker whose text node gets its first price in place starts the annotator', async () => {
  const tab = await open('/markets/2026/02/05/ticker/');
  expect(await annotatorLoaded(tab)).toBe(false);
  await tab.evaluate(() => {
    (document.getElementById('ticker')?.firstChild as Text).data = '$70,250';
  });
  await expect.poll(() => highlightTexts(tab, PRICE), { timeout: 10_000 }).toEqual(['$70,250']);
  await tab.close();
});

test('a frame with an amount gets the annotator; its parent, with none, does not', async () => {
  const tab = await open('/markets/2026/02/05/frame-only/');
  const frame = tab.frames().find((candidate) => candidate !== tab.mainFrame());
  if (!frame) throw new Error('no frame');
  await expect
    .poll(() => frame.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, PRICE), { timeout: 10_000 })
    .toBe(2);
  expect(await annotatorLoaded(frame)).toBe(true);
  expect(await annotatorLoaded(tab)).toBe(false);
  await tab.close();
});

test('a page whose only amount is in a web component defined late, in its open shadow root, gets the annotator', async () => {
  const tab = await open('/markets/2026/02/05/component-only/');
  expect(await annotatorLoaded(tab)).toBe(false);
  await expect.poll(() => annotatorLoaded(tab), { timeout: 10_000 }).toBe(true);
  await expect
    .poll(() => tab.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, PRICE), { timeout: 10_000 })
    .toBe(1);
  await tab.close();
});

test('on a paused site an amount that arrives after the first look loads nothing; resuming the site marks it', async () => {
  const withCoindesk = (enabled: boolean): Settings => ({
    ...DEFAULT_SETTINGS,
    sites: DEFAULT_SETTINGS.sites.map((site) => (site.host === 'coindesk.com' ? { ...site, enabled } : site)),
  });
  const store = (settings: Settings) =>
    browser.serviceWorker.evaluate(
      (value) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.set({ settings: value }),
      settings,
    );
  await store(withCoindesk(false));
  try {
    // No amount at first: the first stage has not read the settings when the amount comes.
    const tab = await open('/markets/2026/02/05/no-amount/');
    await tab.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Bitcoin slipped to $66,000 before buyers returned.';
      document.getElementById('story')?.append(paragraph);
    });
    await tab.waitForTimeout(1_000);
    expect(await annotatorLoaded(tab)).toBe(false);
    expect(await highlightTexts(tab, PRICE)).toEqual([]);
    await store(withCoindesk(true));
    await expect.poll(() => highlightTexts(tab, PRICE), { timeout: 10_000 }).toEqual(['$66,000']);
    await tab.close();
  } finally {
    await store(DEFAULT_SETTINGS);
  }
});
