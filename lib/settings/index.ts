// Settings: schema and defaults, migration and field-by-field repair, and the storage-backed store.
export * from './schema';
export { DEFAULT_SETTINGS } from './defaults';
export { repairSettings, type RepairResult } from './repair';
export { isVersion0, migrateToCurrent, migrateV0ToV1, migrateV1ToV2 } from './migrate';
export {
  createSettingsStore,
  InvalidSettingsError,
  mergeSettings,
  SETTINGS_STORAGE_KEY,
  validateSettings,
  type SettingsPatch,
  type SettingsStore,
  type SettingsStoreOptions,
  type StorageAreaLike,
} from './store';
