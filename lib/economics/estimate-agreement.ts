// How close any cost curve driven by network data can come to several published estimates at once. A curve of
// the model's form is cost = k × (hashes per BTC mined), with k = fleet efficiency × PUE × power price (× an
// overhead for all-in) — inputs that do not move within a few weeks. Same-kind, same-scope estimates a few weeks
// apart therefore bound the error of every such curve, whatever its calibration.
import { scheduledSubsidy } from './halvings';
import { interpolate, locate, SERIES } from './monthly-series';
import { priceAt } from './price-at';
import type { EstimateKind, EstimateScope, PublishedEstimate } from './published-estimates';

const SECONDS_PER_DAY = 86_400;
const TH_PER_EH = 1e6;
const MS_PER_DAY = 86_400_000;

/** Hashes per block of each month, TH (∝ difficulty; smooth across a halving, unlike hashes per BTC). */
let hashesPerBlock: number[] | undefined;

/**
 * The network's hashes per BTC mined at a date, TH/BTC: hashes per block (monthly, interpolated) ÷ the day's
 * reward (scheduled subsidy + interpolated fees). The model's electricity cost is this × efficiency × PUE × price.
 */
export function hashesPerBtc(date: Date): number {
  const location = locate(date);
  const subsidy = location.clamped
    ? interpolate(SERIES.subsidyBtcPerBlock, location)
    : scheduledSubsidy(date);
  hashesPerBlock ??= SERIES.hashrateEhs.map(
    (hashrate, index) =>
      (hashrate * TH_PER_EH * SECONDS_PER_DAY) / (SERIES.blocksPerDay[index] ?? Number.NaN),
  );
  return interpolate(hashesPerBlock, location) / (subsidy + interpolate(SERIES.feesBtcPerBlock, location));
}

/**
 * The smallest largest-|error| any single k achieves for model_i = k × driver_i against published values v_i,
 * error = model ÷ published − 1: with n_i = v_i ÷ driver_i it is (max n − min n) ÷ (max n + min n). With equal
 * drivers and two values a < b: (b − a) ÷ (a + b).
 */
export function bestAchievableMaxError(values: readonly number[], drivers: readonly number[]): number {
  if (values.length === 0 || values.length !== drivers.length) {
    throw new RangeError('bestAchievableMaxError: expected as many drivers as values, at least one');
  }
  const normalised = values.map((value, index) => value / (drivers[index] ?? Number.NaN));
  if (!normalised.every((value) => Number.isFinite(value) && value > 0)) {
    throw new RangeError('bestAchievableMaxError: values and drivers must be positive');
  }
  const low = Math.min(...normalised);
  const high = Math.max(...normalised);
  return (high - low) / (high + low);
}

/** Same-kind, same-scope estimates within a window, and what the network did over it. */
export interface AgreementGroup {
  kind: EstimateKind;
  scope: EstimateScope;
  estimates: PublishedEstimate[];
  /** Largest ÷ smallest hashes per BTC over the group's dates, − 1. */
  hashesPerBtcChange: number;
  /** Largest ÷ smallest BTC price (monthly means, interpolated) over the group's dates, − 1. */
  priceChange: number;
  /** Best achievable largest |error| of a constant value (every model's, if the network stood still). */
  boundAtConstantValue: number;
  /** Best achievable largest |error| of k × hashes per BTC (the model's form, any calibration). */
  bound: number;
}

const dayOf = (estimate: PublishedEstimate) => new Date(`${estimate.date}T12:00:00Z`);
const spread = (values: number[]) => Math.max(...values) / Math.min(...values) - 1;

/**
 * For every estimate, the group of same-kind, same-scope estimates dated from it to `windowDays` later (groups
 * of two or more, each group once even if several estimates start it), largest `bound` first.
 */
export function sameKindGroups(
  estimates: readonly PublishedEstimate[],
  windowDays: number,
): AgreementGroup[] {
  const groups = new Map<string, AgreementGroup>();
  for (const first of estimates) {
    const start = dayOf(first).getTime();
    const members = estimates.filter((other) => {
      const days = (dayOf(other).getTime() - start) / MS_PER_DAY;
      return other.kind === first.kind && other.scope === first.scope && days >= 0 && days <= windowDays;
    });
    if (members.length < 2) continue;
    const key = members.map((member) => estimates.indexOf(member)).join(',');
    if (groups.has(key)) continue;
    const drivers = members.map((member) => hashesPerBtc(dayOf(member)));
    const values = members.map((member) => member.usd);
    groups.set(key, {
      kind: first.kind,
      scope: first.scope,
      estimates: members,
      hashesPerBtcChange: spread(drivers),
      priceChange: spread(members.map((member) => priceAt(dayOf(member)).usd)),
      boundAtConstantValue: bestAchievableMaxError(
        values,
        values.map(() => 1),
      ),
      bound: bestAchievableMaxError(values, drivers),
    });
  }
  return [...groups.values()].sort((a, b) => b.bound - a.bound);
}
