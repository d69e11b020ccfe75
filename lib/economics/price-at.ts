import { interpolate, interpolatedProvenance, locate, positionOf, SERIES } from './monthly-series';
import type { DatedValue } from './types';

/** BTC/USD (monthly mean) at a date, interpolated between month midpoints; clamped and flagged outside the series. */
export function priceAt(date: Date): DatedValue {
  const location = locate(date);
  return {
    usd: interpolate(SERIES.priceUsd, location),
    month: location.month,
    clamped: location.clamped,
    provenance: interpolatedProvenance('priceUsd', location),
  };
}

/** `priceAt(date).usd` alone: no month or provenance to work out (the detector looks up hundreds per page). */
export function priceUsdAt(date: Date): number {
  return interpolate(SERIES.priceUsd, positionOf(date));
}
