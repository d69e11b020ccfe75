import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { LiveDataState } from '@/lib/live/live-data-state';
import { settingsSchema, type Settings } from '@/lib/settings/schema';
import { AnnotateSection } from './AnnotateSection';
import { CostPreview } from './CostPreview';
import { CostSection } from './CostSection';
import { DisplaySection } from './DisplaySection';
import { LiveDataSection } from './LiveDataSection';
import { MarginBandSection } from './MarginBandSection';
import { SettingsFileSection } from './SettingsFileSection';
import { SitesSection } from './SitesSection';

export interface OptionsPageProps {
  initialSettings: Settings;
  /** Fields that were invalid in storage and were reset to defaults when loading. */
  repairs?: string[];
  save(settings: Settings): Promise<void>;
  requestSitePermission(host: string): Promise<boolean>;
  releaseSitePermission(host: string): Promise<void>;
  hasSitePermission?(host: string): Promise<boolean>;
  /** The stored live-data state, kept current by the page. */
  liveData: LiveDataState;
  /** Asks the browser for access to a mempool instance (an origin pattern). */
  requestLivePermission(origin: string): Promise<boolean>;
  /** Asks the background to refresh live data now. */
  refreshLiveData(): Promise<LiveDataState>;
  now?: Date;
  /** How long edits settle before they are written (storage.sync limits writes per minute). */
  saveDelayMs?: number;
}

type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: Date } | { kind: 'error'; text: string };

/** The options page: every control saves valid values on its own; invalid ones are explained and never saved. */
export function OptionsPage({
  initialSettings,
  repairs = [],
  save,
  requestSitePermission,
  releaseSitePermission,
  hasSitePermission,
  liveData,
  requestLivePermission,
  refreshLiveData,
  now = new Date(),
  saveDelayMs = 250,
}: OptionsPageProps) {
  const [settings, setSettings] = useState(initialSettings);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // Remounts the fields after an import or reset so their text shows the new values.
  const [revision, setRevision] = useState(0);
  const pending = useRef<{ settings: Settings; timer: ReturnType<typeof setTimeout> } | null>(null);

  const write = useCallback(
    async (next: Settings) => {
      try {
        await save(next);
        setSaveState({ kind: 'saved', at: new Date() });
      } catch (error) {
        setSaveState({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      }
    },
    [save],
  );

  const flush = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    void write(job.settings);
  }, [write]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  function update(next: Settings, { immediately = false } = {}) {
    const valid = settingsSchema.safeParse(next);
    if (!valid.success) {
      setSaveState({ kind: 'error', text: 'That change is not valid and was not saved.' });
      return;
    }
    setSettings(valid.data);
    setSaveState({ kind: 'pending' });
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { settings: valid.data, timer: setTimeout(flush, immediately ? 0 : saveDelayMs) };
  }

  function replaceAll(next: Settings) {
    update(next, { immediately: true });
    setRevision((value) => value + 1);
  }

  return (
    <main className="options">
      <header>
        <h1>Miner Margin settings</h1>
        <p className="save-state" role="status" aria-live="polite">
          {saveState.kind === 'pending' && 'Saving…'}
          {saveState.kind === 'saved' && 'All changes saved.'}
          {saveState.kind === 'error' && `Not saved: ${saveState.text}`}
        </p>
      </header>
      {repairs.length > 0 && (
        <div className="notice" role="alert">
          <p>Some stored settings were damaged and were reset to their defaults; the rest were kept:</p>
          <ul>
            {repairs.map((repair) => (
              <li key={repair}>{repair}</li>
            ))}
          </ul>
        </div>
      )}
      <div key={revision} className="sections">
        <CostSection settings={settings} onChange={update} />
        <CostPreview settings={settings} now={now} />
        <MarginBandSection settings={settings} now={now} onChange={update} />
        <AnnotateSection settings={settings} onChange={update} />
        <SitesSection
          settings={settings}
          onChange={(next) => update(next, { immediately: true })}
          requestSitePermission={requestSitePermission}
          releaseSitePermission={releaseSitePermission}
          hasSitePermission={hasSitePermission}
        />
        <LiveDataSection
          settings={settings}
          onChange={(next) => update(next, { immediately: true })}
          liveData={liveData}
          requestPermission={requestLivePermission}
          refreshNow={refreshLiveData}
          now={now}
        />
        <DisplaySection settings={settings} onChange={update} />
      </div>
      <SettingsFileSection
        settings={settings}
        onImport={replaceAll}
        onReset={() => replaceAll(structuredClone(DEFAULT_SETTINGS))}
      />
    </main>
  );
}
