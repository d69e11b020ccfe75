import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, nextAttemptDelay, parseRetryAfter } from './backoff';

const NOW = Date.UTC(2026, 1, 5, 12, 0, 0);
const MINUTE = 60_000;

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => expect(parseRetryAfter('120', NOW)).toBe(120_000));
  it('reads an HTTP date', () =>
    expect(parseRetryAfter('Thu, 05 Feb 2026 12:05:00 GMT', NOW)).toBe(5 * MINUTE));
  it('gives 0 for a date in the past', () =>
    expect(parseRetryAfter('Thu, 05 Feb 2026 11:00:00 GMT', NOW)).toBe(0));
  it('gives null when absent or unreadable', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
    expect(parseRetryAfter('1.5', NOW)).toBeNull();
  });
});

describe('nextAttemptDelay', () => {
  it('is the interval after a success and after the first failure', () => {
    expect(nextAttemptDelay({ failures: 0, refreshMinutes: 30 })).toBe(30 * MINUTE);
    expect(nextAttemptDelay({ failures: 1, refreshMinutes: 30 })).toBe(30 * MINUTE);
  });
  it('doubles with each further failure in a row', () => {
    expect(nextAttemptDelay({ failures: 2, refreshMinutes: 30 })).toBe(60 * MINUTE);
    expect(nextAttemptDelay({ failures: 4, refreshMinutes: 30 })).toBe(240 * MINUTE);
  });
  it('stops growing at a day', () => {
    expect(nextAttemptDelay({ failures: 30, refreshMinutes: 30 })).toBe(MAX_BACKOFF_MS);
  });
  it('waits at least as long as Retry-After asks', () => {
    expect(nextAttemptDelay({ failures: 1, refreshMinutes: 30, retryAfterMs: 2 * 60 * MINUTE })).toBe(
      120 * MINUTE,
    );
    expect(nextAttemptDelay({ failures: 1, refreshMinutes: 30, retryAfterMs: 1000 })).toBe(30 * MINUTE);
  });
});
