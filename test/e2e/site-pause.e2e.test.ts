// Per-site control from the popup: pausing on the active tab's site stops the marks there at once and the toolbar
// badge says "off"; resuming brings both back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';

const HOST = 'www.coindesk.com';
const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const PRICE = 'miner-margin-btc-price';

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer('test/fixtures/content')]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

interface ChromeApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    sync: { get(key: string): Promise<Record<string, { sites: { host: string; enabled: boolean }[] }>> };
  };
}

/** The non-empty badges of all tabs (the service worker cannot read the tabs' addresses: no `tabs` permission). */
function badges(): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const texts = await Promise.all(
      (await chrome.tabs.query({})).map((tab) =>
        tab.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id }),
      ),
    );
    return texts.filter((text) => text !== '');
  });
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

test('the popup pauses and resumes the extension on the active tab’s site; the badge shows the pause', async () => {
  const news = await browser.context.newPage();
  await news.goto(server.url(HOST, ARTICLE));
  expect(await waitForScan(news)).toBe(true);
  const marked = await highlightTexts(news, PRICE);
  expect(marked.length).toBeGreaterThan(0);
  expect(await waitFor(badges, (texts) => texts.join() === String(marked.length))).toEqual([
    String(marked.length),
  ]);

  // The popup asks for the active tab: open it, bring the news tab to the front, reload the popup.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await news.bringToFront();
  await popup.evaluate(() => location.reload());
  const section = popup.locator('.site-control');
  await section.getByText('Running on').waitFor();
  expect(await section.textContent()).toContain('coindesk.com');

  await section.getByRole('button', { name: 'Pause on this site' }).click();
  await section.getByText('Paused on').waitFor();
  expect(
    await waitFor(
      () => highlightTexts(news, PRICE),
      (texts) => texts.length === 0,
    ),
  ).toEqual([]);
  expect(await waitFor(badges, (texts) => texts.join() === 'off')).toEqual(['off']);
  const stored = await browser.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.get('settings'),
  );
  expect(stored.settings?.sites.find((site) => site.host === 'coindesk.com')?.enabled).toBe(false);

  await section.getByRole('button', { name: 'Resume on this site' }).click();
  await section.getByText('Running on').waitFor();
  expect(
    await waitFor(
      () => highlightTexts(news, PRICE),
      (texts) => texts.length === marked.length,
    ),
  ).toEqual(marked);
  expect(await waitFor(badges, (texts) => texts.join() === String(marked.length))).toEqual([
    String(marked.length),
  ]);
  await Promise.all([popup.close(), news.close()]);
});
