// Settings as the content script reads them: the store's field checks (field-rules.ts) without the store's zod
// (~6 KB gzip of a script capped at 30 KB) and without migration (the background's store migrates and writes
// back). Each stored value the store would reset takes its default here too, so a stray value (a fixed cost of 0,
// a negative delay) never reaches a page.
import { DEFAULT_SETTINGS } from './defaults';
import { isValidSetting, isValidSite } from './field-rules';
import type { Settings, Site } from './schema';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readGroup<T extends object>(defaults: T, stored: unknown, prefix: string): T {
  const group = isPlain(stored) ? stored : {};
  const result: Plain = {};
  for (const [field, fallback] of Object.entries(defaults)) {
    const path = prefix ? `${prefix}.${field}` : field;
    result[field] = isValidSetting(path, group[field]) ? group[field] : fallback;
  }
  return result as T;
}

function readSites(stored: unknown): Site[] {
  if (!Array.isArray(stored)) return DEFAULT_SETTINGS.sites;
  const sites: Site[] = [];
  for (const entry of stored) {
    if (isValidSite(entry) && !sites.some((site) => site.host === entry.host))
      sites.push({ host: entry.host, enabled: entry.enabled, builtIn: entry.builtIn });
  }
  return stored.length > 0 && sites.length === 0 ? DEFAULT_SETTINGS.sites : sites;
}

/** Stored settings (any shape) → settings the content script can use. */
export function readSettings(stored: unknown): Settings {
  if (!isPlain(stored)) return DEFAULT_SETTINGS;
  const { costSource, fixedCostUsd, thinMarginPct } = DEFAULT_SETTINGS;
  return {
    ...readGroup({ costSource, fixedCostUsd, thinMarginPct }, stored, ''),
    version: DEFAULT_SETTINGS.version,
    model: readGroup(DEFAULT_SETTINGS.model, stored.model, 'model'),
    annotate: readGroup(DEFAULT_SETTINGS.annotate, stored.annotate, 'annotate'),
    display: readGroup(DEFAULT_SETTINGS.display, stored.display, 'display'),
    live: readGroup(DEFAULT_SETTINGS.live, stored.live, 'live'),
    sites: readSites(stored.sites),
  };
}
