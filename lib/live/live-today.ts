// Today's figures from a fresh live snapshot, for the tooltip and popup; null when live data is off or stale.
import { latestMonth } from '../economics';
import type { Settings } from '../settings/schema';
import { describeSource } from './describe-source';
import { isFresh } from './is-fresh';
import { liveCost, type LiveCost } from './live-cost';
import type { LiveSnapshot } from './live-data-state';

export interface LiveToday {
  cost: LiveCost;
  priceUsd: number;
  /** "live, 12 min ago". */
  label: string;
  fetchedAt: number;
}

/** Live figures to use for "today", or null (feature off, no snapshot, or older than the user's max age). */
export function liveToday(
  snapshot: LiveSnapshot | null,
  settings: Pick<Settings, 'live' | 'costSource' | 'fixedCostUsd' | 'model'>,
  now: Date | number = Date.now(),
): LiveToday | null {
  if (!settings.live.enabled || !snapshot || !isFresh(snapshot, now, settings.live.maxAgeHours)) return null;
  return {
    cost: liveCost(snapshot, settings),
    priceUsd: snapshot.priceUsd,
    label: describeSource(snapshot, now, latestMonth(), settings.live.maxAgeHours),
    fetchedAt: snapshot.fetchedAt,
  };
}

const NUMBER_FIELDS = [
  'fetchedAt',
  'priceUsd',
  'hashrateEhs',
  'feesBtcPerBlock',
  'subsidyBtcPerBlock',
  'blocksPerDay',
];

/**
 * The snapshot from a stored `liveData` value without zod (the content script's size budget): every number the
 * cost model reads must be finite and positive (fees may be zero), or there is no snapshot.
 */
export function storedSnapshot(stored: unknown): LiveSnapshot | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const snapshot = (stored as { snapshot?: unknown }).snapshot;
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const fields = snapshot as Record<string, unknown>;
  const valid = NUMBER_FIELDS.every((name) => {
    const value = fields[name];
    return typeof value === 'number' && Number.isFinite(value) && (value > 0 || name === 'feesBtcPerBlock');
  });
  return valid ? (snapshot as LiveSnapshot) : null;
}
