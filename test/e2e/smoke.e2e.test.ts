import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

test('the built extension loads in Chromium with its MV3 service worker', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await browser.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { getManifest(): { manifest_version: number; name: string } } };
      }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Miner Margin');
});
