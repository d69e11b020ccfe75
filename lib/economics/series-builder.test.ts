import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { productionCost } from './production-cost';
import { readSeriesInputs } from './scripts/read-series-inputs';
import { buildSeries } from './series-builder';
import shipped from './series.json';

const economicsDir = import.meta.dirname;

describe('the shipped monthly series', () => {
  it('equals what the build script computes from lib/economics/data', () => {
    expect(shipped).toEqual(buildSeries(readSeriesInputs(economicsDir), DEFAULT_SETTINGS.model));
  });

  it('runs from January 2016 to the latest sourced month with one provenance mark per month', () => {
    expect(shipped.startMonth).toBe('2016-01');
    expect(shipped.endMonth).toBe('2026-06');
    const months = shipped.priceUsd.length;
    expect(months).toBe(126);
    for (const marks of Object.values(shipped.provenance))
      expect(marks).toMatch(new RegExp(`^[sei]{${months}}$`));
    for (const column of [
      shipped.hashrateEhs,
      shipped.costUsd,
      shipped.electricityUsd,
      shipped.efficiencyJPerTh,
    ]) {
      expect(column).toHaveLength(months);
    }
  });

  it('marks Coin Metrics months sourced and 2026 news-derived months estimated or interpolated', () => {
    const index2025Dec = shipped.priceUsd.length - 7;
    expect(shipped.provenance.priceUsd[index2025Dec]).toBe('s');
    expect(shipped.provenance.priceUsd.slice(-6)).toBe('eeeiee'); // April 2026 has no quote
    expect(shipped.provenance.hashrateEhs.slice(-6)).toBe('eiiiie'); // 21 Feb–3 Mar epoch unsourced; Apr–May too
    expect(shipped.provenance.costUsd).not.toContain('s');
  });

  it('keeps the model column consistent with productionCost on the shipped inputs', () => {
    shipped.costUsd.forEach((cost, index) => {
      const at = (values: number[]) => values[index] ?? Number.NaN;
      const expected = productionCost({
        hashrateEhs: at(shipped.hashrateEhs),
        efficiencyJPerTh: at(shipped.efficiencyJPerTh),
        electricityUsdPerKwh: DEFAULT_SETTINGS.model.electricityUsdPerKwh,
        overheadMultiplier: DEFAULT_SETTINGS.model.overheadMultiplier,
        feesBtcPerBlock: at(shipped.feesBtcPerBlock),
        subsidyBtc: at(shipped.subsidyBtcPerBlock),
        blocksPerDay: at(shipped.blocksPerDay),
      });
      expect(cost).toBe(Math.round(expected.allInUsdPerBtc));
    });
  });

  it('stays small enough for the content script (under 12 kB)', () => {
    expect(readFileSync(join(economicsDir, 'series.json')).byteLength).toBeLessThan(12_000);
  });
});
