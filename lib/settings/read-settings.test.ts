import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import fc from 'fast-check';
import { readSettings } from './read-settings';
import { repairSettings } from './repair';

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

  test('values out of range take their default, as the store would reset them (a fixed cost of 0)', () => {
    const settings = readSettings({
      ...DEFAULT_SETTINGS,
      costSource: 'fixed',
      fixedCostUsd: 0,
      thinMarginPct: 500,
      display: { ...DEFAULT_SETTINGS.display, hoverDelayMs: -4, theme: 'neon' },
    });
    expect(settings.costSource).toBe('fixed');
    expect(settings.fixedCostUsd).toBeNull();
    expect(settings.thinMarginPct).toBe(DEFAULT_SETTINGS.thinMarginPct);
    expect(settings.display.hoverDelayMs).toBe(DEFAULT_SETTINGS.display.hoverDelayMs);
    expect(settings.display.theme).toBe('auto');
  });

  test('reads any current-version value exactly as the store repairs it', () => {
    const anyValue = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer({ min: -10, max: 20_000_000 }),
      fc.constantFrom('fixed', 'model', 'dark', 'neon', 'example.org', 'https://mempool.space', ''),
    );
    const group = (defaults: object) =>
      fc.record(Object.fromEntries(Object.keys(defaults).map((field) => [field, anyValue])));
    const site = fc.record({
      host: fc.constantFrom('coindesk.com', 'example.org', 'NOT A HOST', 'a.b'),
      enabled: fc.oneof(fc.boolean(), anyValue),
      builtIn: fc.boolean(),
    });
    const stored = fc.record({
      version: fc.constant(DEFAULT_SETTINGS.version),
      costSource: anyValue,
      fixedCostUsd: anyValue,
      thinMarginPct: anyValue,
      model: fc.oneof(group(DEFAULT_SETTINGS.model), anyValue),
      annotate: group(DEFAULT_SETTINGS.annotate),
      display: group(DEFAULT_SETTINGS.display),
      live: group(DEFAULT_SETTINGS.live),
      sites: fc.oneof(fc.array(site, { maxLength: 4 }), anyValue),
    });
    fc.assert(
      fc.property(stored, (value) => {
        expect(readSettings(value)).toEqual(repairSettings(value).settings);
      }),
      { numRuns: 300 },
    );
  });
});
