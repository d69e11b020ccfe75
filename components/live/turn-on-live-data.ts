// Turning live data on, the one way: ask for the instance's host permission, and only if it is granted switch
// the setting on. Used by the options page's toggle and by the one-click offers (popup, first-run page).
import { parseBaseUrl } from '@/lib/live/base-url';
import type { Settings } from '@/lib/settings/schema';

export type TurnOnLiveDataResult = { ok: true; settings: Settings } | { ok: false; notice: string };

/**
 * Call straight from the click handler, before anything else awaits: browsers only show the permission prompt
 * during the user's gesture.
 */
export async function turnOnLiveData(
  settings: Settings,
  requestPermission: (origin: string) => Promise<boolean>,
): Promise<TurnOnLiveDataResult> {
  const target = parseBaseUrl(settings.live.baseUrl);
  if (!target.ok) return { ok: false, notice: target.error };
  const granted = await requestPermission(target.permissionOrigin).catch(() => false);
  if (!granted) {
    return {
      ok: false,
      notice: `Permission to reach ${target.baseUrl} was not granted, so live data stays off.`,
    };
  }
  return { ok: true, settings: { ...settings, live: { ...settings.live, enabled: true } } };
}
