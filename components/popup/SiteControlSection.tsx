import { useState } from 'react';
import type { SiteControl } from '@/lib/settings/site-control';

export interface SiteControlSectionProps {
  /** The active tab's site; null while it is read. */
  control: SiteControl | null;
  onPause: (host: string) => Promise<void>;
  onResume: (host: string, builtIn: boolean) => Promise<boolean>;
  /** Asks for the site's permission (from this click) and adds it; false when the permission was refused. */
  onAdd: (host: string) => Promise<boolean>;
}

/** Pause or resume Miner Margin on the active tab's site, or add the site when it is not in the list. */
export function SiteControlSection({ control, onPause, onResume, onAdd }: SiteControlSectionProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!control || control.state === 'unavailable') return null;

  const run = (action: () => Promise<boolean | void>, refused: string) => {
    setBusy(true);
    setMessage(null);
    action().then(
      (done) => {
        setBusy(false);
        if (done === false) setMessage(refused);
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const refused = 'Permission not granted: nothing changed.';

  return (
    <section className="section site-control" aria-label="This site">
      {control.state === 'running' && (
        <p className="site-control__row">
          <span>
            Running on <strong>{control.host}</strong>
          </span>
          <button type="button" disabled={busy} onClick={() => run(() => onPause(control.host), refused)}>
            Pause on this site
          </button>
        </p>
      )}
      {control.state === 'paused' && (
        <p className="site-control__row">
          <span>
            Paused on <strong>{control.host}</strong>
          </span>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => onResume(control.host, control.builtIn), refused)}
          >
            Resume on this site
          </button>
        </p>
      )}
      {control.state === 'absent' && (
        <p className="site-control__row">
          <span>
            Not running on <strong>{control.host}</strong>
          </span>
          <button type="button" disabled={busy} onClick={() => run(() => onAdd(control.host), refused)}>
            Add this site
          </button>
        </p>
      )}
      {message && (
        <p className="site-control__message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
