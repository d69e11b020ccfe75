// The shipped monthly series and date lookups into it. Values for a date are interpolated linearly
// between the midpoints of the two nearest months; dates outside the series clamp to its ends.
import seriesData from './series.json';
import { addMonths, monthEnd, monthMidpoint, monthOf, monthsBetween, monthStart } from './month';
import { weakestProvenance } from './provenance';
import type { MonthlyPoint, Provenance, SeriesData, SeriesField } from './types';

export const SERIES: SeriesData = seriesData;

const LETTER_PROVENANCE: Record<string, Provenance> = { s: 'sourced', e: 'estimated', i: 'interpolated' };

export function provenanceAt(field: SeriesField, index: number): Provenance {
  const letter = SERIES.provenance[field][index];
  const provenance = letter === undefined ? undefined : LETTER_PROVENANCE[letter];
  if (!provenance) throw new RangeError(`series: no provenance for ${field} at month ${index}`);
  return provenance;
}

export function monthAt(index: number): string {
  return addMonths(SERIES.startMonth, index);
}

export const MONTH_COUNT = SERIES.priceUsd.length;

/** Where a date falls in the series: two month indexes and the weight of the upper one. */
export interface SeriesLocation {
  lower: number;
  upper: number;
  /** 0 = all `lower`, 1 = all `upper`. */
  weight: number;
  /** The month the date lies in (the nearest end when clamped). */
  month: string;
  index: number;
  clamped: boolean;
}

export function locate(date: Date): SeriesLocation {
  if (!(date instanceof Date)) throw new RangeError('date: expected a Date');
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('date: invalid Date (NaN)');
  const last = MONTH_COUNT - 1;
  if (time < monthStart(SERIES.startMonth)) {
    return { lower: 0, upper: 0, weight: 0, month: SERIES.startMonth, index: 0, clamped: true };
  }
  if (time >= monthEnd(SERIES.endMonth)) {
    return { lower: last, upper: last, weight: 0, month: SERIES.endMonth, index: last, clamped: true };
  }
  const month = monthOf(date);
  const index = monthsBetween(SERIES.startMonth, month);
  const midpoint = monthMidpoint(month);
  if (time < midpoint && index > 0) {
    const previous = monthMidpoint(monthAt(index - 1));
    return {
      lower: index - 1,
      upper: index,
      weight: (time - previous) / (midpoint - previous),
      month,
      index,
      clamped: false,
    };
  }
  if (time >= midpoint && index < last) {
    const next = monthMidpoint(monthAt(index + 1));
    return {
      lower: index,
      upper: index + 1,
      weight: (time - midpoint) / (next - midpoint),
      month,
      index,
      clamped: false,
    };
  }
  return { lower: index, upper: index, weight: 0, month, index, clamped: false };
}

export function interpolate(values: readonly number[], location: SeriesLocation): number {
  const lower = values[location.lower];
  const upper = values[location.upper];
  if (lower === undefined || upper === undefined) throw new RangeError('series: index out of range');
  return lower + location.weight * (upper - lower);
}

/** The weaker provenance of the months that contribute to an interpolated value. */
export function interpolatedProvenance(field: SeriesField, location: SeriesLocation): Provenance {
  const parts: Provenance[] = [];
  if (location.weight < 1) parts.push(provenanceAt(field, location.lower));
  if (location.weight > 0) parts.push(provenanceAt(field, location.upper));
  return weakestProvenance(...parts);
}

/** Hashprice of a month, $/PH/s/day: (subsidy + fees) × blocks/day × price ÷ hashrate in PH/s. */
export function monthlyHashprice(index: number): number {
  const value = (name: keyof Omit<SeriesData, 'startMonth' | 'endMonth' | 'provenance'>) => {
    const entry = SERIES[name][index];
    if (entry === undefined) throw new RangeError(`series: no ${name} at month ${index}`);
    return entry;
  };
  const revenueUsdPerDay =
    (value('subsidyBtcPerBlock') + value('feesBtcPerBlock')) * value('blocksPerDay') * value('priceUsd');
  return revenueUsdPerDay / (value('hashrateEhs') * 1000);
}

let points: MonthlyPoint[] | undefined;

/** Every month of the series as objects (for the popup chart). */
export function monthlySeries(): MonthlyPoint[] {
  points ??= SERIES.priceUsd.map((_, index) => {
    const at = (values: readonly number[]) => values[index] ?? Number.NaN;
    const fields: SeriesField[] = [
      'priceUsd',
      'hashrateEhs',
      'feesBtcPerBlock',
      'subsidyBtcPerBlock',
      'blocksPerDay',
      'efficiencyJPerTh',
      'costUsd',
    ];
    return {
      month: monthAt(index),
      priceUsd: at(SERIES.priceUsd),
      hashrateEhs: at(SERIES.hashrateEhs),
      feesBtcPerBlock: at(SERIES.feesBtcPerBlock),
      subsidyBtcPerBlock: at(SERIES.subsidyBtcPerBlock),
      blocksPerDay: at(SERIES.blocksPerDay),
      efficiencyJPerTh: at(SERIES.efficiencyJPerTh),
      costUsd: at(SERIES.costUsd),
      electricityUsd: at(SERIES.electricityUsd),
      hashpriceUsdPerPhDay: monthlyHashprice(index),
      provenance: Object.fromEntries(fields.map((field) => [field, provenanceAt(field, index)])) as Record<
        SeriesField,
        Provenance
      >,
    };
  });
  return points;
}

export function latestMonth(): string {
  return SERIES.endMonth;
}
