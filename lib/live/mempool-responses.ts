// The mempool REST responses Miner Margin reads, as zod schemas (full zod: the background only, never the
// content script). Each shape was checked against mempool's own backend (github.com/mempool/mempool); the file
// that builds each response is named beside its schema. Unknown keys are ignored; anything we use is required.
import * as z from 'zod';

/** Satoshis per bitcoin. */
export const SATS_PER_BTC = 100_000_000;

/**
 * `GET /api/v1/prices` — backend/src/api/prices/prices.routes.ts sends `pricesUpdater.getLatestPrices()`
 * (backend/src/tasks/price-updater.ts): `{ time: unix seconds, USD, EUR, GBP, CAD, CHF, AUD, JPY }`.
 * A currency no exchange feed answered for is `-1` (`getEmptyPricesObj`), so USD must be positive here.
 */
export const pricesResponseSchema = z.object({
  time: z.number().int().nonnegative(),
  USD: z.number().positive(),
});

const hashrateEntrySchema = z.object({
  /** Unix seconds (`UNIX_TIMESTAMP(hashrate_timestamp)`). */
  timestamp: z.number().nonnegative(),
  /** Daily average network hashrate, H/s. */
  avgHashrate: z.number().nonnegative(),
});

const difficultyEntrySchema = z.object({
  difficulty: z.number().nonnegative(),
});

/**
 * `GET /api/v1/mining/hashrate/:interval` — backend/src/api/mining/mining-routes.ts `$getHistoricalHashrate`:
 * `{ hashrates: [{ timestamp, avgHashrate }] (HashratesRepository.$getNetworkDailyHashrate, H/s),
 *    difficulty: [{ time, height, difficulty, adjustment }] (DifficultyAdjustmentsRepository.$getAdjustments),
 *    currentHashrate (bitcoind getnetworkhashps, H/s), currentDifficulty }`.
 * The route sends 0 for both current values when Bitcoin Core is unreachable; the lists are the fallback.
 */
export const hashrateResponseSchema = z.object({
  hashrates: z.array(hashrateEntrySchema),
  difficulty: z.array(difficultyEntrySchema),
  currentHashrate: z.number().nonnegative(),
  currentDifficulty: z.number().nonnegative(),
});

/**
 * `GET /api/v1/difficulty-adjustment` — backend/src/api/difficulty-adjustment.ts `DifficultyAdjustment`:
 * progressPercent 0–100, difficultyChange −75…300 %, estimatedRetargetDate (unix ms), remainingBlocks,
 * remainingTime (ms), previousRetarget (%), nextRetargetHeight, timeAvg (ms between blocks this epoch), timeOffset.
 */
export const difficultyAdjustmentResponseSchema = z.object({
  progressPercent: z.number().min(0).max(100),
  difficultyChange: z.number().min(-75).max(300),
  estimatedRetargetDate: z.number().nonnegative(),
  remainingBlocks: z.number().int().nonnegative(),
  nextRetargetHeight: z.number().int().nonnegative(),
  timeAvg: z.number().positive(),
});

// MySQL returns SUM() as DECIMAL and the driver serialises it as a string, so mempool.space answers
// `"totalReward": "…"`; a number is accepted too (other implementations of the same API send one).
const satoshiSumSchema = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d{1,20}$/, 'expected a whole number of satoshis')
    .transform(Number),
]);

/**
 * `GET /api/v1/mining/reward-stats/:blockCount` — backend/src/api/mining/mining-routes.ts `$getRewardStats` →
 * BlocksRepository.$getBlockStats: `{ startBlock, endBlock, totalReward, totalFee, totalTx }` over the last
 * `blockCount` blocks; rewards and fees in satoshis (reward = subsidy + fees).
 */
export const rewardStatsResponseSchema = z
  .object({
    startBlock: z.number().int().nonnegative(),
    endBlock: z.number().int().nonnegative(),
    totalReward: satoshiSumSchema,
    totalFee: satoshiSumSchema,
    totalTx: satoshiSumSchema,
  })
  .refine((stats) => stats.endBlock >= stats.startBlock, 'endBlock is before startBlock')
  .refine((stats) => stats.totalFee <= stats.totalReward, 'totalFee is larger than totalReward');

export type PricesResponse = z.infer<typeof pricesResponseSchema>;
export type HashrateResponse = z.infer<typeof hashrateResponseSchema>;
export type DifficultyAdjustmentResponse = z.infer<typeof difficultyAdjustmentResponseSchema>;
export type RewardStatsResponse = z.infer<typeof rewardStatsResponseSchema>;

/** The requests one refresh makes, relative to the instance's base URL, with the schema of each answer. */
export const MEMPOOL_ENDPOINTS = {
  prices: { path: '/api/v1/prices', schema: pricesResponseSchema },
  hashrate: { path: '/api/v1/mining/hashrate/3d', schema: hashrateResponseSchema },
  difficultyAdjustment: { path: '/api/v1/difficulty-adjustment', schema: difficultyAdjustmentResponseSchema },
  rewardStats: { path: '/api/v1/mining/reward-stats/144', schema: rewardStatsResponseSchema },
} as const;

export type MempoolEndpoint = keyof typeof MEMPOOL_ENDPOINTS;

/** One line per problem, e.g. `USD: Invalid input: expected number, received string`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}
