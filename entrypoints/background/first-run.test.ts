import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFirstRun } from './first-run';

beforeEach(() => {
  fakeBrowser.reset();
  registerFirstRun();
});

// The fake browser starts with one blank tab (no url).
const openTabs = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url !== undefined);

test('installing the extension opens the first-run page', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await expect.poll(openTabs).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
});

test('an update or a browser update opens nothing', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
  expect(await openTabs()).toEqual([]);
});
