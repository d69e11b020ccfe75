// Live miner data from a mempool instance: pure parts. The content script may import this index (no full zod
// here; the response schemas in ./mempool-responses are for the background only and are not re-exported).
export {
  INITIAL_LIVE_DATA_STATE,
  LIVE_DATA_STORAGE_KEY,
  liveDataStateSchema,
  liveSnapshotSchema,
  readLiveDataState,
  type LiveDataState,
  type LiveSnapshot,
  type LiveStatus,
} from './live-data-state';
export { isFresh } from './is-fresh';
export { describeSource, formatAge, formatMonth } from './describe-source';
export { liveCostInputs, type LiveCostInputs } from './live-cost-inputs';
export { liveCost, type LiveCost } from './live-cost';
export { parseBaseUrl, type BaseUrlResult } from './base-url';
