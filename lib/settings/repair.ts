// Turns whatever is in storage into valid settings without throwing: each invalid field takes its
// default and is logged; valid fields are kept.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS } from './defaults';
import { migrateToCurrent, type RawObject } from './migrate';
import { isValidSetting, isValidSite } from './field-rules';
import { SETTINGS_VERSION, settingsSchema, type Settings, type Site } from './schema';

export interface RepairResult {
  settings: Settings;
  /** One line per repaired field, e.g. `thinMarginPct: 500 is invalid, reset to 10`. */
  repairs: string[];
  /** The stored version the value was migrated from, or null when no migration ran. */
  migratedFrom: number | null;
}

const isObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const NESTED = ['model', 'annotate', 'display', 'live'] as const;
type NestedKey = (typeof NESTED)[number];

function repairNested<K extends NestedKey>(key: K, raw: unknown, repairs: string[]): Settings[K] {
  const fallback = DEFAULT_SETTINGS[key];
  if (!isObject(raw)) {
    repairs.push(`${key}: ${describe(raw)} is not an object, reset to defaults`);
    return structuredClone(fallback);
  }
  const shape = settingsSchema.shape[key].shape as Record<string, z.ZodMiniType>;
  const result: RawObject = {};
  for (const field of Object.keys(shape)) {
    const defaultValue = (fallback as RawObject)[field];
    if (isValidSetting(`${key}.${field}`, raw[field])) result[field] = raw[field];
    else {
      result[field] = defaultValue;
      repairs.push(`${key}.${field}: ${describe(raw[field])} is invalid, reset to ${describe(defaultValue)}`);
    }
  }
  for (const field of Object.keys(raw)) {
    if (!(field in shape)) repairs.push(`${key}.${field}: unknown field dropped`);
  }
  return result as Settings[K];
}

function repairSites(raw: unknown, repairs: string[]): Site[] {
  if (!Array.isArray(raw)) {
    repairs.push(`sites: ${describe(raw)} is not a list, reset to the default sites`);
    return structuredClone(DEFAULT_SETTINGS.sites);
  }
  const sites: Site[] = [];
  raw.forEach((entry, index) => {
    if (!isValidSite(entry)) repairs.push(`sites[${index}]: ${describe(entry)} is invalid, dropped`);
    else if (sites.some((site) => site.host === entry.host)) {
      repairs.push(`sites[${index}]: duplicate ${entry.host} dropped`);
    } else sites.push({ host: entry.host, enabled: entry.enabled, builtIn: entry.builtIn });
  });
  if (raw.length > 0 && sites.length === 0) {
    repairs.push('sites: no valid entry left, reset to the default sites');
    return structuredClone(DEFAULT_SETTINGS.sites);
  }
  return sites;
}

const SCALARS = ['costSource', 'fixedCostUsd', 'thinMarginPct'] as const;

/** Valid settings from any stored value, migrating old versions and repairing field by field. */
export function repairSettings(raw: unknown): RepairResult {
  const repairs: string[] = [];
  if (!isObject(raw)) {
    repairs.push(`settings: ${describe(raw)} is not an object, reset to defaults`);
    return { settings: structuredClone(DEFAULT_SETTINGS), repairs, migratedFrom: null };
  }
  const { migrated: source, from: migratedFrom } = migrateToCurrent(raw);
  if (migratedFrom === null && raw.version !== SETTINGS_VERSION) {
    repairs.push(`version: ${describe(raw.version)} is not ${SETTINGS_VERSION}, valid fields kept`);
  }

  const settings = { version: SETTINGS_VERSION } as RawObject;
  for (const key of SCALARS) {
    if (isValidSetting(key, source[key])) settings[key] = source[key];
    else {
      settings[key] = DEFAULT_SETTINGS[key];
      repairs.push(
        `${key}: ${describe(source[key])} is invalid, reset to ${describe(DEFAULT_SETTINGS[key])}`,
      );
    }
  }
  for (const key of NESTED) settings[key] = repairNested(key, source[key], repairs);
  settings.sites = repairSites(source.sites, repairs);
  const known: readonly string[] = Object.keys(settingsSchema.shape);
  for (const key of Object.keys(source)) {
    if (!known.includes(key)) repairs.push(`${key}: unknown field dropped`);
  }
  // Every field was validated on its own; this only guards against a schema change this file missed.
  return { settings: settingsSchema.parse(settings), repairs, migratedFrom };
}
