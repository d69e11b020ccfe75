import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTICLES_PER_PAGE } from '@/components/popup/ArticleList';
import type { Article } from '@/lib/dataset/schema';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { waitForScan } from './support/highlights';
import { listSitePages, SITES_ROOT } from './support/site-fixtures';

const SCREENSHOT = 'test/demo/screenshots/popup.png';
const SCREENSHOT_DARK = 'test/demo/screenshots/popup-dark.png';
const SCREENSHOT_ON_THIS_PAGE = 'test/demo/screenshots/popup-on-this-page.png';

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer(SITES_ROOT)]);
});
afterAll(async () => Promise.all([browser?.close(), server?.close()]));

/** Opens the popup page as a tab at popup size; collects every request it makes. */
async function openPopup(
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewportSize({ width: 380, height: 600 });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('[data-article-id]').first().waitFor();
  return { page, requests };
}

async function shippedArticles(page: Page): Promise<Article[]> {
  return page.evaluate(async () => (await fetch('/articles.json')).json());
}

test('the popup shows the regime, the shipped articles, filters by a tag and expands an article', async () => {
  const { page, requests } = await openPopup();
  const articles = await shippedArticles(page);
  expect(articles.length).toBeGreaterThan(0);

  // Header: regime in words, figures, and the bundled month.
  await expect(page.locator('h1').textContent()).resolves.toMatch(
    /(Below production cost|Thin margin|Healthy margin).*margin/,
  );
  await expect(page.locator('.regime__source').textContent()).resolves.toMatch(/^Data: bundled, \w+ \d{4}/);
  // The chart's own title (its estimate points carry titles of their own).
  expect(await page.locator('svg[role="img"] > title').textContent()).toMatch(
    /Bitcoin price and estimated production cost/,
  );

  // Opened as a tab, the active tab is the popup itself: no content script there.
  await page.getByText('Nothing to show for this page.').waitFor();

  // Newest first, one page of the list.
  const listed = await page
    .locator('[data-article-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-article-id')));
  expect(listed).toEqual(articles.slice(0, ARTICLES_PER_PAGE).map((article) => article.id));

  // Filter by a tag: only articles carrying it remain.
  const tag = 'CAPITULATION';
  const tagged = articles.filter((article) => article.tags.includes(tag));
  const chip = page.locator(`.chip[data-tag="${tag}"]`);
  expect(await chip.textContent()).toContain(String(tagged.length));
  await chip.click();
  expect(await chip.getAttribute('aria-pressed')).toBe('true');
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-article-id]').length === count,
    Math.min(tagged.length, ARTICLES_PER_PAGE),
  );
  const filtered = await page
    .locator('[data-article-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-article-id')));
  expect(filtered).toEqual(tagged.slice(0, ARTICLES_PER_PAGE).map((article) => article.id));

  // Expand the first one: its impact bullets and a link to the source in a new tab.
  const first = tagged[0]!;
  const item = page.locator(`[data-article-id="${first.id}"]`);
  const toggle = item.locator('.article__toggle');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await item.locator('.article__impact li').allTextContents()).toEqual(first.impact);
  const link = item.locator('a.article__link');
  expect(await link.getAttribute('href')).toBe(first.url);
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

  // No third-party requests (no cover images, no fonts): everything comes from the extension.
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);

  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 380, height: 1000 } });
  await page.close();
});

test('dark mode follows the system colour scheme', async () => {
  const { page } = await openPopup('dark');
  const background = await page
    .locator('.popup')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(22, 21, 20)');
  await page.locator('.article__toggle').first().click();
  await page.screenshot({
    path: SCREENSHOT_DARK,
    fullPage: true,
    clip: { x: 0, y: 0, width: 380, height: 1000 },
  });
  await page.close();
});

test('"On this page" lists the price mentions the content script found on the active tab and reveals one', async () => {
  const site = listSitePages().find(
    ({ host, path }) => host === 'www.coindesk.com' && path.includes('/2026/02/05/'),
  );
  if (!site) throw new Error('the CoinDesk 2026-02-05 fixture page is missing');
  const news = await browser.context.newPage();
  await news.setViewportSize({ width: 800, height: 400 });
  await news.goto(server.url(site.host, site.path));
  expect(await waitForScan(news)).toBe(true);

  // The popup asks the active tab: load the popup page, bring the news tab to the front, then reload the popup.
  const { page: popup } = await openPopup();
  await news.bringToFront();
  await popup.evaluate(() => location.reload());
  const mentions = popup.locator('.mention');
  await mentions.first().waitFor();
  const texts = await popup.locator('.mention__text').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(site.expected['btc-price']).toContain(text);
  expect(await popup.locator('.on-this-page').textContent()).toContain('Article date 5 Feb 2026');
  expect(await mentions.first().locator('.mention__margin').textContent()).toMatch(
    /vs cost · (Below production cost|Thin margin|Healthy margin)/,
  );

  await popup.screenshot({ path: SCREENSHOT_ON_THIS_PAGE });

  await news.evaluate(() => window.scrollTo(0, 0));
  // $126,000 sits in the article body, below the fold of the 400 px high news tab.
  await mentions.filter({ hasText: '$126,000' }).click();
  await news.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
  await Promise.all([popup.close(), news.close()]);
});
