// Today's production cost from a live snapshot: the same model as the bundled series (costAt), with the
// network side (hashrate, fees, subsidy, blocks per day) taken live and the user's inputs for the rest.
import type { CostSettings } from '../economics/cost-at';
import { interpolate, locate, SERIES } from '../economics/monthly-series';
import { productionCost } from '../economics/production-cost';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { liveCostInputs } from './live-cost-inputs';
import type { LiveSnapshot } from './live-data-state';

export interface LiveCost {
  /** All-in cost per BTC, $ (the user's fixed cost when costSource is 'fixed'). */
  usd: number;
  /** The model's electricity-only cost per BTC, $. */
  electricityUsd: number;
  source: 'model' | 'fixed';
  /** When the network figures were fetched, unix ms. */
  fetchedAt: number;
}

/**
 * The cost per BTC at the snapshot's time. Fleet efficiency follows the dated curve (its last month once the
 * snapshot is past the series) unless the user fixed one.
 */
export function liveCost(snapshot: LiveSnapshot, settings?: CostSettings): LiveCost {
  const model = settings?.model ?? DEFAULT_SETTINGS.model;
  const at = new Date(snapshot.fetchedAt);
  const cost = productionCost({
    ...liveCostInputs(snapshot),
    efficiencyJPerTh: model.efficiencyJPerTh ?? interpolate(SERIES.efficiencyJPerTh, locate(at)),
    electricityUsdPerKwh: model.electricityUsdPerKwh,
    overheadMultiplier: model.overheadMultiplier,
  });
  const fixed = settings?.costSource === 'fixed' ? settings.fixedCostUsd : null;
  return {
    usd: fixed ?? cost.allInUsdPerBtc,
    electricityUsd: cost.electricityUsdPerBtc,
    source: fixed === null ? 'model' : 'fixed',
    fetchedAt: snapshot.fetchedAt,
  };
}
