// The popup's side of the message protocol with the content script on the active tab.
import type { PageReport, ToContentMessage } from '@/lib/messages';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The active tab's id and address (readable through `activeTab`: the popup's opening grants it). */
export async function activeTab(): Promise<{ id?: number; url?: string }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.url) return { id: tab?.id, url: tab?.url };
  // Without the grant (the popup opened some other way) the content script, where there is one, says where it is.
  const message: ToContentMessage = { type: 'get-location' };
  const url: unknown = await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  return { id: tab.id, url: typeof url === 'string' ? url : undefined };
}

function isPageReport(value: unknown): value is PageReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as PageReport).mentions) &&
    typeof (value as PageReport).articleDate === 'string'
  );
}

/** The active tab's report; null when the content script is not running there (sendMessage rejects). */
export async function loadPageReport(): Promise<PageReport | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  const message: ToContentMessage = { type: 'get-page-report' };
  try {
    const report: unknown = await browser.tabs.sendMessage(tabId, message);
    return isPageReport(report) ? report : null;
  } catch {
    return null;
  }
}

/** Asks the content script to scroll to and flash one mention. */
export async function revealMention(index: number): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  const message: ToContentMessage = { type: 'reveal-mention', index };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
