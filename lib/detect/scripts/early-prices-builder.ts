import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Monthly bitcoin price ranges before the economics series starts (Jul 2010 – Dec 2015), for the detector's
 * plausibility checks of dated sentences ("topped $1,000 in November 2013"). Built from Coin Metrics Community
 * Data (CC BY-NC 4.0): daily min/max for 2010-07 … 2014-12 (`btc-monthly-price-2010-2014.csv`), the monthly mean
 * for 2015 (`btc-monthly-coinmetrics.csv`). Values rounded to three significant digits.
 */
export interface EarlyPrices {
  firstMonth: string;
  /** [low, high] in USD per month from `firstMonth` on. */
  ranges: [number, number][];
}

const round3 = (value: number) => Number(value.toPrecision(3));

export function buildEarlyPrices(economicsDataDir: string): EarlyPrices {
  const rows = (file: string) =>
    readFileSync(join(economicsDataDir, file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
  const early = rows('btc-monthly-price-2010-2014.csv').map(([month, , , low, high]) => ({
    month: month!,
    range: [round3(Number(low)), round3(Number(high))] as [number, number],
  }));
  const year2015 = rows('btc-monthly-coinmetrics.csv')
    .filter(([month]) => month!.startsWith('2015-'))
    .map(([month, , mean]) => ({
      month: month!,
      range: [round3(Number(mean)), round3(Number(mean))] as [number, number],
    }));
  const months = [...early, ...year2015];
  months.forEach((entry, index) => {
    if (index === 0) return;
    const [year, month] = months[index - 1]!.month.split('-').map(Number) as [number, number];
    const expected = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    if (entry.month !== expected)
      throw new Error(`early prices: ${entry.month} follows ${months[index - 1]!.month}`);
  });
  return { firstMonth: months[0]!.month, ranges: months.map((entry) => entry.range) };
}
