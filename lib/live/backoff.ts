// When to ask the mempool instance again: the configured interval after a success, twice as long after each
// failure in a row (capped), and never before a 429's Retry-After.

const MINUTE_MS = 60_000;
/** The longest wait between attempts while a source keeps failing. */
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE_MS;

/**
 * The delay a `Retry-After` header asks for, ms: delta-seconds (`120`) or an HTTP date. Null when absent or
 * unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Delay before the next attempt, ms. `failures` counts failed refreshes in a row (0 after a success):
 * interval × 2^(failures − 1), at most MAX_BACKOFF_MS (but never below the interval), and at least `retryAfterMs`.
 */
export function nextAttemptDelay(options: {
  failures: number;
  refreshMinutes: number;
  retryAfterMs?: number | null;
}): number {
  const interval = options.refreshMinutes * MINUTE_MS;
  const exponent = Math.max(0, options.failures - 1);
  const backoff = Math.min(interval * 2 ** exponent, Math.max(interval, MAX_BACKOFF_MS));
  return Math.max(backoff, options.retryAfterMs ?? 0);
}
