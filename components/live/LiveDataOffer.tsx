import { useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { turnOnLiveData } from './turn-on-live-data';

export interface LiveDataOfferProps {
  settings: Settings;
  /** browser.permissions.request for one origin pattern; called straight from the click (a user gesture). */
  requestPermission(origin: string): Promise<boolean>;
  /** Stores the settings with live data on. */
  save(next: Settings): Promise<void> | void;
  /** Button text; names the instance by default. */
  label?: string;
}

/** One click to live figures: the browser's permission prompt comes from this click, then live data is on. */
export function LiveDataOffer({ settings, requestPermission, save, label }: LiveDataOfferProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const host = settings.live.baseUrl.replace(/^https?:\/\//, '');

  async function handleClick() {
    setNotice(null);
    setBusy(true);
    try {
      const result = await turnOnLiveData(settings, requestPermission);
      if (result.ok) await save(result.settings);
      else setNotice(result.notice);
    } finally {
      setBusy(false);
    }
  }

  if (settings.live.enabled) {
    return (
      <p className="live-offer live-offer--on" role="status">
        Live data is on ({host}); fresh figures replace the bundled ones once they arrive.
      </p>
    );
  }
  return (
    <div className="live-offer">
      <button type="button" className="live-offer__button" disabled={busy} onClick={() => void handleClick()}>
        {label ?? `Use live data from ${host}`}
      </button>
      {notice && (
        <p className="error" role="alert">
          {notice}
        </p>
      )}
    </div>
  );
}
