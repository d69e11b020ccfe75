// What the background stores under storage.local `liveData`, and how any reader (popup, options page, content
// script) turns the stored value back into it. zod/mini only: this file is safe for the content script.
import * as z from 'zod/mini';

export { LIVE_DATA_STORAGE_KEY } from '../storage-keys';

const positive = () => z.number().check(z.positive());

/** Figures from one successful refresh against a mempool instance. Times are unix ms. */
export const liveSnapshotSchema = z.object({
  /** When the refresh finished. */
  fetchedAt: z.number(),
  /** The instance it came from. */
  baseUrl: z.string(),
  priceUsd: positive(),
  /** When the instance last updated its price. */
  priceTime: z.number(),
  /** Network hashrate, EH/s. */
  hashrateEhs: positive(),
  difficulty: positive(),
  /** Average fees per block over `rewardBlockCount` recent blocks, BTC. */
  feesBtcPerBlock: z.number().check(z.gte(0)),
  /** Average subsidy per block over the same blocks, BTC (reward − fees). */
  subsidyBtcPerBlock: z.number().check(z.gte(0)),
  rewardBlockCount: positive(),
  /** Blocks per day at this epoch's average block interval. */
  blocksPerDay: positive(),
  /** The estimated change at the next retarget, %. */
  nextRetargetChangePct: z.number(),
  nextRetargetAt: z.number(),
});

export const liveStatusSchema = z.object({
  state: z.enum(['ok', 'error', 'off']),
  /** A sentence for the popup and options page (the error, or what was fetched). */
  message: z.string(),
  lastAttemptAt: z.nullable(z.number()),
  /** When the next scheduled refresh runs; null when off. */
  nextAttemptAt: z.nullable(z.number()),
  /** Failed refreshes in a row (sets the backoff). */
  failures: z.number().check(z.int(), z.gte(0)),
  /** Set by a 429 with Retry-After: no request before this time, not even on demand. */
  notBefore: z.nullable(z.number()),
});

export const liveDataStateSchema = z.object({
  /** The last good snapshot; a failed refresh never replaces it. */
  snapshot: z.nullable(liveSnapshotSchema),
  status: liveStatusSchema,
});

export type LiveSnapshot = z.infer<typeof liveSnapshotSchema>;
export type LiveStatus = z.infer<typeof liveStatusSchema>;
export type LiveDataState = z.infer<typeof liveDataStateSchema>;

export const INITIAL_LIVE_DATA_STATE: LiveDataState = {
  snapshot: null,
  status: {
    state: 'off',
    message: 'Live data is off.',
    lastAttemptAt: null,
    nextAttemptAt: null,
    failures: 0,
    notBefore: null,
  },
};

/** The stored value as a LiveDataState; anything invalid reads as "nothing fetched yet" (it never throws). */
export function readLiveDataState(raw: unknown): LiveDataState {
  const parsed = liveDataStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : structuredClone(INITIAL_LIVE_DATA_STATE);
}
