import { describe, expect, it } from 'vitest';
import { productionCost } from '../economics/production-cost';
import { liveCostInputs } from './live-cost-inputs';
import type { LiveSnapshot } from './live-data-state';

const snapshot: LiveSnapshot = {
  fetchedAt: Date.UTC(2026, 1, 5),
  baseUrl: 'https://mempool.space',
  priceUsd: 70_000,
  priceTime: Date.UTC(2026, 1, 5),
  hashrateEhs: 914,
  difficulty: 1.4167e14,
  feesBtcPerBlock: 0.04,
  subsidyBtcPerBlock: 3.125,
  rewardBlockCount: 144,
  blocksPerDay: 130,
  nextRetargetChangePct: -11,
  nextRetargetAt: Date.UTC(2026, 1, 7),
};

describe('liveCostInputs', () => {
  it('takes the network figures from the snapshot', () => {
    expect(liveCostInputs(snapshot)).toEqual({
      hashrateEhs: 914,
      feesBtcPerBlock: 0.04,
      subsidyBtc: 3.125,
      blocksPerDay: 130,
      date: new Date(Date.UTC(2026, 1, 5)),
    });
  });
  it('feeds the production-cost model: fewer blocks a day, higher cost per BTC', () => {
    const model = { efficiencyJPerTh: 22, electricityUsdPerKwh: 0.05, overheadMultiplier: 1.25 };
    const live = productionCost({ ...model, ...liveCostInputs(snapshot) });
    const onTarget = productionCost({ ...model, ...liveCostInputs({ ...snapshot, blocksPerDay: 144 }) });
    expect(live.subsidyBtc).toBe(3.125);
    expect(live.btcPerDay).toBeCloseTo(130 * 3.165, 6);
    expect(live.allInUsdPerBtc / onTarget.allInUsdPerBtc).toBeCloseTo(144 / 130, 6);
  });
});
