import { SITE_HOST_PATTERN as HOST } from './field-rules';
import type { Site } from './schema';

export type HostInput = { ok: true; host: string } | { ok: false; error: string };

/** Reads what a user typed ("https://www.Example.com/news", "example.com") as a site host ("example.com"). */
export function parseSiteHost(input: string): HostInput {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { ok: false, error: 'Enter a site such as example.com.' };
  let host = trimmed;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) host = new URL(trimmed).hostname;
  } catch {
    return { ok: false, error: `“${input.trim()}” is not a web address.` };
  }
  host = host
    .replace(/\/.*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (!HOST.test(host))
    return { ok: false, error: `“${input.trim()}” is not a site name such as example.com.` };
  return { ok: true, host };
}

/** Match patterns for a site and all its subdomains. */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/** The enabled site a page's hostname belongs to (the host itself or a subdomain of it), if any. */
export function enabledSiteFor(hostname: string, sites: readonly Site[]): Site | undefined {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return sites.find((site) => site.enabled && (name === site.host || name.endsWith(`.${site.host}`)));
}

/**
 * The hostname of an absolute URL with an authority (`https://www.example.com:8080/a` → `www.example.com`), as
 * `URL#hostname` gives it for the serialized URLs a document reports; '' for a URL without one (`about:srcdoc`,
 * `blob:https://…`, `data:`).
 */
export function hostnameOfUrl(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]/?#]*\]|[^/?#:]*)/i.exec(url)?.[1] ?? '';
}
