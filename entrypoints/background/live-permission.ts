// A live-data button in the popup asks for the instance's permission from its click, but the popup closes when
// the browser's prompt takes focus, before it can save the setting. The background sees the grant and finishes.
import { browser } from 'wxt/browser';
import { liveSettingsAfterGrant } from '@/lib/live/live-after-grant';
import { createSettingsStore } from '@/lib/settings/store';

export function registerLivePermissionWatch(): void {
  const store = createSettingsStore(browser.storage.sync);
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    const next = liveSettingsAfterGrant(await store.load(), origins);
    if (next) await store.save(next);
  });
}
