// The toolbar badge: the number of Bitcoin price mentions the content script marked on each tab.
import { browser, type Browser } from 'wxt/browser';
import { createSettingsStore } from '@/lib/settings/store';
import type { ToBackgroundMessage } from '@/lib/messages';

const BADGE_COLOR = '#c2410c';

/** Badge text for a count: empty for none, "99+" above 99. */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
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

/** Listens for mention counts from tabs; clears a tab's badge when it navigates. Call once from the background. */
export function registerBadge(): void {
  const store = createSettingsStore(browser.storage.sync);
  const counts = new Map<number, number>();
  let showBadge = true;
  void store.load().then((settings) => (showBadge = settings.display.showBadge));

  // MV3 builds have `action`; Firefox's MV2 build has only `browserAction` (same badge methods).
  const button = browser.action ?? browser.browserAction;
  const paint = (tabId: number) =>
    Promise.all([
      button.setBadgeText({ tabId, text: badgeText(counts.get(tabId) ?? 0, showBadge) }),
      button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    ]).catch(() => undefined); // the tab may be gone

  store.watch((settings) => {
    showBadge = settings.display.showBadge;
    for (const tabId of counts.keys()) void paint(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (!isMentionCount(message) || tabId === undefined || sender.frameId !== 0) return undefined;
    counts.set(tabId, message.count);
    void paint(tabId);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading' || !changeInfo.url) return;
    counts.delete(tabId);
    void paint(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void counts.delete(tabId));
}
