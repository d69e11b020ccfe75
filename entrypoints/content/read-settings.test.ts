import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { readSettings } from './read-settings';

describe('readSettings', () => {
  test('nothing stored → the defaults', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  test('valid stored settings are kept as they are', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      fixedCostUsd: 56_000,
      annotate: { btcPrice: false, btcCost: true, btcTarget: true },
      display: { ...DEFAULT_SETTINGS.display, theme: 'dark' as const, hoverDelayMs: 600 },
      sites: [{ host: 'example.org', enabled: true, builtIn: false }],
    };
    expect(readSettings(stored)).toEqual(stored);
  });

  test('a field of the wrong type takes its default; its neighbours are kept', () => {
    const settings = readSettings({
      ...DEFAULT_SETTINGS,
      thinMarginPct: 'ten',
      display: { ...DEFAULT_SETTINGS.display, hoverDelayMs: Number.NaN, theme: 'dark' },
    });
    expect(settings.thinMarginPct).toBe(DEFAULT_SETTINGS.thinMarginPct);
    expect(settings.display.hoverDelayMs).toBe(DEFAULT_SETTINGS.display.hoverDelayMs);
    expect(settings.display.theme).toBe('dark');
  });

  test('nullable numbers accept null and numbers only', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, fixedCostUsd: 70_000 }).fixedCostUsd).toBe(70_000);
    expect(readSettings({ ...DEFAULT_SETTINGS, fixedCostUsd: '70000' }).fixedCostUsd).toBeNull();
  });

  test('malformed sites are dropped, a missing list means the built-in sites', () => {
    expect(
      readSettings({
        ...DEFAULT_SETTINGS,
        sites: [{ host: 'a.com', enabled: true, builtIn: false }, 'b.com'],
      }).sites,
    ).toEqual([{ host: 'a.com', enabled: true, builtIn: false }]);
    expect(readSettings({ ...DEFAULT_SETTINGS, sites: undefined }).sites).toEqual(DEFAULT_SETTINGS.sites);
  });
});
