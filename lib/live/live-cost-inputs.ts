import type { ProductionCostInputs } from '../economics/types';
import type { LiveSnapshot } from './live-data-state';

/** The network side of the production-cost model from a live snapshot; the user's settings supply the rest. */
export type LiveCostInputs = Required<
  Pick<ProductionCostInputs, 'hashrateEhs' | 'feesBtcPerBlock' | 'subsidyBtc' | 'blocksPerDay' | 'date'>
>;

/** What `productionCost` needs from the network today, read from a snapshot (spread it into the model's inputs). */
export function liveCostInputs(snapshot: LiveSnapshot): LiveCostInputs {
  return {
    hashrateEhs: snapshot.hashrateEhs,
    feesBtcPerBlock: snapshot.feesBtcPerBlock,
    subsidyBtc: snapshot.subsidyBtcPerBlock,
    blocksPerDay: snapshot.blocksPerDay,
    date: new Date(snapshot.fetchedAt),
  };
}
