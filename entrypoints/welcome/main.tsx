import { createRoot } from 'react-dom/client';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import '@/components/welcome/welcome.css';
import { createSettingsStore } from '@/lib/settings';
import type { Settings } from '@/lib/settings/schema';

const store = createSettingsStore(browser.storage.sync);
const root = createRoot(document.getElementById('root')!);

function render(settings: Settings) {
  document.documentElement.dataset.theme = settings.display.theme;
  root.render(
    <WelcomePage
      settings={settings}
      requestLivePermission={(origin) => browser.permissions.request({ origins: [origin] })}
      saveSettings={(next) => store.save(next)}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
  );
}

render(await store.load());
store.watch(render);
