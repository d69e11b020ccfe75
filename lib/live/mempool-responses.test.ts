import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  difficultyAdjustmentResponseSchema,
  hashrateResponseSchema,
  pricesResponseSchema,
  rewardStatsResponseSchema,
} from './mempool-responses';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/mempool/${name}`, import.meta.url), 'utf8'));

describe('mempool response schemas', () => {
  it('accept the documented shapes (fixtures)', () => {
    expect(pricesResponseSchema.parse(fixture('prices.json'))).toEqual({ time: 1770300000, USD: 70123 });
    expect(hashrateResponseSchema.parse(fixture('hashrate-3d.json')).currentHashrate).toBe(9.14e20);
    expect(difficultyAdjustmentResponseSchema.parse(fixture('difficulty-adjustment.json')).timeAvg).toBe(
      675500,
    );
  });

  it('read reward sums sent as strings (mempool.space) or numbers', () => {
    expect(rewardStatsResponseSchema.parse(fixture('reward-stats-144.json'))).toEqual({
      startBlock: 935186,
      endBlock: 935329,
      totalReward: 45_572_400_000,
      totalFee: 572_400_000,
      totalTx: 512_345,
    });
    const numeric = { startBlock: 1, endBlock: 2, totalReward: 700, totalFee: 100, totalTx: 5 };
    expect(rewardStatsResponseSchema.parse(numeric)).toEqual(numeric);
  });

  it('reject a price no exchange answered for (-1) and a price as a string', () => {
    expect(pricesResponseSchema.safeParse({ time: 1770300000, USD: -1 }).success).toBe(false);
    expect(pricesResponseSchema.safeParse({ time: 1770300000, USD: '70123' }).success).toBe(false);
  });

  it('reject a negative hashrate and a retarget change outside −75…300 %', () => {
    const hashrate = { hashrates: [], difficulty: [], currentHashrate: -1, currentDifficulty: 1 };
    expect(hashrateResponseSchema.safeParse(hashrate).success).toBe(false);
    const adjustment = fixture('difficulty-adjustment.json') as Record<string, unknown>;
    expect(
      difficultyAdjustmentResponseSchema.safeParse({ ...adjustment, difficultyChange: 400 }).success,
    ).toBe(false);
  });

  it('reject reward stats whose fees exceed the reward or whose range runs backwards', () => {
    const base = { startBlock: 10, endBlock: 20, totalReward: '100', totalFee: '50', totalTx: '1' };
    expect(rewardStatsResponseSchema.safeParse({ ...base, totalFee: '500' }).success).toBe(false);
    expect(rewardStatsResponseSchema.safeParse({ ...base, endBlock: 5 }).success).toBe(false);
    expect(rewardStatsResponseSchema.safeParse({ ...base, totalReward: '1e9' }).success).toBe(false);
  });
});
