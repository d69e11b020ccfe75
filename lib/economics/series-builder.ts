// Builds the shipped monthly series from the inputs in ./data. Pure: text in, data out
// (the CLI in ./scripts/build-series.ts reads and writes the files).
import { parseCsv } from './csv';
import { scheduledSubsidy } from './halvings';
import {
  addMonths,
  daysInMonth,
  monthMidpoint,
  monthOf,
  monthStart,
  monthsBetween,
  MS_PER_DAY,
} from './month';
import { productionCost, TARGET_BLOCKS_PER_DAY } from './production-cost';
import { weakestProvenance } from './provenance';
import type { Provenance, SeriesData, SeriesField } from './types';

export interface SeriesInputs {
  /** lib/economics/data/btc-monthly-coinmetrics.csv */
  coinmetricsCsv: string;
  /** lib/economics/data/btc-2026-price-quotes.csv */
  priceQuotesCsv: string;
  /** lib/economics/data/btc-2026-difficulty-epochs.csv */
  difficultyEpochsCsv: string;
  /** lib/economics/data/fleet-efficiency.csv */
  efficiencyCsv: string;
}

/** The model settings the shipped cost columns use (the settings defaults). */
export interface SeriesModel {
  electricityUsdPerKwh: number;
  overheadMultiplier: number;
}

export const SERIES_START_MONTH = '2016-01';

/** Hashes per unit of difficulty (2^32) ÷ target block interval (600 s): H = D × 2^32 ÷ 600. */
const HASHES_PER_DIFFICULTY_PER_SECOND = 2 ** 32 / 600;

const PROVENANCE_LETTER: Record<Provenance, string> = { sourced: 's', estimated: 'e', interpolated: 'i' };

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

interface MonthRow {
  priceUsd: number;
  hashrateEhs: number;
  feesBtcPerBlock: number;
  subsidyBtcPerBlock: number;
  blocksPerDay: number;
  provenance: Record<
    'priceUsd' | 'hashrateEhs' | 'feesBtcPerBlock' | 'subsidyBtcPerBlock' | 'blocksPerDay',
    Provenance
  >;
}

function requireNumber(text: string | undefined, what: string): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(value)) {
    throw new RangeError(`${what}: not a number (${String(text)})`);
  }
  return value;
}

function coinmetricsRows(csv: string): Map<string, MonthRow> {
  const rows = new Map<string, MonthRow>();
  for (const row of parseCsv(csv)) {
    const month = row.month ?? '';
    rows.set(month, {
      priceUsd: requireNumber(row.price_usd_mean, `${month} price_usd_mean`),
      hashrateEhs: requireNumber(row.hashrate_ehs_mean, `${month} hashrate_ehs_mean`),
      feesBtcPerBlock: requireNumber(row.fees_btc_per_block_mean, `${month} fees_btc_per_block_mean`),
      subsidyBtcPerBlock: requireNumber(
        row.subsidy_btc_per_block_mean,
        `${month} subsidy_btc_per_block_mean`,
      ),
      blocksPerDay: requireNumber(row.blocks_per_day_mean, `${month} blocks_per_day_mean`),
      provenance: {
        priceUsd: 'sourced',
        hashrateEhs: 'sourced',
        feesBtcPerBlock: 'sourced',
        subsidyBtcPerBlock: 'sourced',
        blocksPerDay: 'sourced',
      },
    });
  }
  return rows;
}

/** Monthly mean of the dated price quotes (estimated); months without quotes are left out. */
function quotedMonthlyPrices(csv: string): Map<string, number> {
  const byMonth = new Map<string, number[]>();
  for (const row of parseCsv(csv)) {
    const month = (row.date ?? '').slice(0, 7);
    const list = byMonth.get(month) ?? [];
    list.push(requireNumber(row.price_usd, `${row.date ?? '?'} price_usd`));
    byMonth.set(month, list);
  }
  return new Map([...byMonth].map(([month, list]) => [month, list.reduce((a, b) => a + b, 0) / list.length]));
}

interface Epoch {
  start: number;
  difficultyT: number;
  filled: boolean;
}

/** Difficulty epochs; blank values are filled linearly in time between the sourced neighbours. */
function difficultyEpochs(csv: string): Epoch[] {
  const raw = parseCsv(csv).map((row) => ({
    start: Date.parse(`${row.start_date ?? ''}T00:00:00Z`),
    value: row.difficulty_t?.trim()
      ? requireNumber(row.difficulty_t, `${row.start_date ?? '?'} difficulty_t`)
      : null,
  }));
  raw.sort((a, b) => a.start - b.start);
  return raw.map((epoch, index) => {
    if (epoch.value !== null) return { start: epoch.start, difficultyT: epoch.value, filled: false };
    const before = raw.slice(0, index).findLast((other) => other.value !== null);
    const after = raw.slice(index + 1).find((other) => other.value !== null);
    if (!before?.value || !after?.value)
      throw new RangeError('difficulty epochs: a blank epoch needs sourced neighbours');
    const weight = (epoch.start - before.start) / (after.start - before.start);
    return {
      start: epoch.start,
      difficultyT: before.value + weight * (after.value - before.value),
      filled: true,
    };
  });
}

