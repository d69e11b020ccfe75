// The production-cost model. Formula and defaults are documented with sources in ./README.md.
import { scheduledSubsidy } from './halvings';
import type { ProductionCost, ProductionCostInputs } from './types';

/** Target blocks per day (one per 10 minutes). */
export const TARGET_BLOCKS_PER_DAY = 144;
/** Facility energy ÷ machine energy: Cambridge CBECI's best-guess PUE (its range is 1.01 to 1.20). */
export const DEFAULT_PUE = 1.1;
/**
 * Non-electricity operating costs (staff, site, maintenance) as a share of the electricity cost: the 15 %
 * CoinShares adds to electricity in its network-average cost of creation (Dec 2019 white paper, "15%
 * non-electricity OPEX", https://docslib.org/doc/6986648/mining-whitepaper-december-2019-final; June 2019:
 * "+15% additional operating costs", https://fb.box/crypto/67774.html). Cash cost = electricity × (1 + this).
 */
export const NON_ELECTRICITY_OPEX_SHARE = 0.15;

const SECONDS_PER_DAY = 86_400;
const JOULES_PER_KWH = 3.6e6;
/** 1 EH/s = 10^6 TH/s. */
const TH_PER_EH = 1e6;

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name}: expected a positive finite number, got ${String(value)}`);
  }
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name}: expected a finite number ≥ 0, got ${String(value)}`);
  }
}

/**
 * Cost of producing one BTC for the whole network over a day:
 * energy/day [kWh] = H [TH/s] × e [J/TH] × PUE × 86,400 s ÷ 3.6·10⁶ J/kWh;
 * electricity per BTC = energy/day × p [$/kWh] ÷ (blocks/day × (subsidy + fees));
 * all-in per BTC = electricity per BTC × overhead multiplier.
 */
export function productionCost(inputs: ProductionCostInputs): ProductionCost {
  const { hashrateEhs, efficiencyJPerTh, electricityUsdPerKwh, overheadMultiplier, feesBtcPerBlock } = inputs;
  const blocksPerDay = inputs.blocksPerDay ?? TARGET_BLOCKS_PER_DAY;
  const pue = inputs.pue ?? DEFAULT_PUE;
  requirePositive('hashrateEhs', hashrateEhs);
  requirePositive('efficiencyJPerTh', efficiencyJPerTh);
  requireNonNegative('electricityUsdPerKwh', electricityUsdPerKwh);
  requireNonNegative('feesBtcPerBlock', feesBtcPerBlock);
  requirePositive('blocksPerDay', blocksPerDay);
  if (!Number.isFinite(overheadMultiplier) || overheadMultiplier < 1) {
    throw new RangeError(
      `overheadMultiplier: expected a finite number ≥ 1, got ${String(overheadMultiplier)}`,
    );
  }
  if (!Number.isFinite(pue) || pue < 1) {
    throw new RangeError(`pue: expected a finite number ≥ 1, got ${String(pue)}`);
  }

  let subsidyBtc: number;
  if (inputs.subsidyBtc !== undefined) {
    requireNonNegative('subsidyBtc', inputs.subsidyBtc);
    subsidyBtc = inputs.subsidyBtc;
  } else if (inputs.date !== undefined) {
    subsidyBtc = scheduledSubsidy(inputs.date);
  } else {
    throw new RangeError('subsidyBtc: give either subsidyBtc or date (to follow the halving schedule)');
  }

  const btcPerDay = blocksPerDay * (subsidyBtc + feesBtcPerBlock);
  requirePositive('subsidyBtc + feesBtcPerBlock', btcPerDay);
  const energyKwhPerDay =
    (hashrateEhs * TH_PER_EH * efficiencyJPerTh * pue * SECONDS_PER_DAY) / JOULES_PER_KWH;
  const electricityUsdPerDay = energyKwhPerDay * electricityUsdPerKwh;
  const electricityUsdPerBtc = electricityUsdPerDay / btcPerDay;
  const allInUsdPerBtc = electricityUsdPerBtc * overheadMultiplier;
  return {
    allInUsdPerBtc,
    electricityUsdPerBtc,
    overheadUsdPerBtc: allInUsdPerBtc - electricityUsdPerBtc,
    energyKwhPerDay,
    electricityUsdPerDay,
    btcPerDay,
    subsidyBtc,
  };
}
