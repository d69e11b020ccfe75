import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import type { Article } from '@/lib/dataset/schema';
import { LIVE_DATA_STORAGE_KEY, readLiveDataState, type LiveSnapshot } from '@/lib/live/live-data-state';
import { liveToday } from '@/lib/live/live-today';
import { createSettingsStore, DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { siteControlFor, withSiteAdded, withSiteEnabled } from '@/lib/settings/site-control';
import { sitePatterns } from '@/lib/settings/sites';
import { activeTab, loadPageReport, revealMention } from './active-tab';
import { grantSiteAccess, loadPageStatus } from './page-status';
import { loadArticles } from './load-articles';

const root = createRoot(document.getElementById('root')!);
const store = createSettingsStore(browser.storage.sync);

function onRevealMention(index: number) {
  void revealMention(index);
}

async function start() {
  // Both are local reads; waiting for them avoids a first frame with default settings or no articles.
  const [settings, articles, local, tab] = await Promise.allSettled([
    store.load(),
    loadArticles(),
    browser.storage.local.get(LIVE_DATA_STORAGE_KEY),
    activeTab(),
  ]);
  const { id: tabId, url: tabUrl } = tab.status === 'fulfilled' ? tab.value : {};
  let liveSnapshot: LiveSnapshot | null =
    local.status === 'fulfilled' ? readLiveDataState(local.value[LIVE_DATA_STORAGE_KEY]).snapshot : null;
  let current: Settings = settings.status === 'fulfilled' ? settings.value : DEFAULT_SETTINGS;
  const loaded: Article[] = articles.status === 'fulfilled' ? articles.value : [];
  const articlesError =
    articles.status === 'rejected' ? 'The bundled articles could not be read.' : undefined;
  if (articles.status === 'rejected') console.error('Miner Margin: articles', articles.reason);

  // Each permission request is the first call of its click handler (a user gesture is required).
  const siteControl = () => ({
    control: siteControlFor(tabUrl, current.sites),
    onPause: async (host: string) => {
      await store.update({ sites: withSiteEnabled(current.sites, host, false) });
    },
    onResume: async (host: string, builtIn: boolean) => {
      if (!builtIn && !(await browser.permissions.request({ origins: sitePatterns(host) }))) return false;
      await store.update({ sites: withSiteEnabled(current.sites, host, true) });
      return true;
    },
    onAdd: async (host: string) => {
      if (!(await browser.permissions.request({ origins: sitePatterns(host) }))) return false;
      await store.update({ sites: withSiteAdded(current.sites, host) });
      // The background registers the site for its next pages; this page gets the script now.
      if (tabId !== undefined) {
        await Promise.all([
          browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] }),
          browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }),
        ]).catch((error: unknown) => console.warn('Miner Margin: could not start on this page', error));
      }
      return true;
    },
  });

  // Read once per popup opening, with the settings it opened with.
  const status = loadPageStatus(current);
  const pageStatus = { loadPageStatus: () => status, grantAccess: grantSiteAccess };
  const render = () =>
    root.render(
      <Popup
        articles={loaded}
        articlesError={articlesError}
        settings={current}
        live={liveToday(liveSnapshot, current)}
        loadPageReport={loadPageReport}
        onRevealMention={onRevealMention}
        requestLivePermission={(origin) => browser.permissions.request({ origins: [origin] })}
        saveSettings={(next) => store.save(next)}
        siteControl={siteControl()}
        pageStatus={pageStatus}
      />,
    );
  render();
  store.watch((next) => {
    current = next;
    render();
  });
  // Live figures turned on from here arrive while the popup is open.
  browser.storage.local.onChanged.addListener((changes) => {
    if (!(LIVE_DATA_STORAGE_KEY in changes)) return;
    liveSnapshot = readLiveDataState(changes[LIVE_DATA_STORAGE_KEY]?.newValue).snapshot;
    render();
  });
}

void start();
