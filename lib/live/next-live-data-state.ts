// How one refresh attempt (or the feature being off) changes the stored live data. The last good snapshot
// survives every failure; only a success replaces it.
import { nextAttemptDelay } from './backoff';
import type { LiveFetchResult } from './fetch-live-snapshot';
import type { LiveDataState } from './live-data-state';
import { lazy } from '../format/lazy';

const priceFormat = lazy(
  () =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }),
);
const numberFormat = lazy(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));

/** The state after a refresh attempt at `now`, with the next attempt scheduled (backoff on failure). */
export function nextLiveDataState(
  previous: LiveDataState,
  result: LiveFetchResult,
  now: number,
  refreshMinutes: number,
): LiveDataState {
  if (result.ok) {
    const { snapshot } = result;
    return {
      snapshot,
      status: {
        state: 'ok',
        message: `${priceFormat().format(snapshot.priceUsd)}, ${numberFormat().format(snapshot.hashrateEhs)} EH/s from ${snapshot.baseUrl}`,
        lastAttemptAt: now,
        nextAttemptAt: now + nextAttemptDelay({ failures: 0, refreshMinutes }),
        failures: 0,
        notBefore: null,
      },
    };
  }
  const { failure } = result;
  const failures = previous.status.failures + 1;
  const retryAfterMs = failure.kind === 'rate-limited' ? (failure.retryAfterMs ?? null) : null;
  return {
    snapshot: previous.snapshot,
    status: {
      state: 'error',
      message: failure.message,
      lastAttemptAt: now,
      nextAttemptAt: now + nextAttemptDelay({ failures, refreshMinutes, retryAfterMs }),
      failures,
      notBefore: retryAfterMs === null ? null : now + retryAfterMs,
    },
  };
}

/** The state while the feature is off: nothing scheduled, the last snapshot kept (it ages out by itself). */
export function liveDataStateWhenOff(previous: LiveDataState): LiveDataState {
  return {
    snapshot: previous.snapshot,
    status: {
      state: 'off',
      message: 'Live data is off.',
      lastAttemptAt: previous.status.lastAttemptAt,
      nextAttemptAt: null,
      failures: 0,
      notBefore: previous.status.notBefore,
    },
  };
}
