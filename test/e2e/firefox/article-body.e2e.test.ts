// The article's body on the structure of a real article page of every default site (test/fixtures/article-body/)
// in Firefox ESR (and Chromium with MINER_MARGIN_E2E_BROWSERS=chromium,firefox): the same expectations as
// ../article-body.e2e.test.ts, read from the tooltip's date line after the keyboard command's message.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '@/lib/format';
import { ARTICLE_BODY_ROOT, listArticleBodyPages } from '../../support/article-body-fixtures';
import { browsersUnderTest, launchBrowser, type E2EBrowser } from '../support/browsers';
import { waitForContentUi } from '../support/browsers/content-ui';
import { highlightTexts, waitForScan } from '../support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { HSTS_PRELOADED_HOSTS, selfSignedCertificate } from '../support/self-signed-certificate';

const pages = listArticleBodyPages();

describe.each(browsersUnderTest())('%s', (browserName) => {
  let browser: E2EBrowser;
  let httpServer: FixtureServer;
  let httpsServer: FixtureServer;
  beforeAll(async () => {
    [browser, httpServer, httpsServer] = await Promise.all([
      launchBrowser(browserName, { acceptInsecureCerts: true, hosts: pages.map(({ host }) => host) }),
      startFixtureServer(ARTICLE_BODY_ROOT),
      startFixtureServer(ARTICLE_BODY_ROOT, [], { tls: selfSignedCertificate(HSTS_PRELOADED_HOSTS) }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), httpServer?.close(), httpsServer?.close()]);
  });

  describe.each(pages)('$host', ({ host, path, expected }) => {
    test(`its prices at ${expected.date}, the ticker's at today, nothing else marked`, async () => {
      const server = HSTS_PRELOADED_HOSTS.has(host) ? httpsServer : httpServer;
      const page = await browser.openPage(server.url(host, path));
      expect(await waitForScan(page), 'performance measure miner-margin:scan').toBe(true);
      expect(await highlightTexts(page, 'miner-margin-btc-price')).toEqual(
        expected.marks.map(([text]) => text),
      );
      expect(await highlightTexts(page, 'miner-margin-btc-cost')).toEqual([]);
      expect(await highlightTexts(page, 'miner-margin-btc-target')).toEqual([]);

      const articleDate = `Article date ${formatDate(new Date(`${expected.date}T00:00:00Z`))}.`;
      const readAt: [string, string][] = [];
      for (const [text] of expected.marks) {
        expect(await browser.sendToTab(page, { type: 'step-mention', direction: 1 })).toBe(true);
        const ui = await waitForContentUi(page, (reading) => reading.tooltipText.includes(`“${text}”`));
        const at = ui.announced.includes(articleDate)
          ? 'article'
          : /Outside the article \(a ticker or sidebar\) — compared at today/.test(ui.announced)
            ? 'today'
            : ui.announced;
        readAt.push([text, at]);
      }
      expect(readAt).toEqual(expected.marks);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
});
