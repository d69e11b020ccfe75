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
}

export type CapitulationState = 'capitulation' | 'recovery' | 'normal';

export interface CapitulationSignal {
  state: CapitulationState;
  month: string;
  shortAverageEhs: number;
  longAverageEhs: number;
}
