import { expect, test } from 'vitest';
import { datasetStats } from './dataset-stats';

test('counts articles per year (in order), per tag and per sentiment', () => {
  const stats = datasetStats([
    { publishedAt: '2024-04-20T00:00:00.000Z', tags: ['HALVING', 'HASHPRICE'], sentiment: 'NEUTRAL' },
    { publishedAt: '2022-12-21T00:00:00.000Z', tags: ['BANKRUPTCY', 'HASHPRICE'], sentiment: 'NEGATIVE' },
    { publishedAt: '2024-01-10T00:00:00.000Z', tags: ['ETF', 'PRICE'], sentiment: 'POSITIVE' },
  ]);
  expect(stats.total).toBe(3);
  expect(Object.entries(stats.byYear)).toEqual([
    ['2022', 1],
    ['2024', 2],
  ]);
  expect(stats.byTag.HASHPRICE).toBe(2);
  expect(stats.byTag.CAPITULATION).toBe(0);
  expect(stats.bySentiment).toEqual({ NEGATIVE: 1, NEUTRAL: 1, POSITIVE: 1 });
});
