// The shipped monthly series and date lookups into it. Values for a date are interpolated linearly
// between the midpoints of the two nearest months; dates outside the series clamp to its ends.
import seriesData from './series.json';
import { addMonths, monthEnd, monthStart } from './month';
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
export interface SeriesPosition {
  lower: number;
  upper: number;
  /** 0 = all `lower`, 1 = all `upper`. */
  weight: number;
  index: number;
  clamped: boolean;
}

export interface SeriesLocation extends SeriesPosition {
  /** The month the date lies in (the nearest end when clamped). */
  month: string;
}

const SERIES_START_MS = monthStart(SERIES.startMonth);
const SERIES_END_MS = monthEnd(SERIES.endMonth);
const START_YEAR = new Date(SERIES_START_MS).getUTCFullYear();
const START_MONTH = new Date(SERIES_START_MS).getUTCMonth();

/** The instant halfway through the series' month `index` (Date.UTC carries months past December into the year). */
const midpointAt = (index: number) =>
  (Date.UTC(START_YEAR, START_MONTH + index, 1) + Date.UTC(START_YEAR, START_MONTH + index + 1, 1)) / 2;

const monthLabels: string[] = [];
const monthLabel = (index: number) => (monthLabels[index] ??= monthAt(index));

/**
 * Month indexes from the date's UTC fields, not `YYYY-MM` strings: the detector looks up hundreds of dates on a page,
 * and the string round trips (`toISOString`, parsing, a `Date` per neighbouring month) were most of each look-up.
 */
export function positionOf(date: Date): SeriesPosition {
  if (!(date instanceof Date)) throw new RangeError('date: expected a Date');
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('date: invalid Date (NaN)');
  const last = MONTH_COUNT - 1;
  if (time < SERIES_START_MS) return { lower: 0, upper: 0, weight: 0, index: 0, clamped: true };
  if (time >= SERIES_END_MS) return { lower: last, upper: last, weight: 0, index: last, clamped: true };
  const index = (date.getUTCFullYear() - START_YEAR) * 12 + date.getUTCMonth() - START_MONTH;
  const midpoint = midpointAt(index);
  if (time < midpoint && index > 0) {
    const previous = midpointAt(index - 1);
    return {
      lower: index - 1,
      upper: index,
      weight: (time - previous) / (midpoint - previous),
      index,
      clamped: false,
    };
  }
  if (time >= midpoint && index < last) {
    const next = midpointAt(index + 1);
    return {
      lower: index,
      upper: index + 1,
      weight: (time - midpoint) / (next - midpoint),
      index,
      clamped: false,
    };
  }
  return { lower: index, upper: index, weight: 0, index, clamped: false };
}

/** `positionOf` with the month's name (for labels and provenance; the price look-ups do without). */
export function locate(date: Date): SeriesLocation {
  const position = positionOf(date);
  return { ...position, month: monthLabel(position.index) };
}

export function interpolate(values: readonly number[], location: SeriesPosition): number {
  const lower = values[location.lower];
  const upper = values[location.upper];
  if (lower === undefined || upper === undefined) throw new RangeError('series: index out of range');
  return lower + location.weight * (upper - lower);
}

/** The weaker provenance of the months that contribute to an interpolated value. */
export function interpolatedProvenance(field: SeriesField, location: SeriesPosition): Provenance {
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
