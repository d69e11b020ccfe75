import { useEffect, useId, useState, type FormEvent } from 'react';
import { parseSiteHost } from '@/lib/settings/sites';
import type { Settings, Site } from '@/lib/settings/schema';

export interface SitesSectionProps {
  settings: Settings;
  onChange(next: Settings): void;
  /** Asks the browser for access to a site the user adds; resolves false when refused. */
  requestSitePermission(host: string): Promise<boolean>;
  /** Gives back access to a site the user removed. */
  releaseSitePermission(host: string): Promise<void>;
  /**
   * Whether the browser gives access to a site. A site that came by sync or a settings import has none until
   * granted here; without this, such sites are not checked.
   */
  hasSitePermission?(host: string): Promise<boolean>;
}

/** The news sites Miner Margin runs on: the defaults, each toggleable, and the user's own. */
export function SitesSection({
  settings,
  onChange,
  requestSitePermission,
  releaseSitePermission,
  hasSitePermission,
}: SitesSectionProps) {
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [withoutAccess, setWithoutAccess] = useState<readonly string[]>([]);
  const enabledHosts = settings.sites
    .filter((site) => site.enabled)
    .map((site) => site.host)
    .join(' ');
  useEffect(() => {
    if (!hasSitePermission) return;
    let live = true;
    const hosts = enabledHosts.split(' ').filter(Boolean);
    void Promise.all(hosts.map((host) => hasSitePermission(host).catch(() => true))).then((granted) => {
      if (live) setWithoutAccess(hosts.filter((_, index) => !granted[index]));
    });
    return () => void (live = false);
  }, [enabledHosts, hasSitePermission]);

  async function grant(host: string) {
    const granted = await requestSitePermission(host).catch(() => false);
    if (granted) setWithoutAccess((hosts) => hosts.filter((other) => other !== host));
    else setError(`Access to ${host} was not granted.`);
  }

  const setSites = (sites: Site[]) => onChange({ ...settings, sites });
  const toggle = (host: string, enabled: boolean) =>
    setSites(settings.sites.map((site) => (site.host === host ? { ...site, enabled } : site)));

  async function add(event: FormEvent) {
    event.preventDefault();
    const parsed = parseSiteHost(draft);
    if (!parsed.ok) return setError(parsed.error);
    if (settings.sites.some((site) => site.host === parsed.host)) {
      return setError(`${parsed.host} is already in the list.`);
    }
    setBusy(true);
    try {
      const granted = await requestSitePermission(parsed.host);
      if (!granted) return setError(`Access to ${parsed.host} was not granted, so it was not added.`);
      setSites([...settings.sites, { host: parsed.host, enabled: true, builtIn: false }]);
      setDraft('');
      setError(null);
    } catch (reason) {
      setError(`Could not add ${parsed.host}: ${reason instanceof Error ? reason.message : String(reason)}`);
    } finally {
      setBusy(false);
    }
  }

  function remove(host: string) {
    setSites(settings.sites.filter((site) => site.host !== host));
    void releaseSitePermission(host);
  }

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p className="help">Miner Margin reads pages only on these sites and their subdomains.</p>
      <ul className="sites">
        {settings.sites.map((site) => (
          <li key={site.host}>
            <label className="choice">
              <input
                type="checkbox"
                checked={site.enabled}
                onChange={(event) => toggle(site.host, event.target.checked)}
              />
              {site.host}
            </label>
            {site.enabled && withoutAccess.includes(site.host) && (
              <button type="button" onClick={() => void grant(site.host)}>
                Grant access<span className="visually-hidden"> to {site.host}</span>
              </button>
            )}
            {!site.builtIn && (
              <button type="button" className="secondary" onClick={() => remove(site.host)}>
                Remove<span className="visually-hidden"> {site.host}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="add-site" noValidate>
        <label htmlFor={inputId}>Add a site</label>
        <div className="field-input">
          <input
            id={inputId}
            type="text"
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
          />
          <button type="submit" disabled={busy}>
            Add
          </button>
        </div>
        {error && (
          <p id={`${inputId}-error`} className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
