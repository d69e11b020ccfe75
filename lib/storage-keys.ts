// Every key the extension keeps in browser storage, declared once.

/** storage.sync: the user's settings (lib/settings). */
export const SETTINGS_STORAGE_KEY = 'settings';

/** storage.local: the optional live data and its status (lib/live/live-data-state.ts). */
export const LIVE_DATA_STORAGE_KEY = 'liveData';

/** storage.session: errors per tab (entrypoints/background/error-log.ts), kept while the worker sleeps. */
export const TAB_PROBLEMS_STORAGE_KEY = 'tabProblems';
