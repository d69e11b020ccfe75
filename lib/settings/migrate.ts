// Settings migrations. Version 0 is the shape stored before settings carried a version number:
//
//   {
//     electricityPrice: number,      // $/kWh
//     efficiency: number | null,     // J/TH; null or absent = the dated network-average curve
//     fixedCost: number | null,      // $/BTC; a number meant "use my own cost instead of the model"
//     thinMargin: number,            // a fraction: 0.1 = a 10 % thin-margin band
//     sites: string[],               // the hosts to annotate (built-in sites missing from it were off)
//   }
//
// It had no cost-source switch, overhead multiplier, mention kinds or display preferences; those take
// their defaults. Migration only reshapes: values are validated afterwards, field by field, by repairSettings.
import { DEFAULT_SETTINGS } from './defaults';
import { DEFAULT_SITES } from './schema';

const V0_KEYS = ['electricityPrice', 'efficiency', 'fixedCost', 'thinMargin', 'sites'] as const;

export type RawObject = Record<string, unknown>;

/** True for a stored object in the version-0 shape: no version, and at least one version-0 field. */
export function isVersion0(raw: RawObject): boolean {
  return (raw.version === undefined || raw.version === 0) && V0_KEYS.some((key) => key in raw);
}

function migrateSites(sites: unknown): unknown {
  if (!Array.isArray(sites)) return sites;
  const hosts = sites
    .filter((host): host is string => typeof host === 'string')
    .map((host) => host.trim().toLowerCase());
  const builtIn: readonly string[] = DEFAULT_SITES;
  return [
    ...DEFAULT_SITES.map((host) => ({ host, enabled: hosts.includes(host), builtIn: true })),
    ...[...new Set(hosts)]
      .filter((host) => !builtIn.includes(host))
      .map((host) => ({ host, enabled: true, builtIn: false })),
  ];
}

/** Reshapes a version-0 object into the version-1 shape (unvalidated; absent fields stay absent). */
export function migrateV0ToV1(raw: RawObject): RawObject {
  const migrated: RawObject = {
    version: 1,
    model: {
      electricityUsdPerKwh: raw.electricityPrice ?? DEFAULT_SETTINGS.model.electricityUsdPerKwh,
      efficiencyJPerTh: raw.efficiency ?? null,
      overheadMultiplier: DEFAULT_SETTINGS.model.overheadMultiplier,
    },
    annotate: DEFAULT_SETTINGS.annotate,
    display: DEFAULT_SETTINGS.display,
    live: DEFAULT_SETTINGS.live,
  };
  if ('fixedCost' in raw) {
    migrated.fixedCostUsd = raw.fixedCost;
    migrated.costSource = typeof raw.fixedCost === 'number' ? 'fixed' : 'model';
  } else {
    migrated.fixedCostUsd = null;
    migrated.costSource = 'model';
  }
  if ('thinMargin' in raw) {
    // A fraction then, a percentage now; rounded so 0.07 becomes 7, not 7.000000000000001.
    migrated.thinMarginPct =
      typeof raw.thinMargin === 'number' ? Math.round(raw.thinMargin * 100 * 1e6) / 1e6 : raw.thinMargin;
  }
  if ('sites' in raw) migrated.sites = migrateSites(raw.sites);
  return migrated;
}

/** Version 2 added the `live` group (optional live data, off); a version-1 object gets its defaults. */
export function migrateV1ToV2(raw: RawObject): RawObject {
  return { ...raw, version: 2, live: raw.live ?? structuredClone(DEFAULT_SETTINGS.live) };
}

/** Brings a stored object of any known version to the current shape; `from` is null when it already was. */
export function migrateToCurrent(raw: RawObject): { migrated: RawObject; from: number | null } {
  if (isVersion0(raw)) return { migrated: migrateV1ToV2(migrateV0ToV1(raw)), from: 0 };
  if (raw.version === 1) return { migrated: migrateV1ToV2(raw), from: 1 };
  return { migrated: raw, from: null };
}
