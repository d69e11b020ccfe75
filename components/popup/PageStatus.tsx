import { useEffect, useState } from 'react';
import type { TabProblems } from '@/lib/messages';

/** What the popup knows of the active tab beyond its mentions. */
export interface PageStatusInfo {
  /** Errors counted for the tab (content script and background). */
  problems: TabProblems;
  /** An enabled site of the user's that the browser gives no access to: nothing runs there until granted. */
  siteWithoutAccess: string | null;
}

export interface PageStatusProps {
  loadPageStatus: () => Promise<PageStatusInfo | null>;
  /** Asks the browser for access to a site (from the click); resolves whether it was granted. */
  grantAccess: (host: string) => Promise<boolean>;
}

/** "Could not read this page" with its errors, or "no access to this site" with a button to grant it. */
export function PageStatus({ loadPageStatus, grantAccess }: PageStatusProps) {
  const [status, setStatus] = useState<PageStatusInfo | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let live = true;
    loadPageStatus().then(
      (loaded) => live && setStatus(loaded),
      () => undefined,
    );
    return () => void (live = false);
  }, [loadPageStatus]);
  if (!status) return null;
  const host = status.siteWithoutAccess;
  async function grant(site: string) {
    const granted = await grantAccess(site).catch(() => false);
    setRefused(!granted);
    if (granted) setStatus((current) => current && { ...current, siteWithoutAccess: null });
  }
  return (
    <>
      {host && (
        <section className="section page-status" aria-label="Access to this site">
          <p>
            Miner Margin has no access to {host}, so it reads nothing there.{' '}
            <button type="button" onClick={() => void grant(host)}>
              Grant access
            </button>
          </p>
          {refused && <p role="alert">Access was not granted.</p>}
        </section>
      )}
      {status.problems.count > 0 && (
        <section className="section page-status" role="status">
          <details>
            <summary>Miner Margin could not read this page — details</summary>
            <p>
              {status.problems.count === 1 ? 'One error' : `${status.problems.count} errors`} on this tab
              {status.problems.count > status.problems.messages.length ? ', the latest:' : ':'}
            </p>
            <ul>
              {status.problems.messages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          </details>
        </section>
      )}
    </>
  );
}
