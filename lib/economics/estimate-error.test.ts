import { describe, expect, test } from 'vitest';
import { costAt } from './cost-at';
import { compareWithModel, errorSummary, modelColumnFor, type EstimateComparison } from './estimate-error';
import { nearestEstimates, PUBLISHED_ESTIMATES } from './estimates';
import type { PublishedEstimate } from './published-estimates';

const estimate = (
  date: string,
  usd: number,
  kind: PublishedEstimate['kind'] = 'all-in',
): PublishedEstimate => ({
  date,
  source: `S${date}`,
  kind,
  scope: 'network',
  usd,
  url: 'https://example.com/',
  evidence: String(usd),
});

const percent = (fraction: number) => Math.round(fraction * 1000) / 10;

describe('the model against one estimate', () => {
  test('electricity with the electricity floor, cash with the cash cost, all-in and regression with all-in', () => {
    expect(modelColumnFor('electricity')).toBe('electricity');
    expect(modelColumnFor('cash')).toBe('cash');
    expect(modelColumnFor('all-in')).toBe('all-in');
    expect(modelColumnFor('regression')).toBe('all-in');
  });

  test('error = (model − published) ÷ published, read at the estimate’s date', () => {
    const seen: string[] = [];
    const cost = (date: Date) => {
      seen.push(date.toISOString());
      return { usd: 90_000, electricityUsd: 72_000 };
    };
    const [allIn, electricity, cash] = compareWithModel(
      [
        estimate('2026-02-05', 100_000),
        estimate('2026-02-06', 60_000, 'electricity'),
        estimate('2026-02-07', 82_800, 'cash'),
      ],
      cost,
    );
    expect(allIn?.error).toBeCloseTo(-0.1, 10);
    expect(electricity?.modelUsd).toBe(72_000);
    expect(electricity?.error).toBeCloseTo(0.2, 10);
    // 72,000 × 1.15 = 82,800.
    expect(cash?.modelUsd).toBeCloseTo(82_800, 6);
    expect(cash?.error).toBeCloseTo(0, 10);
    expect(seen).toEqual([
      '2026-02-05T12:00:00.000Z',
      '2026-02-06T12:00:00.000Z',
      '2026-02-07T12:00:00.000Z',
    ]);
  });

  test('the summary takes the median of absolute errors (odd and even counts) and names the worst', () => {
    const rows = [0.05, -0.2, 0.1].map((error) => ({ error }) as EstimateComparison);
    expect(errorSummary(rows)).toMatchObject({ count: 3, medianAbsError: 0.1, maxAbsError: 0.2 });
    expect(errorSummary(rows).worst.error).toBe(-0.2);
    expect(errorSummary([...rows, { error: 0.3 } as EstimateComparison]).medianAbsError).toBeCloseTo(
      0.15,
      10,
    );
    expect(() => errorSummary([])).toThrow(RangeError);
  });
});

describe('the model against the bundled estimates table (figures reported in README.md)', () => {
  const comparisons = compareWithModel(PUBLISHED_ESTIMATES, (date) => costAt(date));
  const summary = (rows: EstimateComparison[]) => {
    const { count, medianAbsError, maxAbsError } = errorSummary(rows);
    return { count, median: percent(medianAbsError), max: percent(maxAbsError) };
  };

  test('every estimate, kind for kind: median |error| 24.0 %, largest 56.6 % (CoinShares’ listed-miner cash cost, Q4 2023)', () => {
    expect(summary(comparisons)).toEqual({ count: 45, median: 24, max: 56.6 });
    expect(errorSummary(comparisons).worst.estimate).toMatchObject({
      date: '2023-11-15',
      source: 'CoinShares',
      kind: 'cash',
    });
  });

  test('by scope: network-wide estimates 19.3 % / 53.3 %, listed miners’ filings 29.4 % / 56.6 %', () => {
    const scoped = (scope: PublishedEstimate['scope']) =>
      summary(comparisons.filter((row) => row.estimate.scope === scope));
    expect(scoped('network')).toEqual({ count: 30, median: 19.3, max: 53.3 });
    expect(scoped('listed-miners')).toEqual({ count: 14, median: 29.4, max: 56.6 });
    expect(scoped('region')).toEqual({ count: 1, median: 9.2, max: 9.2 });
  });

  test('by kind: the difficulty regressions are the family the model follows (4.8 % / 19.4 %)', () => {
    const kind = (value: PublishedEstimate['kind']) =>
      summary(comparisons.filter((row) => row.estimate.kind === value));
    expect(kind('regression')).toEqual({ count: 4, median: 4.8, max: 19.4 });
    expect(kind('electricity')).toEqual({ count: 20, median: 21.6, max: 53 });
    expect(kind('all-in')).toEqual({ count: 12, median: 28.1, max: 53.3 });
    expect(kind('cash')).toEqual({ count: 9, median: 24.8, max: 56.6 });
  });

  test('each kind is read from its own column: a cash cost is the electricity floor plus 15 % non-power opex', () => {
    const cash = comparisons.find((row) => row.estimate.kind === 'cash');
    const cost = costAt(new Date(`${cash?.estimate.date ?? ''}T12:00:00Z`));
    expect(cash?.column).toBe('cash');
    expect(cash?.modelUsd).toBeCloseTo(cost.electricityUsd * 1.15, 6);
  });
});

describe('nearestEstimates', () => {
  const table = [
    estimate('2025-04-15', 1),
    estimate('2025-12-03', 2),
    estimate('2025-12-05', 3),
    estimate('2026-02-05', 4),
  ];

  test('returns at most three, closest first', () => {
    expect(nearestEstimates(new Date('2025-12-10T00:00:00Z'), 3, table).map((row) => row.usd)).toEqual([
      3, 2, 4,
    ]);
    expect(nearestEstimates(new Date('2026-02-05T00:00:00Z'), 1, table).map((row) => row.usd)).toEqual([4]);
  });

  test('leaves out estimates more than about 18 months away', () => {
    expect(nearestEstimates(new Date('2017-01-01T00:00:00Z'), 3, table)).toEqual([]);
    expect(nearestEstimates(new Date('2017-06-01T00:00:00Z'))).toEqual([]);
    expect(nearestEstimates(new Date('2026-02-05T00:00:00Z'))[0]).toMatchObject({
      source: 'Checkonchain',
      usd: 87000,
    });
  });
});
