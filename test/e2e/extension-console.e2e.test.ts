// The check every e2e test ends with (support/fail-on-extension-console.ts) sees the extension's warnings and
// errors where they happen: its own pages, its service worker, and the content script's world in a web page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type BrowserName, type E2EBrowser } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { takeExtensionProblems } from './support/extension-console';

// Chromium only: in Firefox the watcher (BiDi log.entryAdded with a moz-extension:// stack frame) did not see a
// warning logged on the options page in our runs, so there it is a net that may have holes, not a proven check.
describe.each<BrowserName>(['chromium'])('in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => browser?.close());

  test('a warning on an extension page is seen', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(() => console.warn('probe: options page'), undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(takeExtensionProblems()).toEqual([expect.stringContaining('probe: options page')]);
    await page.close();
  });

  test('a warning of the page itself is not the extension’s', async () => {
    const page = await browser.openPage('about:blank');
    await page.evaluate(() => console.warn('probe: the page'), undefined).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(takeExtensionProblems()).toEqual([]);
    await page.close();
  });
});

describe('the service worker (Chromium MV3)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  test('its warnings and errors are seen', async () => {
    await browser.serviceWorker.evaluate(() => console.error('probe: service worker'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(takeExtensionProblems()).toEqual([expect.stringContaining('probe: service worker')]);
  });
});
