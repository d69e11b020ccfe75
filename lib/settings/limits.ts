/** Accepted ranges of the numeric settings; the schema enforces them and the options page explains them. */
export const LIMITS = {
  electricityUsdPerKwh: { min: 0.005, max: 0.5 },
  efficiencyJPerTh: { min: 5, max: 500 },
  overheadMultiplier: { min: 1, max: 5 },
  fixedCostUsd: { min: 100, max: 10_000_000 },
  thinMarginPct: { min: 1, max: 100 },
  hoverDelayMs: { min: 0, max: 2000 },
  liveRefreshMinutes: { min: 5, max: 1440 },
  liveMaxAgeHours: { min: 1, max: 72 },
} as const;

export type LimitedField = keyof typeof LIMITS;
