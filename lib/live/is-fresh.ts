import type { LiveSnapshot } from './live-data-state';

const HOUR_MS = 3_600_000;
/** A snapshot stamped slightly in the future (clock changes) still counts; more than this does not. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** True when the snapshot is at most `maxAgeHours` old at `now`, so its figures may stand in for the bundled series. */
export function isFresh(snapshot: LiveSnapshot | null, now: Date | number, maxAgeHours: number): boolean {
  if (!snapshot) return false;
  const age = Number(now) - snapshot.fetchedAt;
  return age >= -CLOCK_SKEW_MS && age <= maxAgeHours * HOUR_MS;
}
