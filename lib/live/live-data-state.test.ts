import { describe, expect, it } from 'vitest';
import { INITIAL_LIVE_DATA_STATE, readLiveDataState, type LiveDataState } from './live-data-state';

describe('readLiveDataState', () => {
  it('reads nothing stored as "off, nothing fetched"', () => {
    expect(readLiveDataState(undefined)).toEqual(INITIAL_LIVE_DATA_STATE);
  });
  it('reads a corrupt value the same way instead of throwing', () => {
    expect(readLiveDataState({ snapshot: { priceUsd: 'x' }, status: {} })).toEqual(INITIAL_LIVE_DATA_STATE);
  });
  it('keeps a valid stored state', () => {
    const state: LiveDataState = {
      ...INITIAL_LIVE_DATA_STATE,
      status: { ...INITIAL_LIVE_DATA_STATE.status, state: 'error', message: 'HTTP 500', failures: 2 },
    };
    expect(readLiveDataState(structuredClone(state))).toEqual(state);
  });
});
