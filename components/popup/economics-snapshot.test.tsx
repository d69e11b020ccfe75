import { describe, expect, test } from 'vitest';
import { costAt, latestMonth, margin, monthlySeries, regime } from '@/lib/economics';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { chartEstimates, economicsSnapshot } from './economics-snapshot';

describe('economicsSnapshot', () => {
  const snapshot = economicsSnapshot(DEFAULT_SETTINGS);
  const series = monthlySeries();
  const last = series[series.length - 1]!;

  test('describes the latest bundled month with its own price', () => {
    expect(snapshot.month).toBe(latestMonth());
    expect(snapshot.priceUsd).toBeCloseTo(last.priceUsd, 6);
    expect(snapshot.costSource).toBe('model');
  });

  test('margin and regime follow from price, cost and the thin-margin band', () => {
    expect(snapshot.margin).toBeCloseTo(margin(snapshot.priceUsd, snapshot.costUsd), 12);
    expect(snapshot.regime).toBe(regime(snapshot.margin, { thinMarginPct: DEFAULT_SETTINGS.thinMarginPct }));
  });

  test('the chart holds the last 24 months, oldest first, ending at the latest month', () => {
    expect(snapshot.chart).toHaveLength(24);
    expect(snapshot.chart[23]?.month).toBe(latestMonth());
    expect(snapshot.chart.map((point) => point.month)).toEqual(series.slice(-24).map((point) => point.month));
  });

  test('the cost follows the settings: model inputs change it, a fixed cost replaces it', () => {
    const cheaper = economicsSnapshot({
      ...DEFAULT_SETTINGS,
      model: { ...DEFAULT_SETTINGS.model, electricityUsdPerKwh: 0.03 },
    });
    expect(cheaper.costUsd).toBeLessThan(snapshot.costUsd);
    expect(cheaper.chart[0]!.costUsd).toBeLessThan(snapshot.chart[0]!.costUsd);

    const fixed = economicsSnapshot({ ...DEFAULT_SETTINGS, costSource: 'fixed', fixedCostUsd: 50_000 });
    expect(fixed.costUsd).toBe(50_000);
    expect(fixed.costSource).toBe('fixed');
    expect(fixed.chart.every((point) => point.costUsd === 50_000)).toBe(true);
  });

  test('the model cost matches costAt for the middle of the latest month', () => {
    const [year, month] = latestMonth().split('-').map(Number) as [number, number];
    const middle = new Date((Date.UTC(year, month - 1, 1) + Date.UTC(year, month, 1)) / 2);
    expect(snapshot.costUsd).toBeCloseTo(costAt(middle, DEFAULT_SETTINGS).usd, 6);
  });

  test('price ÷ cost is the multiple of the header', () => {
    expect(snapshot.multiple).toBeCloseTo(snapshot.priceUsd / snapshot.costUsd, 12);
  });

  test('the published estimates within the chart’s months are placed by date', () => {
    const chart = [
      { month: '2026-01', priceUsd: 1, costUsd: 1 },
      { month: '2026-02', priceUsd: 1, costUsd: 1 },
    ];
    const at = (date: string) => ({
      date,
      source: date,
      kind: 'all-in' as const,
      scope: 'network' as const,
      usd: 1,
      url: 'https://example.com/',
      evidence: '1',
    });
    const placed = chartEstimates(chart, [
      at('2025-12-20'),
      at('2026-01-01'),
      at('2026-01-16'),
      at('2026-02-28'),
    ]);
    expect(placed.map(({ estimate }) => estimate.date)).toEqual(['2026-01-01', '2026-01-16', '2026-02-28']);
    expect(placed[0]?.position).toBe(0);
    expect(placed[1]?.position).toBeCloseTo(0, 1);
    expect(placed[2]?.position).toBe(1);
    expect(snapshot.estimates.length).toBeGreaterThan(0);
    for (const { estimate } of snapshot.estimates)
      expect(estimate.date >= `${snapshot.chart[0]?.month}-01`).toBe(true);
  });
});
