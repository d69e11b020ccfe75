import type { Settings } from '../settings/schema';
import { parseBaseUrl } from './base-url';

/**
 * The settings once the browser has granted `origins`: live data turned on when they include the live instance's
 * origin and it was off; null when nothing changes. A button that asks for that origin (popup, first-run page)
 * may not live to see the answer: a popup closes when the browser's prompt takes focus, so the background applies
 * the grant instead.
 */
export function liveSettingsAfterGrant(settings: Settings, origins: readonly string[]): Settings | null {
  if (settings.live.enabled) return null;
  const target = parseBaseUrl(settings.live.baseUrl);
  if (!target.ok || !origins.includes(target.permissionOrigin)) return null;
  return { ...settings, live: { ...settings.live, enabled: true } };
}
