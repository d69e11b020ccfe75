import { describe, expect, it } from 'vitest';
import { hashprice } from './hashprice';
import { monthlySeries } from './monthly-series';

const yearAverage = (year: string) => {
  const months = monthlySeries().filter((point) => point.month.startsWith(year));
  return months.reduce((sum, point) => sum + point.hashpriceUsdPerPhDay, 0) / months.length;
};

describe('hashprice ($/PH/s/day)', () => {
  it('is near the 2022 low in November 2022 (Hashrate Index: $55.94 daily low)', () => {
    const november = hashprice(new Date('2022-11-16T00:00:00Z'));
    expect(november.usdPerPhDay).toBeGreaterThan(52);
    expect(november.usdPerPhDay).toBeLessThan(68);
  });

  it('is near the record low of early February 2026 (Hashrate Index: $31.56–33.31)', () => {
    const value = hashprice(new Date('2026-02-10T00:00:00Z')).usdPerPhDay;
    expect(value).toBeGreaterThan(30);
    expect(value).toBeLessThan(35);
  });

  it('averages near the published yearly figures (2021: $314.61, 2022: $123.88) within 15 %', () => {
    expect(Math.abs(yearAverage('2021') - 314.61) / 314.61).toBeLessThan(0.15);
    expect(Math.abs(yearAverage('2022') - 123.88) / 123.88).toBeLessThan(0.15);
  });

  it('is clamped and flagged outside the series', () => {
    expect(hashprice(new Date('2030-01-01T00:00:00Z')).clamped).toBe(true);
  });
});
