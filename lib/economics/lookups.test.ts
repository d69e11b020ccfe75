import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { costAt, latestMonth, monthlySeries, priceAt } from './index';

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
