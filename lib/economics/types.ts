/** Where a monthly value comes from. */
export type Provenance = 'sourced' | 'estimated' | 'interpolated';

/** A value looked up for a date in the bundled monthly series. */
export interface DatedValue {
  usd: number;
  /** The series month the value comes from, `YYYY-MM`. */
  month: string;
  /** True when the date lay outside the series and the nearest end was used. */
  clamped: boolean;
  provenance: Provenance;
}

export interface CostAt extends DatedValue {
  /** `usd` is the all-in cost; this is the electricity-only part. */
  electricityUsd: number;
  /** Whether `usd` comes from the model or the user's fixed cost. */
  source: 'model' | 'fixed';
}

export type Regime = 'below-cost' | 'thin-margin' | 'healthy';

export interface MarginBands {
  /** Margins in [0, thinMarginPct %) are thin. */
  thinMarginPct: number;
}

export interface Hashprice {
  usdPerPhDay: number;
  month: string;
  clamped: boolean;
  provenance: Provenance;
}

export type CapitulationState = 'capitulation' | 'recovery' | 'normal';

export interface CapitulationSignal {
  state: CapitulationState;
  month: string;
  shortAverageEhs: number;
  longAverageEhs: number;
  clamped: boolean;
}

/** Inputs of the production-cost model for one day of network operation. */
export interface ProductionCostInputs {
  /** Network hashrate, EH/s (10^18 hashes per second). */
  hashrateEhs: number;
  /** Fleet efficiency, J/TH (joules per 10^12 hashes). */
  efficiencyJPerTh: number;
  /** Electricity price paid by the fleet, $/kWh. */
  electricityUsdPerKwh: number;
  /** All-in cost ÷ electricity cost (capex depreciation, hosting, staff, financing). */
  overheadMultiplier: number;
  /** Average fees per block, BTC. */
  feesBtcPerBlock: number;
  /** The block subsidy, BTC; when absent it follows the halving schedule at `date`. */
  subsidyBtc?: number;
  /** The day modelled; sets the subsidy when `subsidyBtc` is absent. */
  date?: Date;
  /** Blocks per day; 144 (the 10-minute target) when absent. */
  blocksPerDay?: number;
  /** Facility energy ÷ machine energy (cooling, power conversion); 1.10 when absent (CBECI best guess). */
  pue?: number;
}

/** The model's result and its parts. */
export interface ProductionCost {
  /** All-in cost per BTC, $ (electricity × overhead multiplier). */
  allInUsdPerBtc: number;
  /** Electricity cost per BTC, $ (machines plus facility overhead via PUE). */
  electricityUsdPerBtc: number;
  /** The non-electricity part of the all-in cost per BTC, $. */
  overheadUsdPerBtc: number;
  /** Facility energy used by the network per day, kWh. */
  energyKwhPerDay: number;
  /** Electricity bill of the network per day, $. */
  electricityUsdPerDay: number;
  /** BTC mined per day: blocks per day × (subsidy + fees). */
  btcPerDay: number;
  /** Block subsidy used, BTC. */
  subsidyBtc: number;
}

/** One month of the bundled series, as the popup chart reads it. */
export interface MonthlyPoint {
  /** `YYYY-MM`. */
  month: string;
  priceUsd: number;
  hashrateEhs: number;
  feesBtcPerBlock: number;
  subsidyBtcPerBlock: number;
  blocksPerDay: number;
  efficiencyJPerTh: number;
  /** The model's all-in cost per BTC with default settings, $. */
  costUsd: number;
  /** The model's electricity cost per BTC with default settings, $. */
  electricityUsd: number;
  hashpriceUsdPerPhDay: number;
  provenance: Record<SeriesField, Provenance>;
}

/** Fields of the bundled series that carry their own provenance. */
export type SeriesField =
  | 'priceUsd'
  | 'hashrateEhs'
  | 'feesBtcPerBlock'
  | 'subsidyBtcPerBlock'
  | 'blocksPerDay'
  | 'efficiencyJPerTh'
  | 'costUsd';

/** The shipped series file: parallel arrays (compact), one entry per month from `startMonth`. */
export interface SeriesData {
  startMonth: string;
  endMonth: string;
  priceUsd: number[];
  hashrateEhs: number[];
  feesBtcPerBlock: number[];
  subsidyBtcPerBlock: number[];
  blocksPerDay: number[];
  efficiencyJPerTh: number[];
  costUsd: number[];
  electricityUsd: number[];
  /** One letter per month: s = sourced, e = estimated, i = interpolated. */
  provenance: Record<SeriesField, string>;
}
