// Settings as the content script reads them, without zod (the store's repair would add ~6 KB gzip to a script
// capped at 30 KB). Storage normally holds valid settings: the options page validates before saving and the
// background's store repairs and writes back what it loads. This keeps every stored field whose type matches the
// default's and takes the default for anything else, so a stray value can never break a page.
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings, Site } from '@/lib/settings/schema';

export const SETTINGS_KEY = 'settings';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nullable number fields (their default is null). */
const NULLABLE_NUMBERS = new Set(['fixedCostUsd', 'efficiencyJPerTh']);

function overlay<T>(defaults: T, stored: unknown, key = ''): T {
  if (isPlain(defaults)) {
    if (!isPlain(stored)) return defaults;
    const result: Plain = {};
    for (const [name, value] of Object.entries(defaults)) result[name] = overlay(value, stored[name], name);
    return result as T;
  }
  if (NULLABLE_NUMBERS.has(key)) {
    return (
      stored === null || (typeof stored === 'number' && Number.isFinite(stored)) ? stored : defaults
    ) as T;
  }
  if (typeof defaults === 'number')
    return (typeof stored === 'number' && Number.isFinite(stored) ? stored : defaults) as T;
  if (typeof defaults === typeof stored) return stored as T;
  return defaults;
}

function readSites(stored: unknown): Site[] {
  if (!Array.isArray(stored)) return DEFAULT_SETTINGS.sites;
  return stored.filter(
    (site): site is Site =>
      isPlain(site) && typeof site.host === 'string' && typeof site.enabled === 'boolean',
  );
}

/** Stored settings (any shape) → settings the content script can use. */
export function readSettings(stored: unknown): Settings {
  if (!isPlain(stored)) return DEFAULT_SETTINGS;
  const settings = overlay(DEFAULT_SETTINGS, stored);
  return { ...settings, version: DEFAULT_SETTINGS.version, sites: readSites(stored.sites) };
}
