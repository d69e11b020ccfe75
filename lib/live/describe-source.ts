import { isFresh } from './is-fresh';
import type { LiveSnapshot } from './live-data-state';
import { lazy } from '../format/lazy';

const monthFormat = lazy(
  () => new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
);

/** How long ago, in words: `just now`, `12 min ago`, `3 h ago`, `2 days ago`. */
export function formatAge(ageMs: number): string {
  const minutes = Math.floor(Math.max(0, ageMs) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** `2026-02` → `Feb 2026`. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new RangeError(`month: expected YYYY-MM, got ${month}`);
  return monthFormat().format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/**
 * Which figures the tooltip and popup show and how old they are: `live, 12 min ago` while the snapshot is
 * fresh (see isFresh), otherwise `bundled, Feb 2026` (the last month of the shipped series).
 */
export function describeSource(
  snapshot: LiveSnapshot | null,
  now: Date | number,
  bundledMonth: string,
  maxAgeHours = 6,
): string {
  if (snapshot && isFresh(snapshot, now, maxAgeHours)) {
    return `live, ${formatAge(Number(now) - snapshot.fetchedAt)}`;
  }
  return `bundled, ${formatMonth(bundledMonth)}`;
}
