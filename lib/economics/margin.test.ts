import { describe, expect, it } from 'vitest';
import { margin, regime } from './margin';

describe('margin', () => {
  it('is (price − cost) ÷ cost', () => {
    expect(margin(70_000, 87_000)).toBeCloseTo(-0.1954, 4);
    expect(margin(110_000, 100_000)).toBeCloseTo(0.1, 10);
  });

  it('rejects a zero, negative or NaN cost and a NaN price', () => {
    expect(() => margin(70_000, 0)).toThrow(/cost/);
    expect(() => margin(70_000, -1)).toThrow(RangeError);
    expect(() => margin(Number.NaN, 87_000)).toThrow(/price/);
  });
});

describe('regime with a 10 % thin-margin band', () => {
  const bands = { thinMarginPct: 10 };
  it.each([
    [-0.2, 'below-cost'],
    [-0.0001, 'below-cost'],
    [0, 'thin-margin'],
    [0.0999, 'thin-margin'],
    [0.1, 'healthy'],
    [1.5, 'healthy'],
  ] as const)('margin %s → %s', (value, expected) => {
    expect(regime(value, bands)).toBe(expected);
  });

  it('follows the band width', () => {
    expect(regime(0.15, { thinMarginPct: 20 })).toBe('thin-margin');
    expect(regime(0.15, { thinMarginPct: 5 })).toBe('healthy');
  });

  it('rejects NaN', () => {
    expect(() => regime(Number.NaN, bands)).toThrow(RangeError);
  });
});
