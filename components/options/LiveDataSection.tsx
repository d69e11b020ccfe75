import { useId, useState } from 'react';
import { turnOnLiveData } from '@/components/live/turn-on-live-data';
import { parseBaseUrl } from '@/lib/live/base-url';
import { formatAge } from '@/lib/live/describe-source';
import type { LiveDataState } from '@/lib/live/live-data-state';
import { LIMITS } from '@/lib/settings/limits';
import type { Settings } from '@/lib/settings/schema';
import { formatUsd } from '@/lib/format';
import { NumberField } from './NumberField';

export interface LiveDataSectionProps {
  settings: Settings;
  onChange(next: Settings): void;
  /** The stored live-data state (storage.local `liveData`), kept current by the page. */
  liveData: LiveDataState;
  /** browser.permissions.request for one origin pattern; called straight from the click (a user gesture). */
  requestPermission(origin: string): Promise<boolean>;
  /** Sends `refresh-live-data` to the background; resolves with the new state. */
  refreshNow(): Promise<LiveDataState>;
  now?: Date;
}

const time = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit' });

/** Optional live price, hashrate and fees from a mempool instance: off until the user turns it on. */
export function LiveDataSection({
  settings,
  onChange,
  liveData,
  requestPermission,
  refreshNow,
  now = new Date(),
}: LiveDataSectionProps) {
  const id = useId();
  const { live } = settings;
  const set = (patch: Partial<Settings['live']>) => onChange({ ...settings, live: { ...live, ...patch } });
  const [urlText, setUrlText] = useState(live.baseUrl);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [shown, setShown] = useState(liveData);
  // The answer to "Refresh now" shows until the page passes a state at least as recent.
  const state = (shown.status.lastAttemptAt ?? 0) > (liveData.status.lastAttemptAt ?? 0) ? shown : liveData;

  function handleUrl(text: string) {
    setUrlText(text);
    const parsed = parseBaseUrl(text);
    if (!parsed.ok) {
      setUrlError(parsed.error);
      return;
    }
    setUrlError(null);
    if (parsed.baseUrl !== live.baseUrl) set({ baseUrl: parsed.baseUrl });
  }

  async function handleToggle(enabled: boolean) {
    setNotice(null);
    if (!enabled) {
      set({ enabled: false });
      return;
    }
    const result = await turnOnLiveData(settings, requestPermission);
    if (result.ok) onChange(result.settings);
    else setNotice(result.notice);
  }

  async function handleRefresh() {
    setRefreshing(true);
    try {
      setShown(await refreshNow());
    } catch (error) {
      setNotice(`Refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setRefreshing(false);
    }
  }

  const { snapshot, status } = state;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Live data</h2>
      <p className="help">
        Off by default. When on, the extension asks a mempool instance for today&apos;s price, hashrate and
        fees and uses them for today&apos;s figures while they are fresh; nothing else is sent.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={live.enabled}
          onChange={(event) => void handleToggle(event.target.checked)}
        />
        Fetch live price, hashrate and fees
      </label>
      {notice && (
        <p className="error" role="alert">
          {notice}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-url`}>mempool instance</label>
        <div className="field-input">
          <input
            id={`${id}-url`}
            type="url"
            value={urlText}
            disabled={live.enabled}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={`${id}-url-help${urlError ? ` ${id}-url-error` : ''}`}
            onChange={(event) => handleUrl(event.target.value)}
          />
        </div>
        <p id={`${id}-url-help`} className="help">
          https://mempool.space or your own node (http is allowed only for localhost and 127.0.0.1).
          {live.enabled && ' Turn live data off to change it.'}
        </p>
        {urlError && (
          <p id={`${id}-url-error`} className="error" role="alert">
            {urlError}
          </p>
        )}
      </div>
      <NumberField
        label="Refresh every"
        unit="min"
        help="How often the background asks the instance again (longer after errors)."
        value={live.refreshMinutes}
        min={LIMITS.liveRefreshMinutes.min}
        max={LIMITS.liveRefreshMinutes.max}
        step={5}
        onValidChange={(refreshMinutes) => set({ refreshMinutes })}
      />
      <NumberField
        label="Use live figures for"
        unit="h"
        help="Older live figures are not used; the bundled monthly series is."
        value={live.maxAgeHours}
        min={LIMITS.liveMaxAgeHours.min}
        max={LIMITS.liveMaxAgeHours.max}
        step={1}
        onValidChange={(maxAgeHours) => set({ maxAgeHours })}
      />
      <div className="live-status">
        <p role={status.state === 'error' ? 'alert' : 'status'}>
          {status.state === 'error' ? 'Error: ' : ''}
          {status.message}
          {status.lastAttemptAt !== null && ` (tried ${formatAge(now.getTime() - status.lastAttemptAt)})`}
        </p>
        {snapshot && (
          <p className="help">
            Last good data: {formatUsd(snapshot.priceUsd)}, {Math.round(snapshot.hashrateEhs)} EH/s, fetched{' '}
            {formatAge(now.getTime() - snapshot.fetchedAt)}.
          </p>
        )}
        {live.enabled && status.nextAttemptAt !== null && (
          <p className="help">Next refresh at {time.format(status.nextAttemptAt)}.</p>
        )}
        <button type="button" disabled={!live.enabled || refreshing} onClick={() => void handleRefresh()}>
          {refreshing ? 'Refreshing…' : 'Refresh now'}
        </button>
      </div>
    </section>
  );
}
