import { describe, expect, it } from 'vitest';
import { costAt } from '../economics/cost-at';
import { monthMidpoint } from '../economics/month';
import { monthlySeries } from '../economics/monthly-series';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { liveCost } from './live-cost';
import type { LiveSnapshot } from './live-data-state';

const last = monthlySeries().at(-1)!;
// A snapshot whose network figures equal the series' last month: live and bundled costs must agree.
const midpoint = monthMidpoint(last.month);
const snapshot: LiveSnapshot = {
  fetchedAt: midpoint,
  baseUrl: 'https://mempool.space',
  priceUsd: last.priceUsd,
  priceTime: midpoint,
  hashrateEhs: last.hashrateEhs,
  difficulty: 1.3e14,
  feesBtcPerBlock: last.feesBtcPerBlock,
  subsidyBtcPerBlock: last.subsidyBtcPerBlock,
  rewardBlockCount: 144,
  blocksPerDay: last.blocksPerDay,
  nextRetargetChangePct: 0,
  nextRetargetAt: 0,
};

describe('liveCost', () => {
  it('matches the bundled model when the live network figures equal the last month', () => {
    const bundled = costAt(new Date(snapshot.fetchedAt));
    const live = liveCost(snapshot);
    expect(live.usd).toBeCloseTo(bundled.usd, 0);
    expect(live.electricityUsd).toBeCloseTo(bundled.electricityUsd, 0);
    expect(live.source).toBe('model');
  });

  it('rises with the live hashrate', () => {
    const higher = liveCost({ ...snapshot, hashrateEhs: snapshot.hashrateEhs * 1.1 });
    expect(higher.usd / liveCost(snapshot).usd).toBeCloseTo(1.1, 6);
  });

  it('keeps the user fixed cost, with the live electricity floor beside it', () => {
    const settings = { ...DEFAULT_SETTINGS, costSource: 'fixed' as const, fixedCostUsd: 80_000 };
    const live = liveCost(snapshot, settings);
    expect(live).toMatchObject({ usd: 80_000, source: 'fixed' });
    expect(live.electricityUsd).toBeCloseTo(liveCost(snapshot).electricityUsd, 6);
  });
});
