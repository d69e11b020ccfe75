import { describe, expect, it } from 'vitest';
import { describeSource, formatAge, formatMonth } from './describe-source';
import { isFresh } from './is-fresh';
import type { LiveSnapshot } from './live-data-state';

const NOW = Date.UTC(2026, 1, 5, 12, 0, 0);
const MINUTE = 60_000;

function snapshotAt(fetchedAt: number): LiveSnapshot {
  return {
    fetchedAt,
    baseUrl: 'https://mempool.space',
    priceUsd: 70_000,
    priceTime: fetchedAt,
    hashrateEhs: 914,
    difficulty: 1.4167e14,
    feesBtcPerBlock: 0.04,
    subsidyBtcPerBlock: 3.125,
    rewardBlockCount: 144,
    blocksPerDay: 144,
    nextRetargetChangePct: -11,
    nextRetargetAt: fetchedAt,
  };
}

describe('isFresh', () => {
  it('is fresh up to the maximum age', () => {
    expect(isFresh(snapshotAt(NOW - 6 * 60 * MINUTE), NOW, 6)).toBe(true);
    expect(isFresh(snapshotAt(NOW - 6 * 60 * MINUTE - 1), NOW, 6)).toBe(false);
  });
  it('is never fresh without a snapshot', () => expect(isFresh(null, NOW, 6)).toBe(false));
  it('tolerates a few minutes of clock skew, not more', () => {
    expect(isFresh(snapshotAt(NOW + 2 * MINUTE), NOW, 6)).toBe(true);
    expect(isFresh(snapshotAt(NOW + 60 * MINUTE), NOW, 6)).toBe(false);
  });
  it('accepts a Date', () => expect(isFresh(snapshotAt(NOW), new Date(NOW), 1)).toBe(true));
});

describe('formatAge', () => {
  it.each([
    [20_000, 'just now'],
    [12 * MINUTE, '12 min ago'],
    [59 * MINUTE, '59 min ago'],
    [3 * 60 * MINUTE + 10 * MINUTE, '3 h ago'],
    [3 * 24 * 60 * MINUTE, '3 days ago'],
  ])('%i ms → %s', (age, text) => expect(formatAge(age)).toBe(text));
});

describe('formatMonth', () => {
  it('2026-02 → Feb 2026', () => expect(formatMonth('2026-02')).toBe('Feb 2026'));
  it('rejects other shapes', () => expect(() => formatMonth('Feb 2026')).toThrow(RangeError));
});

describe('describeSource', () => {
  it('says live and how old while fresh', () => {
    expect(describeSource(snapshotAt(NOW - 12 * MINUTE), NOW, '2026-06')).toBe('live, 12 min ago');
  });
  it('says bundled and its month when stale', () => {
    expect(describeSource(snapshotAt(NOW - 7 * 60 * MINUTE), NOW, '2026-02')).toBe('bundled, Feb 2026');
  });
  it('says bundled without a snapshot', () => {
    expect(describeSource(null, NOW, '2026-06')).toBe('bundled, Jun 2026');
  });
  it('follows the configured maximum age', () => {
    expect(describeSource(snapshotAt(NOW - 7 * 60 * MINUTE), NOW, '2026-02', 12)).toBe('live, 7 h ago');
  });
});
