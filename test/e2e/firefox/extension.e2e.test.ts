// The firefox-mv2 build installs in Firefox ESR and its pages run (everything else in this folder builds on it).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, type E2EBrowser } from '../support/browsers';

let browser: E2EBrowser;
beforeAll(async () => {
  browser = await launchBrowser('firefox');
});
afterAll(async () => browser?.close());

test('the MV2 build installs as a temporary add-on at the fixed moz-extension:// origin', async () => {
  const page = await browser.openExtensionPage('options.html');
  const manifest = await page.evaluate(
    () =>
      (
        globalThis as unknown as {
          browser: {
            runtime: {
              getManifest(): { manifest_version: number; name: string; optional_permissions?: string[] };
            };
          };
        }
      ).browser.runtime.getManifest(),
    undefined,
  );
  expect(manifest.manifest_version).toBe(2);
  expect(manifest.name).toBe('Miner Margin');
  expect(await page.url()).toBe(`${browser.extensionOrigin}/options.html`);
  expect(page.errors).toEqual([]);
  await page.close();
});
