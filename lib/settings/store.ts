// The one settings store: storage.sync (or any area with the same shape), key `settings`.
import { DEFAULT_SETTINGS } from './defaults';
import { repairSettings, type RepairResult } from './repair';
import { settingsSchema, type Settings } from './schema';
import { SETTINGS_STORAGE_KEY } from '../storage-keys';

export { SETTINGS_STORAGE_KEY };

interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

type ChangeListener = (changes: Record<string, StorageChangeLike>) => void;

/** What the store needs of `browser.storage.sync` (or `.local`); pass the area itself. */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged?: {
    addListener(callback: ChangeListener): void;
    removeListener(callback: ChangeListener): void;
  };
}

/** A partial update; nested groups merge field by field. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'model' | 'annotate' | 'display' | 'live'>> & {
  model?: Partial<Settings['model']>;
  annotate?: Partial<Settings['annotate']>;
  display?: Partial<Settings['display']>;
  live?: Partial<Settings['live']>;
};

export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings: ${problems.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

export interface SettingsStore {
  /** The stored settings, migrated and repaired (a repaired value is written back). Defaults when none. */
  load(): Promise<Settings>;
  /** Like load, with the repair log. */
  loadWithReport(): Promise<RepairResult>;
  /** Validates and stores; rejects with InvalidSettingsError and stores nothing when invalid. */
  save(settings: Settings): Promise<void>;
  /** Loads, applies the patch, saves and returns the result. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Calls back with the new (repaired) settings whenever they change in storage; returns an unsubscribe. */
  watch(callback: (settings: Settings) => void): () => void;
}

export interface SettingsStoreOptions {
  /** Told about each repair or migration of the stored value (the options page may show it). */
  onRepair?: (report: RepairResult) => void;
}

export function validateSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidSettingsError(
    parsed.error.issues.map((issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`),
  );
}

export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...patch,
    version: current.version,
    model: { ...current.model, ...patch.model },
    annotate: { ...current.annotate, ...patch.annotate },
    display: { ...current.display, ...patch.display },
    live: { ...current.live, ...patch.live },
  };
}

export function createSettingsStore(
  area: StorageAreaLike,
  options: SettingsStoreOptions = {},
): SettingsStore {
  async function loadWithReport(): Promise<RepairResult> {
    const stored = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    if (stored === undefined)
      return { settings: structuredClone(DEFAULT_SETTINGS), repairs: [], migratedFrom: null };
    const report = repairSettings(stored);
    if (report.repairs.length > 0 || report.migratedFrom !== null) {
      options.onRepair?.(report);
      await area.set({ [SETTINGS_STORAGE_KEY]: report.settings });
    }
    return report;
  }

  async function save(settings: Settings): Promise<void> {
    await area.set({ [SETTINGS_STORAGE_KEY]: validateSettings(settings) });
  }

  return {
    loadWithReport,
    load: async () => (await loadWithReport()).settings,
    save,
    async update(patch) {
      const next = mergeSettings((await loadWithReport()).settings, patch);
      await save(next);
      return next;
    },
    watch(callback) {
      const onChanged = area.onChanged;
      if (!onChanged) throw new TypeError('settings store: this storage area has no onChanged event');
      const listener: ChangeListener = (changes) => {
        const change = changes[SETTINGS_STORAGE_KEY];
        if (!change) return;
        callback(
          change.newValue === undefined
            ? structuredClone(DEFAULT_SETTINGS)
            : repairSettings(change.newValue).settings,
        );
      };
      onChanged.addListener(listener);
      return () => onChanged.removeListener(listener);
    },
  };
}