/** Day-weighted mean difficulty of a month and whether any interpolated epoch contributed. */
function monthlyDifficulty(epochs: Epoch[], month: string): { difficultyT: number; filled: boolean } | null {
  let sum = 0;
  let days = 0;
  let filled = false;
  for (let day = 0; day < daysInMonth(month); day++) {
    const time = monthStart(month) + day * MS_PER_DAY;
    const epoch = epochs.findLast((candidate) => candidate.start <= time);
    if (!epoch) continue;
    sum += epoch.difficultyT;
    days++;
    filled ||= epoch.filled;
  }
  return days === daysInMonth(month) ? { difficultyT: sum / days, filled } : null;
}

interface EfficiencyPoint {
  time: number;
  jPerTh: number;
  provenance: Provenance;
}

function efficiencyPoints(csv: string): EfficiencyPoint[] {
  return parseCsv(csv)
    .map((row) => ({
      time: Date.parse(`${row.date ?? ''}T00:00:00Z`),
      jPerTh: requireNumber(row.j_per_th, `${row.date ?? '?'} j_per_th`),
      provenance: (row.provenance === 'sourced' ? 'sourced' : 'estimated') as Provenance,
    }))
    .sort((a, b) => a.time - b.time);
}

/** Fleet efficiency at the month's midpoint: linear between curve points, flat beyond the ends. */
function efficiencyForMonth(
  points: EfficiencyPoint[],
  month: string,
): { jPerTh: number; provenance: Provenance } {
  const own = points.find((point) => monthOf(new Date(point.time)) === month);
  const time = monthMidpoint(month);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new RangeError('fleet efficiency: no curve points');
  let jPerTh: number;
  if (time <= first.time) jPerTh = first.jPerTh;
  else if (time >= last.time) jPerTh = last.jPerTh;
  else {
    const upperIndex = points.findIndex((point) => point.time > time);
    const upper = points[upperIndex];
    const lower = points[upperIndex - 1];
    if (!upper || !lower) throw new RangeError('fleet efficiency: curve lookup failed');
    jPerTh = lower.jPerTh + ((time - lower.time) / (upper.time - lower.time)) * (upper.jPerTh - lower.jPerTh);
  }
  return { jPerTh, provenance: own?.provenance ?? 'interpolated' };
}

function newsRows(
  inputs: SeriesInputs,
  lastSourcedMonth: string,
  lastCoinmetrics: MonthRow,
): Map<string, MonthRow> {
  const prices = quotedMonthlyPrices(inputs.priceQuotesCsv);
  const epochs = difficultyEpochs(inputs.difficultyEpochsCsv);
  const priceMonths = [...prices.keys()].sort();
  const endMonth = priceMonths.at(-1);
  const rows = new Map<string, MonthRow>();
  if (!endMonth) return rows;
  for (let month = addMonths(lastSourcedMonth, 1); month <= endMonth; month = addMonths(month, 1)) {
    const difficulty = monthlyDifficulty(epochs, month);
    if (!difficulty) throw new RangeError(`${month}: no difficulty epoch covers the whole month`);
    const quoted = prices.get(month);
    let priceUsd = quoted;
    if (priceUsd === undefined) {
      // No quote this month: linear between the nearest quoted months (never extrapolated).
      const before = priceMonths.filter((other) => other < month).at(-1);
      const after = priceMonths.find((other) => other > month);
      const beforePrice = before === undefined ? undefined : prices.get(before);
      const afterPrice = after === undefined ? undefined : prices.get(after);
      if (!before || !after || beforePrice === undefined || afterPrice === undefined) {
        throw new RangeError(`${month}: no price quotes on both sides to interpolate`);
      }
      const weight = monthsBetween(before, month) / monthsBetween(before, after);
      priceUsd = beforePrice + weight * (afterPrice - beforePrice);
    }
    rows.set(month, {
      priceUsd,
      hashrateEhs: (difficulty.difficultyT * 1e12 * HASHES_PER_DIFFICULTY_PER_SECOND) / 1e18,
      // No monthly fee figure published for 2026 yet: the last Coin Metrics month is carried forward.
      feesBtcPerBlock: lastCoinmetrics.feesBtcPerBlock,
      subsidyBtcPerBlock: scheduledSubsidy(new Date(monthMidpoint(month))),
      // Difficulty-derived hashrate assumes the 144-block target, so blocks/day must match it.
      blocksPerDay: TARGET_BLOCKS_PER_DAY,
      provenance: {
        priceUsd: quoted === undefined ? 'interpolated' : 'estimated',
        hashrateEhs: difficulty.filled ? 'interpolated' : 'estimated',
        feesBtcPerBlock: 'estimated',
        subsidyBtcPerBlock: 'sourced',
        blocksPerDay: 'estimated',
      },
    });
  }
  return rows;
}

