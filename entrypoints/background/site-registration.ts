// User-added sites get the content script at run time (scripting.registerContentScripts), so adding a site
// needs no rebuild. Built-in sites are in the manifest. Registrations follow the settings and the permissions.
import { browser } from 'wxt/browser';
import { reportBackgroundError } from './error-log';
import { planSiteRegistrations } from '@/lib/settings/site-registration-plan';
import { sitePatterns } from '@/lib/settings/sites';
import { createSettingsStore } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';

const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** The marks' ::highlight() styles; the content script falls back to an adopted stylesheet without it. */
const CONTENT_STYLE_FILE = 'content-scripts/content.css';

async function grantedHosts(settings: Settings): Promise<Set<string>> {
  const userSites = settings.sites.filter((site) => !site.builtIn);
  const granted = await Promise.all(
    userSites.map((site) => browser.permissions.contains({ origins: sitePatterns(site.host) })),
  );
  return new Set(userSites.filter((_, index) => granted[index]).map((site) => site.host));
}

/** Registers and unregisters content scripts so that exactly the enabled, granted user-added sites have one. */
export async function syncSiteRegistrations(settings: Settings): Promise<void> {
  const granted = await grantedHosts(settings);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const plan = planSiteRegistrations(
    settings.sites,
    (host) => granted.has(host),
    registered.map((script) => script.id),
  );
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length > 0) {
    await browser.scripting.registerContentScripts(
      plan.register.map(({ id, matches }) => ({
        id,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        css: [CONTENT_STYLE_FILE],
        runAt: 'document_idle' as const,
        allFrames: true,
        persistAcrossSessions: true,
      })),
    );
  }
}

/** Keeps registrations in step with settings and permissions; call once from the background entrypoint. */
export function registerSiteRegistrations(): void {
  const store = createSettingsStore(browser.storage.sync);
  let queue = Promise.resolve();
  const sync = (settings?: Settings) => {
    queue = queue
      .then(async () => syncSiteRegistrations(settings ?? (await store.load())))
      .catch((error: unknown) => reportBackgroundError('could not update site registrations', error));
  };
  store.watch(sync);
  browser.permissions.onAdded.addListener(() => sync());
  browser.permissions.onRemoved.addListener(() => sync());
  sync();
}
