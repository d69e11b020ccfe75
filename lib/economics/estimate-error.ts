// The model against the published estimates: which model column each kind is compared with, the error of each
// comparison, and the summary the README and the explanation page report.
import type { EstimateKind, PublishedEstimate } from './published-estimates';

/** The model's all-in cost or its electricity floor. */
export type ModelColumn = 'all-in' | 'electricity';

/**
 * Electricity-only and cash costs are compared with the model's electricity floor (a cash cost has no
 * depreciation, and power is most of it); all-in costs and difficulty regressions (an all-in proxy) with the
 * model's all-in cost.
 */
export function modelColumnFor(kind: EstimateKind): ModelColumn {
  return kind === 'electricity' || kind === 'cash' ? 'electricity' : 'all-in';
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
    const modelUsd = column === 'electricity' ? cost.electricityUsd : cost.usd;
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
