// Marking on the news-site fixtures in Firefox ESR, the same expectations as the Chromium suite
// (test/fixtures/sites/*/expected.json): exactly the prices a careful reader picks, the page's body untouched.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsersUnderTest, launchBrowser, type E2EBrowser } from '../support/browsers';
import { bodyChangedFromSource, highlightTexts, waitForScan } from '../support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { HSTS_PRELOADED_HOSTS, selfSignedCertificate } from '../support/self-signed-certificate';
import { listSitePages, SITES_ROOT } from '../support/site-fixtures';

const pages = listSitePages();

describe.each(browsersUnderTest())('%s', (browserName) => {
  let browser: E2EBrowser;
  let httpServer: FixtureServer;
  let httpsServer: FixtureServer;
  beforeAll(async () => {
    [browser, httpServer, httpsServer] = await Promise.all([
      // Firefox ships the same HSTS preload list: decrypt.co is only ever asked over HTTPS.
      launchBrowser(browserName, { acceptInsecureCerts: true }),
      startFixtureServer(SITES_ROOT),
      startFixtureServer(SITES_ROOT, [], { tls: selfSignedCertificate(HSTS_PRELOADED_HOSTS) }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), httpServer?.close(), httpsServer?.close()]);
  });

  describe.each(pages)('$host $path', ({ host, path, expected }) => {
    test('exactly the Bitcoin prices a careful reader would pick are marked; the body is as served', async () => {
      const server = HSTS_PRELOADED_HOSTS.has(host) ? httpsServer : httpServer;
      const page = await browser.openPage(server.url(host, path));
      expect(await waitForScan(page), 'performance measure miner-margin:scan').toBe(true);
      expect(await highlightTexts(page, 'miner-margin-btc-price')).toEqual(expected['btc-price']);
      expect(await bodyChangedFromSource(page)).toBeNull();
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
});
