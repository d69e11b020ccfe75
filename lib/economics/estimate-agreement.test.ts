import { describe, expect, test } from 'vitest';
import {
  bestAchievableMaxError,
  hashesPerBtc,
  sameKindGroups,
  type AgreementGroup,
} from './estimate-agreement';
import { PUBLISHED_ESTIMATES } from './estimates';
import { monthlySeries } from './monthly-series';

const percent = (fraction: number) => Math.round(fraction * 1000) / 10;
const label = (group: AgreementGroup) =>
  group.estimates.map((row) => `${row.source} ${row.date} ${row.usd}`).join(' / ');

/** The best largest |error| of k × driver found by trying many k (checks the closed form). */
function searchedBest(values: number[], drivers: number[]): number {
  let best = Number.POSITIVE_INFINITY;
  const first = (values[0] ?? 1) / (drivers[0] ?? 1);
  for (let step = 0; step <= 20_000; step++) {
    const k = first * (0.2 + step * 0.0001);
    const worst = Math.max(
      ...values.map((value, index) => Math.abs((k * (drivers[index] ?? 0)) / value - 1)),
    );
    best = Math.min(best, worst);
  }
  return best;
}

describe('bestAchievableMaxError', () => {
  test('two values and one driver: (b − a) ÷ (a + b), and no k does better', () => {
    expect(bestAchievableMaxError([45_000, 86_668], [1, 1])).toBeCloseTo(41_668 / 131_668, 12);
    expect(searchedBest([45_000, 86_668], [1, 1])).toBeCloseTo(41_668 / 131_668, 3);
  });

  test('a driver that moves with the values removes their disagreement; one that moves against adds to it', () => {
    expect(bestAchievableMaxError([100, 120], [1, 1.2])).toBeCloseTo(0, 12);
    const against = bestAchievableMaxError([100, 120, 110], [1.1, 1, 1]);
    expect(against).toBeCloseTo(searchedBest([100, 120, 110], [1.1, 1, 1]), 3);
    expect(against).toBeGreaterThan(bestAchievableMaxError([100, 120, 110], [1, 1, 1]));
  });

  test('rejects mismatched or non-positive input', () => {
    expect(() => bestAchievableMaxError([], [])).toThrow(RangeError);
    expect(() => bestAchievableMaxError([1, 2], [1])).toThrow(RangeError);
    expect(() => bestAchievableMaxError([1, -2], [1, 1])).toThrow(RangeError);
  });
});

describe('hashesPerBtc', () => {
  test('at a month’s midpoint: hashrate × 86,400 s ÷ (blocks/day × (subsidy + fees)), in TH', () => {
    const march = monthlySeries().find((point) => point.month === '2025-03');
    if (!march) throw new Error('no March 2025');
    const expected =
      (march.hashrateEhs * 1e6 * 86_400) /
      (march.blocksPerDay * (march.subsidyBtcPerBlock + march.feesBtcPerBlock));
    expect(hashesPerBtc(new Date('2025-03-16T12:00:00Z')) / expected).toBeCloseTo(1, 9);
  });

  test('nearly doubles across the halving of 20 April 2024 (the day’s subsidy, not the month’s mean)', () => {
    const ratio =
      hashesPerBtc(new Date('2024-04-21T12:00:00Z')) / hashesPerBtc(new Date('2024-04-19T12:00:00Z'));
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(2);
  });
});

describe('what the bundled table allows any model of the form k × hashes per BTC', () => {
  // k = fleet efficiency × PUE × power price (× overhead): inputs that do not move within a difficulty epoch.
  const epoch = sameKindGroups(PUBLISHED_ESTIMATES, 14);
  const month = sameKindGroups(PUBLISHED_ESTIMATES, 31);

  test('within 14 days: Capriole $59,450 and MacroMicro $101,000 (electricity, network, Jan 2026) allow no better than 26.4 %', () => {
    const worst = epoch[0];
    if (!worst) throw new Error('no groups');
    expect(label(worst)).toBe('Capriole 2026-01-15 59450 / MacroMicro 2026-01-19 101000');
    expect(worst).toMatchObject({ kind: 'electricity', scope: 'network' });
    // The network barely moved between the two dates…
    expect(percent(worst.hashesPerBtcChange)).toBe(1);
    expect(percent(worst.priceChange)).toBe(2.5);
    // …so a constant could do no better than 25.9 %, and k × hashes per BTC no better than 26.4 %.
    expect(percent(worst.boundAtConstantValue)).toBe(25.9);
    expect(percent(worst.bound)).toBe(26.4);
    expect(worst.bound).toBeGreaterThan(0.15);
  });

  test('Capriole’s row is dated to its month only ("as of January 2026"): on any day of January the bound stays above 20 %', () => {
    const macroMicro = hashesPerBtc(new Date('2026-01-19T12:00:00Z'));
    const bounds = Array.from({ length: 31 }, (_, day) =>
      bestAchievableMaxError(
        [59_450, 101_000],
        [hashesPerBtc(new Date(Date.UTC(2026, 0, day + 1, 12))), macroMicro],
      ),
    );
    expect(percent(Math.min(...bounds))).toBe(24.2);
  });

  test('the other same-kind groups beyond 15 % within 14 days', () => {
    const beyond = epoch.filter((group) => group.bound > 0.15);
    expect(beyond.map((group) => [label(group), percent(group.bound)])).toEqual([
      ['Capriole 2026-01-15 59450 / MacroMicro 2026-01-19 101000', 26.4],
      // Listed miners' cash cost for Q4 2024: CoinShares' weighted average (with cash SG&A) and TheMinerMag's median.
      ['CoinShares 2024-11-15 82162 / TheMinerMag 2024-11-15 52000', 22.5],
      ['JPMorgan 2022-07-13 13000 / MacroMicro 2022-07-15 17700', 15.5],
    ]);
  });

  test('within 31 days: JPMorgan $45,000 (16 May 2024) and MacroMicro $86,668 (15 Jun 2024) allow no better than 33.8 %', () => {
    const pair = month.find(
      (group) => label(group) === 'JPMorgan 2024-05-16 45000 / MacroMicro 2024-06-15 86668',
    );
    expect(
      pair && [percent(pair.hashesPerBtcChange), percent(pair.priceChange), percent(pair.bound)],
    ).toEqual([4.9, 1, 33.8]);
  });

  test('at least 5 rows are beyond 15 % for every such model: disjoint groups whose bound exceeds it', () => {
    const used = new Set<string>();
    const disjoint: AgreementGroup[] = [];
    for (const group of month.filter((candidate) => candidate.bound > 0.15)) {
      const keys = group.estimates.map((row) => `${row.source} ${row.date} ${row.kind} ${row.usd}`);
      if (keys.some((key) => used.has(key))) continue;
      keys.forEach((key) => used.add(key));
      disjoint.push(group);
    }
    // Each group has one member at least 15 % off whatever k is chosen, and no row is in two groups.
    expect(disjoint.length).toBe(5);
  });
});
