import type { Site } from './schema';
import { sitePatterns } from './sites';

/** Content scripts registered at run time for user-added sites carry this id prefix. */
export const SITE_SCRIPT_PREFIX = 'miner-margin-site:';

export interface SiteScript {
  id: string;
  matches: string[];
}

export interface RegistrationPlan {
  register: SiteScript[];
  unregister: string[];
}

/**
 * What to register and unregister so that exactly the enabled user-added sites the browser has granted access
 * to get the content script. Built-in sites are in the manifest and never registered here.
 */
export function planSiteRegistrations(
  sites: readonly Site[],
  isGranted: (host: string) => boolean,
  registeredIds: readonly string[],
): RegistrationPlan {
  const wanted = new Map(
    sites
      .filter((site) => !site.builtIn && site.enabled && isGranted(site.host))
      .map((site): [string, string[]] => [`${SITE_SCRIPT_PREFIX}${site.host}`, sitePatterns(site.host)]),
  );
  const ours: string[] = registeredIds.filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
  return {
    register: [...wanted].filter(([id]) => !ours.includes(id)).map(([id, matches]) => ({ id, matches })),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
