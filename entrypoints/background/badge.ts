// The toolbar badge: the number of Bitcoin price mentions the content script marked on each tab, or "off" on a
// tab whose site the user paused.
import { browser, type Browser } from 'wxt/browser';
import { isPausedOn } from '@/lib/settings/site-control';
import { createSettingsStore } from '@/lib/settings/store';
import type { Site } from '@/lib/settings/schema';
import type { ToBackgroundMessage } from '@/lib/messages';

const BADGE_COLOR = '#c2410c';
const PAUSED_COLOR = '#57534e';
export const PAUSED_BADGE_TEXT = 'off';

/** Badge text for a count: empty for none, "99+" above 99. */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** The tab's badge: "off" when its site is paused (shown even with the count badge turned off), else the count. */
export function tabBadge(
  count: number,
  showCount: boolean,
  url: string | undefined,
  sites: readonly Site[],
): { text: string; color: string } {
  let hostname = '';
  try {
    if (url) hostname = new URL(url).hostname;
  } catch {
    hostname = '';
  }
  if (hostname && isPausedOn(hostname, sites)) return { text: PAUSED_BADGE_TEXT, color: PAUSED_COLOR };
  return { text: badgeText(count, showCount), color: BADGE_COLOR };
}

function isMentionCount(
  message: unknown,
): message is Extract<ToBackgroundMessage, { type: 'mention-count' }> {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'mention-count' &&
    typeof (message as { count?: unknown }).count === 'number'
  );
}

/** Listens for mention counts from tabs and for paused sites; clears a tab's count when it navigates. */
export function registerBadge(): void {
  const store = createSettingsStore(browser.storage.sync);
  const counts = new Map<number, number>();
  // Tab addresses are readable on the sites the extension has host access to (built-in and granted ones).
  const urls = new Map<number, string>();
  let showBadge = true;
  let sites: readonly Site[] = [];
  // A message can wake the worker: nothing is painted before the settings are known.
  const settingsKnown = store.load().then(
    (settings) => {
      showBadge = settings.display.showBadge;
      sites = settings.sites;
    },
    () => undefined,
  );

  // MV3 builds have `action`; Firefox's MV2 build has only `browserAction` (same badge methods).
  const button = browser.action ?? browser.browserAction;
  const paint = async (tabId: number) => {
    await settingsKnown;
    const badge = tabBadge(counts.get(tabId) ?? 0, showBadge, urls.get(tabId), sites);
    return Promise.all([
      button.setBadgeText({ tabId, text: badge.text }),
      button.setBadgeBackgroundColor({ tabId, color: badge.color }),
    ]).catch(() => undefined); // the tab may be gone
  };
  const paintAll = async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      if (tab.url) urls.set(tab.id, tab.url);
      if (tab.url || counts.has(tab.id)) void paint(tab.id);
    }
  };

  const apply = (settings: { display: { showBadge: boolean }; sites: readonly Site[] }) => {
    showBadge = settings.display.showBadge;
    sites = settings.sites;
    void paintAll().catch(() => undefined);
  };
  void store.load().then(apply);
  store.watch(apply);

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (!isMentionCount(message) || tabId === undefined || sender.frameId !== 0) return undefined;
    counts.set(tabId, message.count);
    // The sender's address is given without host access (unlike tabs' URLs).
    const url = sender.tab?.url ?? sender.url;
    if (url) urls.set(tabId, url);
    void paint(tabId);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (tab.url) urls.set(tabId, tab.url);
    if (changeInfo.status !== 'loading' || !changeInfo.url) return;
    counts.delete(tabId);
    void paint(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    counts.delete(tabId);
    urls.delete(tabId);
  });
}
