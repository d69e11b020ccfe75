import { DEFAULT_SETTINGS } from './defaults';
import { migrateToCurrent, type RawObject } from './migrate';
import { settingsSchema, type Settings } from './schema';

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; error: string };

export const SETTINGS_FILE_NAME = 'miner-margin-settings.json';

/** The text of an exported settings file. */
export function writeSettingsFile(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/**
 * Reads an imported settings file. Unlike stored settings, which are repaired field by field, a file is all or
 * nothing: any invalid field rejects it with a message naming that field, so an import never half-applies.
 * Fields the file lacks (a file from an older version) take their defaults; a version-0 file is migrated.
 */
export function readSettingsFile(text: string): SettingsFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'The file does not hold Miner Margin settings (expected a JSON object).' };
  }
  const parsed = settingsSchema.safeParse(
    withDefaultsForAbsentFields(migrateToCurrent(raw as RawObject).migrated),
  );
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'settings';
  return { ok: false, error: `The file was not imported: ${field}: ${issue?.message ?? 'invalid value'}.` };
}

function withDefaultsForAbsentFields(raw: RawObject): RawObject {
  const filled: RawObject = { ...raw };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = raw[key];
    if (value === undefined) filled[key] = fallback;
    else if (isPlainObject(fallback) && isPlainObject(value)) filled[key] = { ...fallback, ...value };
  }
  return filled;
}

const isPlainObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
