import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import type { Settings } from './schema';
import { createSettingsStore, InvalidSettingsError, SETTINGS_STORAGE_KEY } from './store';

const area = () => fakeBrowser.storage.sync;
const stored = async () => (await area().get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
const custom: Settings = {
  ...DEFAULT_SETTINGS,
  thinMarginPct: 20,
  model: { ...DEFAULT_SETTINGS.model, electricityUsdPerKwh: 0.08 },
};

describe('createSettingsStore on storage.sync', () => {
  it('loads the defaults when nothing is stored, without writing', async () => {
    const store = createSettingsStore(area());
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toBeUndefined();
  });

  it('round-trips saved settings', async () => {
    const store = createSettingsStore(area());
    await store.save(custom);
    expect(await stored()).toEqual(custom);
    expect(await createSettingsStore(area()).load()).toEqual(custom);
  });

  it('never saves invalid settings', async () => {
    const store = createSettingsStore(area());
    await store.save(custom);
    await expect(store.save({ ...custom, thinMarginPct: -5 })).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(store.save({ ...custom, thinMarginPct: -5 })).rejects.toThrow(/thinMarginPct/);
    expect(await stored()).toEqual(custom);
  });

  it('migrates a stored version-0 value on load and writes the result back', async () => {
    await area().set({
      [SETTINGS_STORAGE_KEY]: { electricityPrice: 0.06, thinMargin: 0.2, sites: ['coindesk.com'] },
    });
    const onRepair = vi.fn();
    const settings = await createSettingsStore(area(), { onRepair }).load();
    expect(settings.model.electricityUsdPerKwh).toBe(0.06);
    expect(settings.thinMarginPct).toBe(20);
    expect(await stored()).toEqual(settings);
    expect(onRepair).toHaveBeenCalledWith(expect.objectContaining({ migratedFrom: 0 }));
  });

  it('repairs a corrupt stored value field by field, keeping the valid fields', async () => {
    await area().set({
      [SETTINGS_STORAGE_KEY]: { ...custom, display: { ...custom.display, theme: 'neon' } },
    });
    const report = await createSettingsStore(area()).loadWithReport();
    expect(report.settings).toEqual({ ...custom, display: { ...custom.display, theme: 'auto' } });
    expect(report.repairs).toEqual([expect.stringMatching(/^display\.theme: "neon"/)]);
    expect(await stored()).toEqual(report.settings);
  });

  it.each([
    ['a string', 'oops'],
    ['an array', ['a']],
    ['null', null],
  ])('loads defaults from %s', async (_label, garbage) => {
    await area().set({ [SETTINGS_STORAGE_KEY]: garbage });
    expect(await createSettingsStore(area()).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('updates nested groups field by field', async () => {
    const store = createSettingsStore(area());
    await store.save(custom);
    const next = await store.update({
      model: { overheadMultiplier: 1.5 },
      costSource: 'fixed',
      fixedCostUsd: 70_000,
    });
    expect(next.model).toEqual({ ...custom.model, overheadMultiplier: 1.5 });
    expect(await stored()).toEqual({
      ...custom,
      costSource: 'fixed',
      fixedCostUsd: 70_000,
      model: next.model,
    });
  });

  it('rejects an update that would make the settings invalid, leaving storage as it was', async () => {
    const store = createSettingsStore(area());
    await store.save(custom);
    await expect(store.update({ model: { overheadMultiplier: 0 } })).rejects.toThrow(
      /model\.overheadMultiplier/,
    );
    expect(await stored()).toEqual(custom);
  });

  it('tells watchers about changes until they unsubscribe', async () => {
    const store = createSettingsStore(area());
    const seen: Settings[] = [];
    const unsubscribe = store.watch((settings) => seen.push(settings));
    await store.save(custom);
    await area().set({ [SETTINGS_STORAGE_KEY]: { ...custom, thinMarginPct: 'wide' } });
    unsubscribe();
    await store.save(DEFAULT_SETTINGS);
    expect(seen).toEqual([custom, { ...custom, thinMarginPct: DEFAULT_SETTINGS.thinMarginPct }]);
  });
});
