import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/options/options.css';
import { createSettingsStore } from '@/lib/settings';
import { sitePatterns } from '@/lib/settings/sites';
import type { Settings } from '@/lib/settings/schema';

const store = createSettingsStore(browser.storage.sync);

function applyTheme(settings: Settings) {
  document.documentElement.dataset.theme = settings.display.theme;
}

const { settings, repairs } = await store.loadWithReport();
applyTheme(settings);

createRoot(document.getElementById('root')!).render(
  <OptionsPage
    initialSettings={settings}
    repairs={repairs}
    save={async (next) => {
      await store.save(next);
      applyTheme(next);
    }}
    requestSitePermission={(host) => browser.permissions.request({ origins: sitePatterns(host) })}
    releaseSitePermission={async (host) => {
      await browser.permissions.remove({ origins: sitePatterns(host) });
    }}
  />,
);
