import type { MarginBands, Regime } from './types';

/** (price − cost) ÷ cost: 0.25 means the price is 25 % above the production cost. */
export function margin(price: number, cost: number): number {
  if (!Number.isFinite(price) || price < 0)
    throw new RangeError(`price: expected a finite number ≥ 0, got ${String(price)}`);
  if (!Number.isFinite(cost) || cost <= 0)
    throw new RangeError(`cost: expected a positive finite number, got ${String(cost)}`);
  return (price - cost) / cost;
}

/** below-cost under 0; thin-margin from 0 up to thinMarginPct %; healthy from there up. */
export function regime(value: number, bands: MarginBands): Regime {
  if (Number.isNaN(value)) throw new RangeError('margin: NaN');
  if (!Number.isFinite(bands.thinMarginPct) || bands.thinMarginPct < 0) {
    throw new RangeError(`thinMarginPct: expected a finite number ≥ 0, got ${String(bands.thinMarginPct)}`);
  }
  if (value < 0) return 'below-cost';
  return value < bands.thinMarginPct / 100 ? 'thin-margin' : 'healthy';
}
