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

  it('maps every version-0 field onto version 1', () => {
    const { settings, repairs, migratedFrom } = repairSettings(v0);
    expect(migratedFrom).toBe(0);
    expect(repairs).toEqual([]);
    expect(settings).toMatchObject({
      version: 1,
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
