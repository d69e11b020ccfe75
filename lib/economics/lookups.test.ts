import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { costAt, latestMonth, monthlySeries, priceAt, priceUsdAt } from './index';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const model = DEFAULT_SETTINGS.model;

describe('priceAt and costAt', () => {
  it('give the seed article’s cost, about $87,000 on 5 February 2026, within 5 %', () => {
    const cost = costAt(new Date('2026-02-05T10:41:02Z'));
    expect(cost.source).toBe('model');
    expect(cost.clamped).toBe(false);
    expect(cost.month).toBe('2026-02');
    expect(Math.abs(cost.usd - 87_000) / 87_000).toBeLessThan(0.05);
    expect(cost.electricityUsd).toBeLessThan(cost.usd);
  });

  it('return the month’s own value at its midpoint and interpolate between midpoints', () => {
    const june = monthlySeries().find((point) => point.month === '2022-06');
    const july = monthlySeries().find((point) => point.month === '2022-07');
    expect(priceAt(new Date('2022-06-16T00:00:00Z')).usd).toBeCloseTo(june?.priceUsd ?? Number.NaN, 6);
    const between = priceAt(utc('2022-07-01')).usd;
    expect(between).toBeLessThan(june?.priceUsd ?? 0);
    expect(between).toBeGreaterThan(july?.priceUsd ?? Number.POSITIVE_INFINITY);
  });

  it('clamp dates before the series to January 2016 and flag them', () => {
    const price = priceAt(utc('2014-03-01'));
    expect(price).toMatchObject({ month: '2016-01', clamped: true });
    expect(price.usd).toBe(monthlySeries()[0]?.priceUsd);
    expect(costAt(utc('2014-03-01')).clamped).toBe(true);
  });

  it('clamp dates after the latest month and flag them', () => {
    const cost = costAt(utc('2027-06-01'));
    expect(cost).toMatchObject({ month: latestMonth(), clamped: true });
    expect(priceAt(utc('2026-06-20')).clamped).toBe(false);
  });

  it('use the day’s block subsidy across a halving (not the month’s mixed mean)', () => {
    const series = monthlySeries();
    const april = series.find((point) => point.month === '2024-04');
    const may = series.find((point) => point.month === '2024-05');
    // April 2024's mean subsidy mixes 6.25 and 3.125 (halving on the 20th).
    expect(april?.subsidyBtcPerBlock).toBeGreaterThan(3.125);
    expect(april?.subsidyBtcPerBlock).toBeLessThan(6.25);
    const before = costAt(new Date('2024-04-19T12:00:00Z'));
    const after = costAt(new Date('2024-04-21T12:00:00Z'));
    // The same network two days apart, half the subsidy: the cost per BTC nearly doubles.
    expect(after.electricityUsd / before.electricityUsd).toBeGreaterThan(1.6);
    expect(after.usd / after.electricityUsd).toBeCloseTo(before.usd / before.electricityUsd, 3);
    // The day after the halving costs about what May does, far above April's mixed-subsidy mean.
    expect(after.electricityUsd).toBeGreaterThan(april?.electricityUsd ?? Number.POSITIVE_INFINITY);
    expect(Math.abs(after.electricityUsd / (may?.electricityUsd ?? 0) - 1)).toBeLessThan(0.2);
  });

  it('keep the plain interpolation between months of one subsidy', () => {
    const june = monthlySeries().find((point) => point.month === '2022-06');
    const july = monthlySeries().find((point) => point.month === '2022-07');
    const cost = costAt(utc('2022-07-01')).usd;
    expect(cost).toBeLessThan(Math.max(june?.costUsd ?? 0, july?.costUsd ?? 0));
    expect(cost).toBeGreaterThan(Math.min(june?.costUsd ?? 0, july?.costUsd ?? 0));
    expect(costAt(new Date('2022-06-16T00:00:00Z')).usd).toBeCloseTo(june?.costUsd ?? Number.NaN, 6);
  });

  it('give the same price alone (priceUsdAt) as with its month and provenance, clamped or not', () => {
    for (const day of ['2014-03-01', '2016-01-01', '2020-05-11', '2022-07-01', '2026-02-05', '2031-01-01']) {
      expect(priceUsdAt(utc(day))).toBe(priceAt(utc(day)).usd);
    }
  });

  it('throw a RangeError for an invalid date', () => {
    expect(() => priceAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => costAt(new Date('not a date'))).toThrow(/date/);
  });

  it('return the user’s fixed cost when the cost source is fixed', () => {
    const cost = costAt(utc('2024-01-10'), { costSource: 'fixed', fixedCostUsd: 50_000, model });
    expect(cost).toMatchObject({ usd: 50_000, source: 'fixed' });
    expect(cost.electricityUsd).toBeCloseTo(costAt(utc('2024-01-10')).electricityUsd, 6);
  });

  it('fall back to the model when the fixed source has no cost set', () => {
    expect(costAt(utc('2024-01-10'), { costSource: 'fixed', fixedCostUsd: null, model }).source).toBe(
      'model',
    );
  });

  it('scale with the electricity price and honour a fixed efficiency', () => {
    const date = utc('2025-03-10');
    const base = costAt(date).usd;
    const doubled = costAt(date, {
      costSource: 'model',
      fixedCostUsd: null,
      model: { ...model, electricityUsdPerKwh: 0.1 },
    });
    expect(doubled.usd / base).toBeCloseTo(2, 2);
    const series = monthlySeries().find((point) => point.month === '2025-03');
    const halfEfficiency = costAt(new Date('2025-03-16T12:00:00Z'), {
      costSource: 'model',
      fixedCostUsd: null,
      model: { ...model, efficiencyJPerTh: (series?.efficiencyJPerTh ?? 0) / 2 },
    });
    expect(halfEfficiency.usd / (series?.costUsd ?? 0)).toBeCloseTo(0.5, 2);
    expect(halfEfficiency.provenance).toBe('estimated');
  });

  it('reject invalid model settings with a RangeError naming the input', () => {
    expect(() =>
      costAt(utc('2025-03-10'), {
        costSource: 'model',
        fixedCostUsd: null,
        model: { ...model, efficiencyJPerTh: -3 },
      }),
    ).toThrow(/efficiencyJPerTh/);
  });
});
