import { DEFAULT_SITES, SETTINGS_VERSION, type Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  costSource: 'model',
  fixedCostUsd: null,
  model: {
    electricityUsdPerKwh: 0.05,
    efficiencyJPerTh: null,
    overheadMultiplier: 1.25,
  },
  thinMarginPct: 10,
  sites: DEFAULT_SITES.map((host) => ({ host, enabled: true, builtIn: true })),
  annotate: { btcPrice: true, btcCost: false, btcTarget: false },
  display: { theme: 'auto', hoverDelayMs: 250, showElectricityFloor: true, showBadge: true },
  live: { enabled: false, baseUrl: 'https://mempool.space', refreshMinutes: 30, maxAgeHours: 6 },
};
