import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { readSettingsFile, writeSettingsFile } from './settings-file';

describe('settings files', () => {
  test('an exported file reads back as the same settings', () => {
    const settings = { ...DEFAULT_SETTINGS, costSource: 'fixed' as const, fixedCostUsd: 81_000 };
    expect(readSettingsFile(writeSettingsFile(settings))).toEqual({ ok: true, settings });
  });

  test('text that is not JSON is refused with a clear message', () => {
    const result = readSettingsFile('{ not json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not valid JSON/);
  });

  test.each([['[]'], ['"settings"'], ['null'], ['42']])('%s is refused as not a settings object', (text) => {
    const result = readSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/expected a JSON object/);
  });

  test('one out-of-range field rejects the whole file and is named', () => {
    const bad = { ...DEFAULT_SETTINGS, model: { ...DEFAULT_SETTINGS.model, electricityUsdPerKwh: 7 } };
    const result = readSettingsFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('model.electricityUsdPerKwh');
  });

  test('a file from an older version takes defaults for the fields it lacks', () => {
    const { display: _display, ...older } = DEFAULT_SETTINGS;
    const result = readSettingsFile(JSON.stringify({ ...older, thinMarginPct: 20 }));
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, thinMarginPct: 20 } });
  });

  test('a version-0 file is migrated', () => {
    const result = readSettingsFile(
      JSON.stringify({ electricityPrice: 0.04, thinMargin: 0.15, sites: ['coindesk.com'] }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.model.electricityUsdPerKwh).toBe(0.04);
      expect(result.settings.thinMarginPct).toBe(15);
      expect(result.settings.sites.find((site) => site.host === 'decrypt.co')?.enabled).toBe(false);
    }
  });
});
