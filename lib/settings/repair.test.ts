import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { repairSettings } from './repair';
import type { Settings } from './schema';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  costSource: 'fixed',
  fixedCostUsd: 65_000,
  model: { electricityUsdPerKwh: 0.07, efficiencyJPerTh: 21, overheadMultiplier: 1.4 },
  thinMarginPct: 15,
  sites: [
    { host: 'coindesk.com', enabled: false, builtIn: true },
    { host: 'example.org', enabled: true, builtIn: false },
  ],
  display: { ...DEFAULT_SETTINGS.display, theme: 'dark' },
};

describe('repairSettings', () => {
  it('keeps valid settings unchanged, with no repairs', () => {
    expect(repairSettings(structuredClone(custom))).toEqual({
      settings: custom,
      repairs: [],
      migratedFrom: null,
    });
  });

  it('resets only the corrupt fields and logs each one', () => {
    const corrupt = {
      ...structuredClone(custom),
      thinMarginPct: 500,
      model: { ...custom.model, electricityUsdPerKwh: 'cheap' },
      display: { ...custom.display, hoverDelayMs: -4 },
    };
    const { settings, repairs } = repairSettings(corrupt);
    expect(settings).toEqual({
      ...custom,
      thinMarginPct: DEFAULT_SETTINGS.thinMarginPct,
      model: { ...custom.model, electricityUsdPerKwh: DEFAULT_SETTINGS.model.electricityUsdPerKwh },
      display: { ...custom.display, hoverDelayMs: DEFAULT_SETTINGS.display.hoverDelayMs },
    });
    expect(repairs).toHaveLength(3);
    expect(repairs.join('\n')).toMatch(/thinMarginPct: 500/);
    expect(repairs.join('\n')).toMatch(/model\.electricityUsdPerKwh: "cheap"/);
    expect(repairs.join('\n')).toMatch(/display\.hoverDelayMs: -4/);
  });

  it('drops invalid and duplicate site entries but keeps the valid ones', () => {
    const { settings, repairs } = repairSettings({
      ...structuredClone(custom),
      sites: [
        custom.sites[0],
        { host: 'NOT A HOST', enabled: true, builtIn: false },
        custom.sites[1],
        custom.sites[1],
      ],
    });
    expect(settings.sites).toEqual(custom.sites);
    expect(repairs).toEqual([
      expect.stringMatching(/sites\[1\].*dropped/),
      expect.stringMatching(/sites\[3\]: duplicate/),
    ]);
  });

  it('fills missing fields with defaults and drops unknown ones', () => {
    const { costSource: _gone, ...partial } = structuredClone(custom);
    const { settings, repairs } = repairSettings({ ...partial, colour: 'blue' });
    expect(settings).toEqual({ ...custom, costSource: DEFAULT_SETTINGS.costSource });
    expect(repairs).toEqual([expect.stringMatching(/costSource: missing/), 'colour: unknown field dropped']);
  });

  it.each([
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['null', null],
    ['a number', 42],
  ])('turns %s into the defaults, logged', (_label, garbage) => {
    const { settings, repairs } = repairSettings(garbage);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]).toMatch(/^settings: .* not an object/);
  });

  it('keeps the valid fields of a value with an unknown version, and says so', () => {
    const { settings, repairs } = repairSettings({ ...structuredClone(custom), version: 7 });
    expect(settings).toEqual(custom);
    expect(repairs).toEqual([expect.stringMatching(/^version: 7/)]);
  });
});
