// The model against the published estimates: which model column each kind is compared with, the error of each
// comparison, and the summary the README and the explanation page report.
import { NON_ELECTRICITY_OPEX_SHARE } from './production-cost';
import type { EstimateKind, PublishedEstimate } from './published-estimates';

/** The model's electricity floor, its cash cost (electricity + non-power opex) or its all-in cost. */
export type ModelColumn = 'electricity' | 'cash' | 'all-in';

/**
 * Kind for kind: electricity-only figures against the model's electricity floor, cash costs against its cash
 * cost (electricity × (1 + NON_ELECTRICITY_OPEX_SHARE), no depreciation), all-in costs and difficulty
 * regressions (an all-in proxy) against its all-in cost.
 */
export function modelColumnFor(kind: EstimateKind): ModelColumn {
  if (kind === 'electricity' || kind === 'cash') return kind;
  return 'all-in';
}

/** The model's value of `column` from its all-in cost and electricity floor at a date. */
export function modelValue(column: ModelColumn, cost: ModelCostAt): number {
  if (column === 'electricity') return cost.electricityUsd;
  if (column === 'cash') return cost.electricityUsd * (1 + NON_ELECTRICITY_OPEX_SHARE);
  return cost.usd;
}

export interface ModelCostAt {
  usd: number;
  electricityUsd: number;
}

export interface EstimateComparison {
  estimate: PublishedEstimate;
  column: ModelColumn;
  /** The model's value of `column` at the estimate's date, $/BTC. */
  modelUsd: number;
  /** (model − published) ÷ published. */
  error: number;
}

export function compareWithModel(
  estimates: readonly PublishedEstimate[],
  costAtDate: (date: Date) => ModelCostAt,
): EstimateComparison[] {
  return estimates.map((estimate) => {
    const cost = costAtDate(new Date(`${estimate.date}T12:00:00Z`));
    const column = modelColumnFor(estimate.kind);
    const modelUsd = modelValue(column, cost);
    return { estimate, column, modelUsd, error: modelUsd / estimate.usd - 1 };
  });
}

export interface ErrorSummary {
  count: number;
  /** Median of |error|, a fraction. */
  medianAbsError: number;
  /** Largest |error|, a fraction. */
  maxAbsError: number;
  /** The comparison with the largest |error|. */
  worst: EstimateComparison;
}

export function errorSummary(comparisons: readonly EstimateComparison[]): ErrorSummary {
  if (comparisons.length === 0) throw new RangeError('errorSummary: no comparisons');
  const sorted = [...comparisons].sort((a, b) => Math.abs(a.error) - Math.abs(b.error));
  const middle = sorted.length / 2;
  const abs = (index: number) => Math.abs(sorted[index]?.error ?? Number.NaN);
  const medianAbsError =
    sorted.length % 2 === 1 ? abs(Math.floor(middle)) : (abs(middle - 1) + abs(middle)) / 2;
  const worst = sorted[sorted.length - 1] as EstimateComparison;
  return { count: sorted.length, medianAbsError, maxAbsError: Math.abs(worst.error), worst };
}
