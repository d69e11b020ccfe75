// One refresh: the four mempool requests in parallel under one timeout, each answer validated, combined into
// a LiveSnapshot. Pure apart from the `fetch` it is given, so tests run it against a local server.
import { parseRetryAfter } from './backoff';
import type { LiveSnapshot } from './live-data-state';
import {
  describeZodError,
  MEMPOOL_ENDPOINTS,
  SATS_PER_BTC,
  type DifficultyAdjustmentResponse,
  type HashrateResponse,
  type MempoolEndpoint,
  type PricesResponse,
  type RewardStatsResponse,
} from './mempool-responses';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Larger answers are not a mempool response we asked for. */
const MAX_BODY_CHARS = 1_000_000;

export type LiveFetchFailureKind =
  | 'rate-limited'
  | 'server-error'
  | 'http-error'
  | 'timeout'
  | 'network'
  | 'malformed-json'
  | 'invalid-shape'
  /** No request was made: the base URL is invalid or its host permission is missing. */
  | 'not-permitted';

export interface LiveFetchFailure {
  kind: LiveFetchFailureKind;
  /** A sentence naming the request and what went wrong. */
  message: string;
  /** The request that failed; absent when none was made. */
  endpoint?: MempoolEndpoint;
  status?: number;
  /** From a 429's Retry-After header, ms. */
  retryAfterMs?: number | null;
}

export type LiveFetchResult = { ok: true; snapshot: LiveSnapshot } | { ok: false; failure: LiveFetchFailure };

export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface FetchLiveSnapshotOptions {
  /** A validated base URL (see parseBaseUrl), without a trailing slash. */
  baseUrl: string;
  fetch: FetchLike;
  /** For the whole refresh; 10 s unless a test shortens it. */
  timeoutMs?: number;
  now?: () => number;
}

class EndpointError extends Error {
  constructor(readonly failure: LiveFetchFailure) {
    super(failure.message);
  }
}

async function requestJson(
  endpoint: MempoolEndpoint,
  options: FetchLiveSnapshotOptions,
  signal: AbortSignal,
  timedOut: () => boolean,
): Promise<unknown> {
  const { path, schema } = MEMPOOL_ENDPOINTS[endpoint];
  const url = `${options.baseUrl}${path}`;
  const fail = (failure: Omit<LiveFetchFailure, 'endpoint'>): never => {
    throw new EndpointError({ endpoint, ...failure });
  };
  let body: string;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await options.fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (response.status === 429) {
      const now = options.now?.() ?? Date.now();
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
      fail({
        kind: 'rate-limited',
        status: 429,
        retryAfterMs,
        message: `${path}: rate-limited (429)${retryAfterMs === null ? '' : `, retry after ${Math.ceil(retryAfterMs / 1000)} s`}`,
      });
    }
    if (!response.ok) {
      fail({
        kind: response.status >= 500 ? 'server-error' : 'http-error',
        status: response.status,
        message: `${path}: HTTP ${response.status}`,
      });
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    if (timedOut()) {
      fail({
        kind: 'timeout',
        message: `${path}: no answer within ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s`,
      });
    }
    fail({
      kind: 'network',
      message: `${path}: could not connect (${error instanceof Error ? error.message : String(error)})`,
    });
    throw error; // unreachable: fail() throws
  }
  if (body.length > MAX_BODY_CHARS) fail({ kind: 'invalid-shape', message: `${path}: answer too large` });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    fail({ kind: 'malformed-json', message: `${path}: the answer is not JSON` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    fail({
      kind: 'invalid-shape',
      message: `${path}: unexpected answer (${describeZodError(parsed.error)})`,
    });
  }
  return parsed.data;
}

/** The combined figures; throws when the answers are valid one by one but unusable together. */
function snapshotFrom(
  baseUrl: string,
  fetchedAt: number,
  prices: PricesResponse,
  hashrate: HashrateResponse,
  adjustment: DifficultyAdjustmentResponse,
  rewards: RewardStatsResponse,
): LiveSnapshot {
  const hashrateHs = hashrate.currentHashrate || (hashrate.hashrates.at(-1)?.avgHashrate ?? 0);
  const difficulty = hashrate.currentDifficulty || (hashrate.difficulty.at(-1)?.difficulty ?? 0);
  if (hashrateHs <= 0 || difficulty <= 0) {
    throw new EndpointError({
      endpoint: 'hashrate',
      kind: 'invalid-shape',
      message: `${MEMPOOL_ENDPOINTS.hashrate.path}: no current hashrate or difficulty`,
    });
  }
  const blocks = rewards.endBlock - rewards.startBlock + 1;
  return {
    fetchedAt,
    baseUrl,
    priceUsd: prices.USD,
    priceTime: prices.time * 1000,
    hashrateEhs: hashrateHs / 1e18,
    difficulty,
    feesBtcPerBlock: rewards.totalFee / blocks / SATS_PER_BTC,
    subsidyBtcPerBlock: (rewards.totalReward - rewards.totalFee) / blocks / SATS_PER_BTC,
    rewardBlockCount: blocks,
    blocksPerDay: 86_400_000 / adjustment.timeAvg,
    nextRetargetChangePct: adjustment.difficultyChange,
    nextRetargetAt: adjustment.estimatedRetargetDate,
  };
}

/** Fetches and validates every figure; any failure (first by request order) fails the whole refresh. Never rejects. */
export async function fetchLiveSnapshot(options: FetchLiveSnapshotOptions): Promise<LiveFetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const request = (endpoint: MempoolEndpoint) =>
    requestJson(endpoint, options, controller.signal, () => timedOut);
  const settled = await Promise.allSettled([
    request('prices'),
    request('hashrate'),
    request('difficultyAdjustment'),
    request('rewardStats'),
  ]);
  clearTimeout(timer);
  try {
    const [prices, hashrate, adjustment, rewards] = settled.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
      // Each value was parsed by the schema of its endpoint, in this order.
    }) as [PricesResponse, HashrateResponse, DifficultyAdjustmentResponse, RewardStatsResponse];
    const fetchedAt = options.now?.() ?? Date.now();
    return {
      ok: true,
      snapshot: snapshotFrom(options.baseUrl, fetchedAt, prices, hashrate, adjustment, rewards),
    };
  } catch (error) {
    if (error instanceof EndpointError) return { ok: false, failure: error.failure };
    // Not expected from the code above; reported like any failure so a refresh never breaks the schedule.
    return {
      ok: false,
      failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
