import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTICLES_PER_PAGE } from '@/components/popup/ArticleList';
import type { Article } from '@/lib/dataset/schema';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

const SCREENSHOT = 'test/demo/screenshots/popup.png';
const SCREENSHOT_DARK = 'test/demo/screenshots/popup-dark.png';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

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
    /(Below cost|Thin margin|Healthy margin).*margin/,
  );
  await expect(page.locator('.regime__source').textContent()).resolves.toMatch(/^Data: bundled, \w+ \d{4}/);
  expect(await page.locator('svg[role="img"] title').textContent()).toMatch(
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
