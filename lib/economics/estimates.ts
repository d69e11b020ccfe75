// The bundled table of published production-cost estimates (validated at build, see published-estimates.ts) and
// the lookup the tooltip uses: the estimates nearest a date.
import estimatesData from './published-estimates.json';
import type { EstimateKind, EstimateScope, PublishedEstimate } from './published-estimates';

export type { EstimateKind, EstimateScope, PublishedEstimate };

export const PUBLISHED_ESTIMATES = estimatesData as PublishedEstimate[];

const MS_PER_DAY = 86_400_000;
/** Farther than this from the article's date an estimate says little about it (about 18 months). */
export const NEAREST_ESTIMATES_MAX_DAYS = 550;

export function estimateTime(estimate: PublishedEstimate): number {
  return Date.parse(`${estimate.date}T12:00:00Z`);
}

/**
 * Up to `count` estimates nearest `date` (closest first; on a tie the earlier, then by source), none more than
 * NEAREST_ESTIMATES_MAX_DAYS away.
 */
export function nearestEstimates(
  date: Date,
  count = 3,
  estimates: readonly PublishedEstimate[] = PUBLISHED_ESTIMATES,
): PublishedEstimate[] {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('date: invalid Date (NaN)');
  return estimates
    .map((estimate) => ({ estimate, distance: Math.abs(estimateTime(estimate) - time) }))
    .filter(({ distance }) => distance <= NEAREST_ESTIMATES_MAX_DAYS * MS_PER_DAY)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        a.estimate.date.localeCompare(b.estimate.date) ||
        a.estimate.source.localeCompare(b.estimate.source),
    )
    .slice(0, count)
    .map(({ estimate }) => estimate);
}
