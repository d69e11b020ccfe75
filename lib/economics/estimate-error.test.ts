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
  test('electricity and cash are compared with the electricity floor, all-in and regression with all-in', () => {
    expect(modelColumnFor('electricity')).toBe('electricity');
    expect(modelColumnFor('cash')).toBe('electricity');
    expect(modelColumnFor('all-in')).toBe('all-in');
    expect(modelColumnFor('regression')).toBe('all-in');
  });

  test('error = (model − published) ÷ published, read at the estimate’s date', () => {
    const seen: string[] = [];
    const cost = (date: Date) => {
      seen.push(date.toISOString());
      return { usd: 90_000, electricityUsd: 72_000 };
    };
    const [allIn, electricity] = compareWithModel(
      [estimate('2026-02-05', 100_000), estimate('2026-02-06', 60_000, 'electricity')],
      cost,
    );
    expect(allIn?.error).toBeCloseTo(-0.1, 10);
    expect(electricity?.modelUsd).toBe(72_000);
    expect(electricity?.error).toBeCloseTo(0.2, 10);
    expect(seen).toEqual(['2026-02-05T12:00:00.000Z', '2026-02-06T12:00:00.000Z']);
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

  test('every estimate: median |error| 22.0 %, largest 65.0 % (MacroMicro, the day after the 2024 halving)', () => {
    expect(summary(comparisons)).toEqual({ count: 45, median: 22, max: 65 });
    expect(errorSummary(comparisons).worst.estimate).toMatchObject({
      date: '2024-04-21',
      source: 'MacroMicro',
    });
  });

  test('by scope: network-wide estimates 20.7 % / 65.0 %, listed miners’ filings 26.4 % / 62.3 %', () => {
    const scoped = (scope: PublishedEstimate['scope']) =>
      summary(comparisons.filter((row) => row.estimate.scope === scope));
    expect(scoped('network')).toEqual({ count: 30, median: 20.7, max: 65 });
    expect(scoped('listed-miners')).toEqual({ count: 14, median: 26.4, max: 62.3 });
  });

  test('by kind: the difficulty regressions are the family the model follows (4.8 % / 19.4 %)', () => {
    const kind = (value: PublishedEstimate['kind']) =>
      summary(comparisons.filter((row) => row.estimate.kind === value));
    expect(kind('regression')).toEqual({ count: 4, median: 4.8, max: 19.4 });
    expect(kind('electricity')).toEqual({ count: 20, median: 23, max: 65 });
    expect(kind('all-in')).toEqual({ count: 12, median: 31.8, max: 64.6 });
    expect(kind('cash')).toEqual({ count: 9, median: 12.1, max: 62.3 });
  });

  test('no single cost curve can be within 15 % of every estimate: same-kind network estimates a month apart differ by more', () => {
    // Within 15 % of both a and b (a < b) needs b ÷ a ≤ 1.15 ÷ 0.85.
    const limit = 1.15 / 0.85;
    const network = PUBLISHED_ESTIMATES.filter((row) => row.scope === 'network');
    const conflicts: string[] = [];
    for (const a of network) {
      for (const b of network) {
        const days = (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
        if (days < 0 || days > 31 || modelColumnFor(a.kind) !== modelColumnFor(b.kind)) continue;
        const ratio = Math.max(a.usd, b.usd) / Math.min(a.usd, b.usd);
        if (ratio > limit) conflicts.push(`${a.source} ${a.date} ${a.usd} / ${b.source} ${b.date} ${b.usd}`);
      }
    }
    expect(conflicts).toContain('JPMorgan 2024-05-16 45000 / MacroMicro 2024-06-15 86668');
    expect(conflicts).toContain('Capriole 2026-01-15 59450 / MacroMicro 2026-01-19 101000');
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
