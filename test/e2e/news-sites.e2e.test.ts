import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';
import { readBodyTextInPage } from './support/in-page-readers';
import { HSTS_PRELOADED_HOSTS, selfSignedCertificate } from './support/self-signed-certificate';
import { listSitePages, SITES_ROOT } from './support/site-fixtures';

const pages = listSitePages();

let browser: ExtensionBrowser;
let httpServer: FixtureServer;
let httpsServer: FixtureServer;
beforeAll(async () => {
  [browser, httpServer, httpsServer] = await Promise.all([
    launchWithExtension({ args: ['--ignore-certificate-errors'] }),
    startFixtureServer(SITES_ROOT),
    startFixtureServer(SITES_ROOT, [], { tls: selfSignedCertificate(HSTS_PRELOADED_HOSTS) }),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), httpServer?.close(), httpsServer?.close()]);
});

/** Opens a fixture page, recording page errors and every request that left the fixture server. */
async function openSitePage(host: string, path: string) {
  const server = HSTS_PRELOADED_HOSTS.has(host) ? httpsServer : httpServer;
  const origin = new URL(server.url(host, '/')).origin;
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(chrome-extension|data|blob):/.test(url)) {
      foreignRequests.push(url);
    }
  });
  await page.goto(server.url(host, path));
  return { page, errors, foreignRequests };
}

/** The page's text as a reader sees it in the DOM: text nodes of the body outside script and style. */
function bodyText(page: Page): Promise<string> {
  return page.evaluate(readBodyTextInPage);
}

test('there are fixture pages for at least six news sites', () => {
  expect(new Set(pages.map(({ host }) => host)).size).toBeGreaterThanOrEqual(6);
});

describe.each(pages)('$host $path', ({ host, path, expected }) => {
  test('its expectations read, in order, from the page text, and it loads nothing from elsewhere', async () => {
    const { page, foreignRequests } = await openSitePage(host, path);
    const text = await bodyText(page);
    for (const kind of ['btc-price', 'btc-cost', 'btc-target'] as const) {
      let from = 0;
      for (const mention of expected[kind]) {
        const at = text.indexOf(mention, from);
        expect(at, `${kind} "${mention}" after offset ${from}`).toBeGreaterThanOrEqual(0);
        from = at + mention.length;
      }
    }
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('exactly the Bitcoin prices a careful reader would pick are marked, in document order', async () => {
    const { page, errors } = await openSitePage(host, path);
    expect(await waitForScan(page), 'performance measure miner-margin:scan').toBe(true);
    expect(await highlightTexts(page, 'miner-margin-btc-price')).toEqual(expected['btc-price']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