/** The shipped monthly series, computed from the inputs. */
export function buildSeries(inputs: SeriesInputs, model: SeriesModel): SeriesData {
  const coinmetrics = coinmetricsRows(inputs.coinmetricsCsv);
  const lastSourcedMonth = [...coinmetrics.keys()].sort().at(-1);
  const lastCoinmetrics = lastSourcedMonth === undefined ? undefined : coinmetrics.get(lastSourcedMonth);
  if (!lastSourcedMonth || !lastCoinmetrics) throw new RangeError('coinmetrics: no rows');
  const rows = new Map([...coinmetrics, ...newsRows(inputs, lastSourcedMonth, lastCoinmetrics)]);
  const curve = efficiencyPoints(inputs.efficiencyCsv);
  const endMonth = [...rows.keys()].sort().at(-1) ?? lastSourcedMonth;

  const series: SeriesData = {
    startMonth: SERIES_START_MONTH,
    endMonth,
    priceUsd: [],
    hashrateEhs: [],
    feesBtcPerBlock: [],
    subsidyBtcPerBlock: [],
    blocksPerDay: [],
    efficiencyJPerTh: [],
    costUsd: [],
    electricityUsd: [],
    provenance: {
      priceUsd: '',
      hashrateEhs: '',
      feesBtcPerBlock: '',
      subsidyBtcPerBlock: '',
      blocksPerDay: '',
      efficiencyJPerTh: '',
      costUsd: '',
    },
  };
  const mark = (field: SeriesField, provenance: Provenance) => {
    series.provenance[field] += PROVENANCE_LETTER[provenance];
  };

  for (let month = SERIES_START_MONTH; month <= endMonth; month = addMonths(month, 1)) {
    const row = rows.get(month);
    if (!row) throw new RangeError(`${month}: missing from the inputs`);
    const efficiency = efficiencyForMonth(curve, month);
    const values = {
      priceUsd: round(row.priceUsd, 2),
      hashrateEhs: round(row.hashrateEhs, 3),
      feesBtcPerBlock: round(row.feesBtcPerBlock, 6),
      subsidyBtcPerBlock: round(row.subsidyBtcPerBlock, 6),
      blocksPerDay: round(row.blocksPerDay, 2),
      efficiencyJPerTh: round(efficiency.jPerTh, 2),
    };
    // The cost is computed from the rounded values that ship, so anyone can recompute it from the file.
    const cost = productionCost({
      hashrateEhs: values.hashrateEhs,
      efficiencyJPerTh: values.efficiencyJPerTh,
      electricityUsdPerKwh: model.electricityUsdPerKwh,
      overheadMultiplier: model.overheadMultiplier,
      feesBtcPerBlock: values.feesBtcPerBlock,
      subsidyBtc: values.subsidyBtcPerBlock,
      blocksPerDay: values.blocksPerDay,
    });
    series.priceUsd.push(values.priceUsd);
    series.hashrateEhs.push(values.hashrateEhs);
    series.feesBtcPerBlock.push(values.feesBtcPerBlock);
    series.subsidyBtcPerBlock.push(values.subsidyBtcPerBlock);
    series.blocksPerDay.push(values.blocksPerDay);
    series.efficiencyJPerTh.push(values.efficiencyJPerTh);
    series.costUsd.push(Math.round(cost.allInUsdPerBtc));
    series.electricityUsd.push(Math.round(cost.electricityUsdPerBtc));
    mark('priceUsd', row.provenance.priceUsd);
    mark('hashrateEhs', row.provenance.hashrateEhs);
    mark('feesBtcPerBlock', row.provenance.feesBtcPerBlock);
    mark('subsidyBtcPerBlock', row.provenance.subsidyBtcPerBlock);
    mark('blocksPerDay', row.provenance.blocksPerDay);
    mark('efficiencyJPerTh', efficiency.provenance);
    // A modelled cost is never "sourced": at best estimated, weaker when an input is.
    mark(
      'costUsd',
      weakestProvenance(
        'estimated',
        row.provenance.hashrateEhs,
        row.provenance.feesBtcPerBlock,
        row.provenance.subsidyBtcPerBlock,
        row.provenance.blocksPerDay,
        efficiency.provenance,
      ),
    );
  }
  return series;
}
