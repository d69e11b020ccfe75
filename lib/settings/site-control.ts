// Per-site control from the popup: what the active tab's site is to Miner Margin (running, paused, not a site)
// and the site lists after pausing, resuming or adding it. Pure; the popup does the permission request.
import type { Site } from './schema';
import { parseSiteHost } from './sites';

export type SiteControl =
  /** Not a web page (browser pages, files, the extension's own pages). */
  | { state: 'unavailable' }
  | { state: 'running' | 'paused'; host: string; builtIn: boolean }
  /** A web page whose site is not in the list: it can be added. */
  | { state: 'absent'; host: string };

/** The listed site a hostname belongs to (the host itself or a subdomain of it; the longest match), enabled or not. */
export function siteFor(hostname: string, sites: readonly Site[]): Site | undefined {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return sites
    .filter((site) => name === site.host || name.endsWith(`.${site.host}`))
    .sort((a, b) => b.host.length - a.host.length)[0];
}

export function siteControlFor(url: string | undefined, sites: readonly Site[]): SiteControl {
  if (!url) return { state: 'unavailable' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { state: 'unavailable' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { state: 'unavailable' };
  const site = siteFor(parsed.hostname, sites);
  if (site) return { state: site.enabled ? 'running' : 'paused', host: site.host, builtIn: site.builtIn };
  const host = parseSiteHost(parsed.hostname);
  return host.ok ? { state: 'absent', host: host.host } : { state: 'unavailable' };
}

/** The sites with `host` paused (enabled false) or resumed. */
export function withSiteEnabled(sites: readonly Site[], host: string, enabled: boolean): Site[] {
  return sites.map((site) => (site.host === host ? { ...site, enabled } : site));
}

/** The sites with `host` added as a user site (enabled); unchanged when it is already listed. */
export function withSiteAdded(sites: readonly Site[], host: string): Site[] {
  if (sites.some((site) => site.host === host)) return withSiteEnabled(sites, host, true);
  return [...sites, { host, enabled: true, builtIn: false }];
}

/** True when a page's hostname belongs to a listed site that is paused (the toolbar badge says so). */
export function isPausedOn(hostname: string, sites: readonly Site[]): boolean {
  const site = siteFor(hostname, sites);
  return site !== undefined && !site.enabled;
}
