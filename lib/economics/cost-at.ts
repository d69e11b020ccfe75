import type { Settings } from '../settings/schema';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { scheduledSubsidy } from './halvings';
import {
  interpolate,
  interpolatedProvenance,
  locate,
  MONTH_COUNT,
  SERIES,
  type SeriesLocation,
} from './monthly-series';
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

let blockReward: number[] | undefined;

/**
 * A monthly cost per BTC read at a date with that day's block subsidy. A month's cost divides its
 * electricity per block by the month's mean reward, which in a halving month mixes both subsidies; so
 * between two months whose subsidy differs from the day's (the halving months and their neighbours),
 * the cost per block (cost × reward, smooth across a halving) is interpolated and divided by the day's
 * reward: scheduled subsidy + interpolated fees. Elsewhere the plain interpolation is kept.
 */
function costOnDay(costs: readonly number[], location: SeriesLocation, date: Date): number {
  const { lower, upper } = location;
  const subsidy = scheduledSubsidy(date);
  const monthlySubsidy = SERIES.subsidyBtcPerBlock;
  if (location.clamped || (monthlySubsidy[lower] === subsidy && monthlySubsidy[upper] === subsidy)) {
    return interpolate(costs, location);
  }
  blockReward ??= monthlySubsidy.map((value, index) => value + (SERIES.feesBtcPerBlock[index] ?? Number.NaN));
  const reward = blockReward;
  const perBlock = (index: number) => (costs[index] ?? Number.NaN) * (reward[index] ?? Number.NaN);
  const costPerBlock = perBlock(lower) + location.weight * (perBlock(upper) - perBlock(lower));
  return costPerBlock / (subsidy + interpolate(SERIES.feesBtcPerBlock, location));
}

/**
 * Production cost per BTC at a date: the model's all-in cost (interpolated between month midpoints with
 * the day's block subsidy, clamped and flagged outside the series), or the user's fixed cost when
 * `costSource` is 'fixed'.
 * `electricityUsd` is always the model's electricity floor for that date.
 */
export function costAt(date: Date, settings?: CostSettings): CostAt {
  const location = locate(date);
  const model = settings?.model ?? DEFAULT_SETTINGS.model;
  const costs = monthlyCosts(model);
  const electricityUsd = costOnDay(costs.electricity, location, date);
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
    usd: costOnDay(costs.allIn, location, date),
    electricityUsd,
    month: location.month,
    clamped: location.clamped,
    // A constant efficiency chosen by the user is not the sourced curve; the rest keeps the series' marks.
    provenance: model.efficiencyJPerTh === null ? provenance : 'estimated',
    source: 'model',
  };
}
