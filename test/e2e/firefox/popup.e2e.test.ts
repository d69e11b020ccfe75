// The MV2 build in Firefox ESR, and its popup opened as a tab at moz-extension://<fixed uuid>/popup.html:
// regime header, the shipped articles, a tag filter, an expanded article, and "On this page" for the active tab.
// Same scenarios as ../popup.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTICLES_PER_PAGE } from '@/components/popup/ArticleList';
import type { Article } from '@/lib/dataset/schema';
import { browsersUnderTest, launchBrowser, type E2EBrowser, type E2EPage } from '../support/browsers';
import { highlightTexts, waitForScan } from '../support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

type ManifestApi = {
  browser: { runtime: { getManifest(): { manifest_version: number; optional_permissions?: string[] } } };
};

type CommandsApi = {
  browser: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
};

const listedIds = (page: E2EPage) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[data-article-id]')].map((item) => item.getAttribute('data-article-id')),
    undefined,
  );

describe.each(browsersUnderTest())('%s', (browserName) => {
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchBrowser(browserName),
      startFixtureServer('test/fixtures/content'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  test.runIf(browserName === 'firefox')(
    'the MV2 build is installed as a temporary add-on at the fixed moz-extension:// origin',
    async () => {
      const page = await browser.openExtensionPage('options.html');
      const manifest = await page.evaluate(
        () => (globalThis as unknown as ManifestApi).browser.runtime.getManifest(),
        undefined,
      );
      expect(manifest.manifest_version).toBe(2);
      // Host permissions a user grants later (live data, added sites) must be declared for MV2 Firefox.
      expect(manifest.optional_permissions).toContain('*://*/*');
      expect(await page.url()).toBe(`${browser.extensionOrigin}/options.html`);
      // Firefox accepts the keyboard commands' default keys (it rejects a manifest shortcut it can't parse).
      const commands = await page.evaluate(
        () => (globalThis as unknown as CommandsApi).browser.commands.getAll(),
        undefined,
      );
      expect(Object.fromEntries(commands.map((command) => [command.name, command.shortcut]))).toEqual({
        'next-mention': 'Alt+Shift+M',
        'previous-mention': 'Alt+Shift+Comma',
      });
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  test('the popup shows the regime, the shipped articles, filters by a tag and expands an article', async () => {
    const page = await browser.openExtensionPage('popup.html');
    await page.setViewport(380, 600);
    expect(await page.waitFor(() => document.querySelector('[data-article-id]') !== null, undefined)).toBe(
      true,
    );
    const articles = await page.evaluate(
      async () => (await fetch('/articles.json')).json() as Promise<Article[]>,
      undefined,
    );
    expect(articles.length).toBeGreaterThan(0);

    const header = await page.evaluate(
      () => ({
        title: document.querySelector('h1')?.textContent ?? '',
        source: document.querySelector('.regime__source')?.textContent ?? '',
        chart: document.querySelector('svg[role="img"] > title')?.textContent ?? '',
        body: document.body.textContent ?? '',
      }),
      undefined,
    );
    expect(header.title).toMatch(/(Below production cost|Thin margin|Healthy margin).*margin/);
    expect(header.source).toMatch(/^Data: bundled, \w+ \d{4}/);
    expect(header.chart).toMatch(/Bitcoin price and estimated production cost/);
    // Opened as a tab, the active tab is the popup itself: no content script there.
    expect(header.body).toContain('Nothing to show for this page.');

    expect(await listedIds(page)).toEqual(articles.slice(0, ARTICLES_PER_PAGE).map((article) => article.id));

    const tag = 'CAPITULATION';
    const tagged = articles.filter((article) => article.tags.includes(tag));
    expect(tagged.length).toBeGreaterThan(0);
    const chip = `.chip[data-tag="${tag}"]`;
    expect(await page.evaluate((selector) => document.querySelector(selector)?.textContent, chip)).toContain(
      String(tagged.length),
    );
    await page.click(chip);
    expect(
      await page.waitFor(
        (selector) => document.querySelector(selector)?.getAttribute('aria-pressed') === 'true',
        chip,
      ),
    ).toBe(true);
    const expectedIds = tagged.slice(0, ARTICLES_PER_PAGE).map((article) => article.id);
    await expect.poll(() => listedIds(page), { timeout: 5_000 }).toEqual(expectedIds);

    const first = tagged[0]!;
    const item = `[data-article-id="${first.id}"]`;
    await page.click(`${item} .article__toggle`);
    const expanded = await page.evaluate(
      (selector) => ({
        expanded: document.querySelector(`${selector} .article__toggle`)?.getAttribute('aria-expanded'),
        impact: [...document.querySelectorAll(`${selector} .article__impact li`)].map((li) => li.textContent),
        href: document.querySelector(`${selector} a.article__link`)?.getAttribute('href'),
        rel: document.querySelector(`${selector} a.article__link`)?.getAttribute('rel'),
      }),
      item,
    );
    expect(expanded).toEqual({
      expanded: 'true',
      impact: first.impact,
      href: first.url,
      rel: 'noopener noreferrer',
    });

    // Everything the popup loaded came from the extension itself.
    expect(page.requests.filter((url) => !url.startsWith(`${browser.extensionOrigin}/`))).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('"On this page" lists the mentions the content script found on the active tab', async () => {
    const news = await browser.openPage(
      server.url('www.coindesk.com', '/markets/2026/02/05/miners-under-water/'),
    );
    expect(await waitForScan(news)).toBe(true);
    const marked = await highlightTexts(news);
    // The popup asks the active tab: load the popup page, bring the news tab to the front, then reload the popup.
    const popup = await browser.openExtensionPage('popup.html');
    await news.bringToFront();
    await popup.evaluate(() => location.reload(), undefined);
    expect(await popup.waitFor(() => document.querySelector('.mention__text') !== null, undefined)).toBe(
      true,
    );
    const listed = await popup.evaluate(
      () => [...document.querySelectorAll('.mention__text')].map((element) => element.textContent),
      undefined,
    );
    expect(listed).toEqual(marked);
    expect(
      await popup.evaluate(() => document.querySelector('.on-this-page')?.textContent, undefined),
    ).toContain('Article date 5 Feb 2026');
    await Promise.all([popup.close(), news.close()]);
  });
});
