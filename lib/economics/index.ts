// Placeholder until the economics core lands: the API other modules code against.
import type { ModelInputs, Settings } from '../settings/schema';
import type { CapitulationSignal, CostAt, DatedValue, Hashprice, MarginBands, Regime } from './types';
export type * from './types';

const month = (date: Date) => date.toISOString().slice(0, 7);

export function priceAt(date: Date): DatedValue {
  return { usd: 70_000, month: month(date), clamped: false, provenance: 'estimated' };
}

export function costAt(
  date: Date,
  _settings?: Pick<Settings, 'costSource' | 'fixedCostUsd' | 'model'>,
): CostAt {
  return {
    usd: 87_000,
    electricityUsd: 64_000,
    month: month(date),
    clamped: false,
    provenance: 'estimated',
    source: 'model',
  };
}

export function margin(price: number, cost: number): number {
  return (price - cost) / cost;
}

export function regime(value: number, bands: MarginBands): Regime {
  if (value < 0) return 'below-cost';
  return value < bands.thinMarginPct / 100 ? 'thin-margin' : 'healthy';
}

export function hashprice(date: Date): Hashprice {
  return { usdPerPhDay: 33, month: month(date), clamped: false };
}

export function capitulationAt(date: Date): CapitulationSignal {
  return { state: 'normal', month: month(date), shortAverageEhs: 900, longAverageEhs: 950 };
}

export function latestMonth(): string {
  return '2026-02';
}

export type { ModelInputs };
