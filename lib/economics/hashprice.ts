import { interpolate, interpolatedProvenance, locate, MONTH_COUNT, monthlyHashprice } from './monthly-series';
import { weakestProvenance } from './provenance';
import type { Hashprice } from './types';

let monthly: number[] | undefined;

/** Hashprice in $/PH/s/day at a date (monthly means, interpolated between month midpoints). */
export function hashprice(date: Date): Hashprice {
  const location = locate(date);
  monthly ??= Array.from({ length: MONTH_COUNT }, (_, index) => monthlyHashprice(index));
  return {
    usdPerPhDay: interpolate(monthly, location),
    month: location.month,
    clamped: location.clamped,
    provenance: weakestProvenance(
      interpolatedProvenance('priceUsd', location),
      interpolatedProvenance('hashrateEhs', location),
      interpolatedProvenance('feesBtcPerBlock', location),
    ),
  };
}
