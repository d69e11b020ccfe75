import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { repairSettings } from './repair';
import { DEFAULT_SITES } from './schema';

describe('migration from version 0', () => {
  const v0 = {
    electricityPrice: 0.065,
    efficiency: 22,
    fixedCost: 80_000,
    thinMargin: 0.07,
    sites: ['coindesk.com', 'Decrypt.co', 'example.org'],
  };

  it('maps every version-0 field onto the current version', () => {
    const { settings, repairs, migratedFrom } = repairSettings(v0);
    expect(migratedFrom).toBe(0);
    expect(repairs).toEqual([]);
    expect(settings).toMatchObject({
      version: 2,
      live: DEFAULT_SETTINGS.live,
      costSource: 'fixed',
      fixedCostUsd: 80_000,
      model: {
        electricityUsdPerKwh: 0.065,
        efficiencyJPerTh: 22,
        overheadMultiplier: DEFAULT_SETTINGS.model.overheadMultiplier,
      },
      thinMarginPct: 7,
      annotate: DEFAULT_SETTINGS.annotate,
      display: DEFAULT_SETTINGS.display,
    });
  });

  it('keeps built-in sites that were not listed, switched off, and adds the user’s own sites', () => {
    const { settings } = repairSettings(v0);
    expect(settings.sites).toHaveLength(DEFAULT_SITES.length + 1);
    expect(settings.sites.find((site) => site.host === 'coindesk.com')).toEqual({
      host: 'coindesk.com',
      enabled: true,
      builtIn: true,
    });
    expect(settings.sites.find((site) => site.host === 'decrypt.co')?.enabled).toBe(true);
    expect(settings.sites.find((site) => site.host === 'theblock.co')?.enabled).toBe(false);
    expect(settings.sites.at(-1)).toEqual({ host: 'example.org', enabled: true, builtIn: false });
  });

  it('uses the model when version 0 had no fixed cost, and the curve when it had no efficiency', () => {
    const { settings } = repairSettings({ electricityPrice: 0.04, fixedCost: null, efficiency: null });
    expect(settings.costSource).toBe('model');
    expect(settings.fixedCostUsd).toBeNull();
    expect(settings.model.efficiencyJPerTh).toBeNull();
    expect(settings.sites).toEqual(DEFAULT_SETTINGS.sites);
  });

  it('repairs a corrupt version-0 field after migrating, keeping the rest', () => {
    const { settings, repairs } = repairSettings({ ...v0, electricityPrice: -1 });
    expect(settings.model.electricityUsdPerKwh).toBe(DEFAULT_SETTINGS.model.electricityUsdPerKwh);
    expect(settings.model.efficiencyJPerTh).toBe(22);
    expect(repairs).toEqual([expect.stringMatching(/^model\.electricityUsdPerKwh: -1/)]);
  });
});

describe('migration from version 1 (the foundation’s settings, before live data)', () => {
  // Exactly what the foundation's schema wrote: no `live` group, version 1.
  const v1 = {
    version: 1,
    costSource: 'model',
    fixedCostUsd: 81_000,
    model: { electricityUsdPerKwh: 0.045, efficiencyJPerTh: null, overheadMultiplier: 1.3 },
    thinMarginPct: 15,
    sites: [
      { host: 'coindesk.com', enabled: false, builtIn: true },
      { host: 'example.org', enabled: true, builtIn: false },
    ],
    annotate: { btcPrice: true, btcCost: true, btcTarget: false },
    display: { theme: 'dark', hoverDelayMs: 400, showElectricityFloor: false, showBadge: true },
  };

  it('keeps every value, adds live data switched off, and reports no repair', () => {
    const { settings, repairs, migratedFrom } = repairSettings(v1);
    expect(migratedFrom).toBe(1);
    expect(repairs).toEqual([]);
    expect(settings).toEqual({ ...v1, version: 2, live: DEFAULT_SETTINGS.live });
  });
});
