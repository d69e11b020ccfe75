import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { HALVINGS } from './halvings';
import { productionCost } from './production-cost';

const defaults = DEFAULT_SETTINGS.model;
/** H = D × 2^32 ÷ 600: difficulty 141.67 T (in force on 5 Feb 2026) as EH/s. */
const hashrateFromDifficulty = (difficultyT: number) => (difficultyT * 1e12 * 2 ** 32) / 600 / 1e18;

describe('productionCost', () => {
  it('follows the formula on round numbers', () => {
    // 1 EH/s × 100 J/TH = 10^8 W = 2.4·10^6 kWh/day; × $0.10 = $240,000/day; 144 × 6.25 = 900 BTC/day.
    const cost = productionCost({
      hashrateEhs: 1,
      efficiencyJPerTh: 100,
      electricityUsdPerKwh: 0.1,
      overheadMultiplier: 2,
      feesBtcPerBlock: 0,
      subsidyBtc: 6.25,
      pue: 1,
    });
    expect(cost.energyKwhPerDay).toBeCloseTo(2.4e6, 3);
    expect(cost.electricityUsdPerDay).toBeCloseTo(240_000, 3);
    expect(cost.btcPerDay).toBe(900);
    expect(cost.electricityUsdPerBtc).toBeCloseTo(266.667, 2);
    expect(cost.allInUsdPerBtc).toBeCloseTo(533.333, 2);
    expect(cost.overheadUsdPerBtc).toBeCloseTo(266.667, 2);
  });

  it('reproduces the seed article: about $87,000 per BTC in early February 2026, within 5 %', () => {
    const cost = productionCost({
      hashrateEhs: hashrateFromDifficulty(141.67),
      efficiencyJPerTh: 24,
      electricityUsdPerKwh: defaults.electricityUsdPerKwh,
      overheadMultiplier: defaults.overheadMultiplier,
      feesBtcPerBlock: 0.02,
      date: new Date('2026-02-05T12:00:00Z'),
    });
    expect(Math.abs(cost.allInUsdPerBtc - 87_000) / 87_000).toBeLessThan(0.05);
    // Electricity is 80 % of the all-in cost with the default overhead multiplier (1.25).
    expect(cost.electricityUsdPerBtc / cost.allInUsdPerBtc).toBeCloseTo(0.8, 6);
  });

  it('costs about $18k more per BTC for each extra cent per kWh (JPMorgan: ≈ $18k), Feb 2026', () => {
    const at = (electricityUsdPerKwh: number) =>
      productionCost({
        hashrateEhs: hashrateFromDifficulty(141.67),
        efficiencyJPerTh: 24,
        electricityUsdPerKwh,
        overheadMultiplier: defaults.overheadMultiplier,
        feesBtcPerBlock: 0.02,
        subsidyBtc: 3.125,
      }).allInUsdPerBtc;
    const perCent = at(0.06) - at(0.05);
    expect(perCent).toBeGreaterThan(16_000);
    expect(perCent).toBeLessThan(20_000);
  });

  it.each(HALVINGS.filter((halving) => halving.happened).map((halving) => [halving.date]))(
    'roughly doubles across the halving of %s at unchanged hashrate',
    (date) => {
      const day = Date.parse(`${date}T00:00:00Z`);
      const at = (time: number) =>
        productionCost({
          hashrateEhs: 500,
          efficiencyJPerTh: 30,
          electricityUsdPerKwh: 0.05,
          overheadMultiplier: 1.25,
          feesBtcPerBlock: 0.05,
          date: new Date(time),
        });
      const before = at(day - 86_400_000);
      const after = at(day + 86_400_000);
      expect(after.subsidyBtc).toBe(before.subsidyBtc / 2);
      const ratio = after.allInUsdPerBtc / before.allInUsdPerBtc;
      expect(ratio).toBeGreaterThan(1.9);
      expect(ratio).toBeLessThanOrEqual(2);
    },
  );

  const valid = {
    hashrateEhs: 900,
    efficiencyJPerTh: 24,
    electricityUsdPerKwh: 0.05,
    overheadMultiplier: 1.25,
    feesBtcPerBlock: 0.02,
    subsidyBtc: 3.125,
  };

  it.each([
    ['hashrateEhs', 0],
    ['hashrateEhs', -5],
    ['hashrateEhs', Number.NaN],
    ['efficiencyJPerTh', 0],
    ['efficiencyJPerTh', Number.NaN],
    ['electricityUsdPerKwh', -0.01],
    ['overheadMultiplier', 0.5],
    ['feesBtcPerBlock', Number.NaN],
  ] as const)('rejects %s = %s with a RangeError naming it', (name, value) => {
    expect(() => productionCost({ ...valid, [name]: value })).toThrow(RangeError);
    expect(() => productionCost({ ...valid, [name]: value })).toThrow(name);
  });

  it('rejects an invalid date and a missing subsidy', () => {
    const { subsidyBtc: _omitted, ...withoutSubsidy } = valid;
    expect(() => productionCost({ ...withoutSubsidy, date: new Date(Number.NaN) })).toThrow(/date/);
    expect(() => productionCost(withoutSubsidy)).toThrow(RangeError);
  });
});
