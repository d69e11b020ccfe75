// The active tab's status for the popup: errors the background counted, and whether its site lacks access.
import type { PageStatusInfo } from '@/components/popup/PageStatus';
import type { TabProblems, ToBackgroundMessage } from '@/lib/messages';
import { NO_PROBLEMS } from '@/lib/problems/tab-problems';
import type { Settings } from '@/lib/settings/schema';
import { enabledSiteFor, sitePatterns } from '@/lib/settings/sites';

export async function loadPageStatus(settings: Settings): Promise<PageStatusInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const question: ToBackgroundMessage = { type: 'get-tab-problems', tabId: tab.id };
  const problems = ((await browser.runtime.sendMessage(question).catch(() => null)) ??
    NO_PROBLEMS) as TabProblems;
  // tab.url is there through activeTab (the popup was opened from the toolbar) or a granted host.
  const hostname = tab.url ? new URL(tab.url).hostname : '';
  const site = hostname ? enabledSiteFor(hostname, settings.sites) : undefined;
  const granted = site ? await browser.permissions.contains({ origins: sitePatterns(site.host) }) : true;
  return { problems, siteWithoutAccess: site && !granted ? site.host : null };
}

/** From the popup's click, so the browser may ask the user. */
export function grantSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: sitePatterns(host) });
}
