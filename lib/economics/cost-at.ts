import type { Settings } from '../settings/schema';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { interpolate, interpolatedProvenance, locate, MONTH_COUNT, SERIES } from './monthly-series';
import { productionCost } from './production-cost';
import type { CostAt } from './types';

export type CostSettings = Pick<Settings, 'costSource' | 'fixedCostUsd' | 'model'>;

interface MonthlyCosts {
  allIn: number[];
  electricity: number[];
}

const cache = new Map<string, MonthlyCosts>();

function isDefaultModel(model: Settings['model']): boolean {
  const defaults = DEFAULT_SETTINGS.model;
  return (
    model.electricityUsdPerKwh === defaults.electricityUsdPerKwh &&
    model.overheadMultiplier === defaults.overheadMultiplier &&
    model.efficiencyJPerTh === defaults.efficiencyJPerTh
  );
}

/** The model's cost for every month with the given model inputs (the shipped columns for the defaults). */
function monthlyCosts(model: Settings['model']): MonthlyCosts {
  if (isDefaultModel(model)) return { allIn: SERIES.costUsd, electricity: SERIES.electricityUsd };
  const key = JSON.stringify([model.electricityUsdPerKwh, model.overheadMultiplier, model.efficiencyJPerTh]);
  const cached = cache.get(key);
  if (cached) return cached;
  const costs: MonthlyCosts = { allIn: [], electricity: [] };
  for (let index = 0; index < MONTH_COUNT; index++) {
    const cost = productionCost({
      hashrateEhs: SERIES.hashrateEhs[index] ?? Number.NaN,
      efficiencyJPerTh: model.efficiencyJPerTh ?? SERIES.efficiencyJPerTh[index] ?? Number.NaN,
      electricityUsdPerKwh: model.electricityUsdPerKwh,
      overheadMultiplier: model.overheadMultiplier,
      feesBtcPerBlock: SERIES.feesBtcPerBlock[index] ?? Number.NaN,
      subsidyBtc: SERIES.subsidyBtcPerBlock[index] ?? Number.NaN,
      blocksPerDay: SERIES.blocksPerDay[index] ?? Number.NaN,
    });
    costs.allIn.push(cost.allInUsdPerBtc);
    costs.electricity.push(cost.electricityUsdPerBtc);
  }
  cache.set(key, costs);
  return costs;
}

/**
 * Production cost per BTC at a date: the model's all-in cost (interpolated between month midpoints,
 * clamped and flagged outside the series), or the user's fixed cost when `costSource` is 'fixed'.
 * `electricityUsd` is always the model's electricity floor for that date.
 */
export function costAt(date: Date, settings?: CostSettings): CostAt {
  const location = locate(date);
  const model = settings?.model ?? DEFAULT_SETTINGS.model;
  const costs = monthlyCosts(model);
  const electricityUsd = interpolate(costs.electricity, location);
  const fixed = settings?.costSource === 'fixed' ? settings.fixedCostUsd : null;
  if (fixed !== null) {
    if (!Number.isFinite(fixed) || fixed <= 0) {
      throw new RangeError(`fixedCostUsd: expected a positive number, got ${String(fixed)}`);
    }
    return {
      usd: fixed,
      electricityUsd,
      month: location.month,
      clamped: location.clamped,
      provenance: 'estimated',
      source: 'fixed',
    };
  }
  const provenance = interpolatedProvenance('costUsd', location);
  return {
    usd: interpolate(costs.allIn, location),
    electricityUsd,
    month: location.month,
    clamped: location.clamped,
    // A constant efficiency chosen by the user is not the sourced curve; the rest keeps the series' marks.
    provenance: model.efficiencyJPerTh === null ? provenance : 'estimated',
    source: 'model',
  };
}
