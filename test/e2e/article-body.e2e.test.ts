// The article's body found on the structure of a real article page of every default site
// (test/fixtures/article-body/): its prices are compared at the article's date, a ticker's at today, nothing else
// is marked, and the tooltip says which date it used.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '@/lib/format';
import { listArticleBodyPages } from '../support/article-body-fixtures';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { waitForContentUi } from './support/content-ui';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';
import { HSTS_PRELOADED_HOSTS, selfSignedCertificate } from './support/self-signed-certificate';

const ROOT = 'test/fixtures/article-body';
const pages = listArticleBodyPages(ROOT);

let browser: ExtensionBrowser;
let httpServer: FixtureServer;
let httpsServer: FixtureServer;
beforeAll(async () => {
  [browser, httpServer, httpsServer] = await Promise.all([
    launchWithExtension({
      hosts: pages.map(({ host }) => host),
      args: ['--ignore-certificate-errors'],
    }),
    startFixtureServer(ROOT),
    startFixtureServer(ROOT, [], { tls: selfSignedCertificate(HSTS_PRELOADED_HOSTS) }),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), httpServer?.close(), httpsServer?.close()]);
});

/**
 * Sends a message to the page's tab from the service worker, as the keyboard command's handler does. The tab is found
 * by its address, not as the active tab: activating a tab is asynchronous, and right after launch the query can
 * still answer the browser's first blank tab, which has no content script ("Receiving end does not exist").
 */
function sendToPageTab<T>(url: string, message: { type: string; [key: string]: unknown }): Promise<T> {
  interface TabsApi {
    tabs: {
      query(filter: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  }
  return browser.serviceWorker.evaluate(
    async ({ url, message }) => {
      const { tabs } = (globalThis as unknown as { chrome: TabsApi }).chrome;
      const tab = (await tabs.query({})).find((candidate) => candidate.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return tabs.sendMessage(tab.id, message) as Promise<T>;
    },
    { url, message },
  );
}

describe.each(pages)('$host', ({ host, path, expected }) => {
  test(`body by ${expected.body.rule}: its prices at ${expected.date}, the ticker's at today, nothing else`, async () => {
    const server = HSTS_PRELOADED_HOSTS.has(host) ? httpsServer : httpServer;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url(host, path));
    await page.bringToFront();
    expect(await waitForScan(page), 'performance measure miner-margin:scan').toBe(true);

    expect(await highlightTexts(page, 'miner-margin-btc-price')).toEqual(
      expected.marks.map(([text]) => text),
    );
    expect(await highlightTexts(page, 'miner-margin-btc-cost')).toEqual([]);
    expect(await highlightTexts(page, 'miner-margin-btc-target')).toEqual([]);

    const articleDate = `Article date ${formatDate(new Date(`${expected.date}T00:00:00Z`))}.`;
    const readAt: [string, string][] = [];
    for (const [text] of expected.marks) {
      expect(await sendToPageTab<boolean>(page.url(), { type: 'step-mention', direction: 1 })).toBe(true);
      const ui = await waitForContentUi(page, (reading) => reading.tooltipText.includes(`“${text}”`));
      const at = ui.announced.includes(articleDate)
        ? 'article'
        : /Outside the article \(a ticker or sidebar\) — compared at today/.test(ui.announced)
          ? 'today'
          : ui.announced;
      readAt.push([text, at]);
    }
    expect(readAt).toEqual(expected.marks);
    expect(errors).toEqual([]);
    await page.close();
  });
});
