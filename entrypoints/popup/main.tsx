import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import type { Article } from '@/lib/dataset/schema';
import { LIVE_DATA_STORAGE_KEY, readLiveDataState, type LiveSnapshot } from '@/lib/live/live-data-state';
import { liveToday } from '@/lib/live/live-today';
import { createSettingsStore, DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { loadPageReport, revealMention } from './active-tab';
import { loadArticles } from './load-articles';

const root = createRoot(document.getElementById('root')!);
const store = createSettingsStore(browser.storage.sync);

function onRevealMention(index: number) {
  void revealMention(index);
}

async function start() {
  // Both are local reads; waiting for them avoids a first frame with default settings or no articles.
  const [settings, articles, local] = await Promise.allSettled([
    store.load(),
    loadArticles(),
    browser.storage.local.get(LIVE_DATA_STORAGE_KEY),
  ]);
  let liveSnapshot: LiveSnapshot | null =
    local.status === 'fulfilled' ? readLiveDataState(local.value[LIVE_DATA_STORAGE_KEY]).snapshot : null;
  let current: Settings = settings.status === 'fulfilled' ? settings.value : DEFAULT_SETTINGS;
  const loaded: Article[] = articles.status === 'fulfilled' ? articles.value : [];
  const articlesError =
    articles.status === 'rejected' ? 'The bundled articles could not be read.' : undefined;
  if (articles.status === 'rejected') console.error('Miner Margin: articles', articles.reason);

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
