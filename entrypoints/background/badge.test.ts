import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { SETTINGS_STORAGE_KEY } from '@/lib/storage-keys';
import { badgeText, registerBadge, tabBadge } from './badge';

beforeEach(() => fakeBrowser.reset());

test('the badge shows the count, nothing for none, 99+ above 99', () => {
  expect(badgeText(4, true)).toBe('4');
  expect(badgeText(0, true)).toBe('');
  expect(badgeText(120, true)).toBe('99+');
});

test('the badge is empty when the user turned it off', () => expect(badgeText(4, false)).toBe(''));

const SITES = [
  { host: 'coindesk.com', enabled: false, builtIn: true },
  { host: 'theblock.co', enabled: true, builtIn: true },
];

test('a tab on a paused site shows "off" in grey, even with the count badge turned off', () => {
  expect(tabBadge(3, true, 'https://www.coindesk.com/x', SITES)).toEqual({ text: 'off', color: '#57534e' });
  expect(tabBadge(0, false, 'https://www.coindesk.com/x', SITES).text).toBe('off');
});

test('other tabs show their count', () => {
  expect(tabBadge(3, true, 'https://www.theblock.co/x', SITES)).toEqual({ text: '3', color: '#c2410c' });
  expect(tabBadge(3, true, undefined, SITES).text).toBe('3');
  expect(tabBadge(3, true, 'not a url', SITES).text).toBe('3');
});

const fromTab = { tab: { id: 7 } as never, frameId: 0 };

async function countArrivingAtWake(showBadge: boolean): Promise<string> {
  await fakeBrowser.storage.sync.set({
    [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, display: { ...DEFAULT_SETTINGS.display, showBadge } },
  });
  // A sleeping worker wakes for the message: registration and the message come in the same turn.
  registerBadge();
  await fakeBrowser.runtime.onMessage.trigger({ type: 'mention-count', count: 4 }, fromTab, () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  return fakeBrowser.action.getBadgeText({ tabId: 7 });
}

test('a count that wakes the worker stays off the badge when the user turned the badge off', async () => {
  expect(await countArrivingAtWake(false)).toBe('');
});

test('a count that wakes the worker is shown when the badge is on', async () => {
  expect(await countArrivingAtWake(true)).toBe('4');
});
