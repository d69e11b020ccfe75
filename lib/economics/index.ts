// Miner economics: production cost, price and margin by date, hashprice and capitulation.
// Pure TypeScript (no browser APIs); how the model works and its sources: ./README.md.
import type { ModelInputs } from '../settings/schema';
export type * from './types';
export type { ModelInputs };
export type { CostSettings } from './cost-at';

export {
  productionCost,
  DEFAULT_PUE,
  NON_ELECTRICITY_OPEX_SHARE,
  TARGET_BLOCKS_PER_DAY,
} from './production-cost';
export { scheduledSubsidy, HALVINGS } from './halvings';
export { priceAt, priceUsdAt } from './price-at';
export { costAt } from './cost-at';
export { margin, regime } from './margin';
export { hashprice } from './hashprice';
export { capitulationAt } from './capitulation';
export { latestMonth, monthlySeries } from './monthly-series';
export { PUBLISHED_ESTIMATES, nearestEstimates, NEAREST_ESTIMATES_MAX_DAYS } from './estimates';
export type { EstimateKind, EstimateScope, PublishedEstimate } from './estimates';
export { compareWithModel, errorSummary, modelColumnFor, modelValue } from './estimate-error';
export type { EstimateComparison, ErrorSummary, ModelColumn } from './estimate-error';
export { bestAchievableMaxError, hashesPerBtc, sameKindGroups } from './estimate-agreement';
export type { AgreementGroup } from './estimate-agreement';
