import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/options/options.css';
import { LIVE_DATA_STORAGE_KEY, readLiveDataState, type LiveDataState } from '@/lib/live/live-data-state';
import type { ToBackgroundMessage } from '@/lib/messages';
import { createSettingsStore } from '@/lib/settings';
import { sitePatterns } from '@/lib/settings/sites';
import type { Settings } from '@/lib/settings/schema';

const store = createSettingsStore(browser.storage.sync);

function applyTheme(settings: Settings) {
  document.documentElement.dataset.theme = settings.display.theme;
}

const { settings, repairs } = await store.loadWithReport();
applyTheme(settings);

const readLiveData = async () =>
  readLiveDataState((await browser.storage.local.get(LIVE_DATA_STORAGE_KEY))[LIVE_DATA_STORAGE_KEY]);
const root = createRoot(document.getElementById('root')!);

function render(liveData: LiveDataState) {
  root.render(
    <OptionsPage
      initialSettings={settings}
      repairs={repairs}
      save={async (next) => {
        await store.save(next);
        applyTheme(next);
      }}
      requestSitePermission={(host) => browser.permissions.request({ origins: sitePatterns(host) })}
      hasSitePermission={(host) => browser.permissions.contains({ origins: sitePatterns(host) })}
      releaseSitePermission={async (host) => {
        await browser.permissions.remove({ origins: sitePatterns(host) });
      }}
      liveData={liveData}
      requestLivePermission={(origin) => browser.permissions.request({ origins: [origin] })}
      refreshLiveData={async () =>
        readLiveDataState(
          await browser.runtime.sendMessage({ type: 'refresh-live-data' } satisfies ToBackgroundMessage),
        )
      }
    />,
  );
}

render(await readLiveData());
browser.storage.local.onChanged.addListener((changes) => {
  if (LIVE_DATA_STORAGE_KEY in changes) void readLiveData().then(render);
});
