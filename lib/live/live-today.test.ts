import { describe, expect, it } from 'vitest';
import { describeMention } from '../annotation/describe-mention';
import { formatUsd } from '../format';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { liveCost } from './live-cost';
import type { LiveSnapshot } from './live-data-state';
import { liveToday, storedSnapshot } from './live-today';

const NOW = Date.UTC(2026, 10, 29, 12, 0);
const snapshot: LiveSnapshot = {
  fetchedAt: NOW - 12 * 60_000,
  baseUrl: 'https://mempool.space',
  priceUsd: 91_500,
  priceTime: NOW - 12 * 60_000,
  hashrateEhs: 1_000,
  difficulty: 1.4e14,
  feesBtcPerBlock: 0.02,
  subsidyBtcPerBlock: 3.125,
  rewardBlockCount: 144,
  blocksPerDay: 144,
  nextRetargetChangePct: 0,
  nextRetargetAt: 0,
};
const on = { ...DEFAULT_SETTINGS, live: { ...DEFAULT_SETTINGS.live, enabled: true } };

describe('liveToday', () => {
  it('gives the live cost and its age while the snapshot is fresh', () => {
    const today = liveToday(snapshot, on, NOW);
    expect(today?.label).toBe('live, 12 min ago');
    expect(today?.cost.usd).toBe(liveCost(snapshot, on).usd);
  });

  it('is null when the feature is off or the snapshot is older than the max age', () => {
    expect(liveToday(snapshot, DEFAULT_SETTINGS, NOW)).toBeNull();
    expect(liveToday({ ...snapshot, fetchedAt: NOW - 7 * 3_600_000 }, on, NOW)).toBeNull();
    expect(liveToday(null, on, NOW)).toBeNull();
  });
});

describe('storedSnapshot', () => {
  it('reads a stored snapshot and refuses broken ones', () => {
    expect(storedSnapshot({ snapshot })).toEqual(snapshot);
    expect(storedSnapshot({ snapshot: { ...snapshot, hashrateEhs: -1 } })).toBeNull();
    expect(storedSnapshot({ snapshot: { ...snapshot, priceUsd: '91500' } })).toBeNull();
    expect(storedSnapshot('garbage')).toBeNull();
  });
});

describe('the tooltip with live data', () => {
  const mention = { text: '$90,000', usd: 90_000, kind: 'btc-price' as const };
  const live = liveToday(snapshot, on, NOW);

  it('uses live figures for a mention read at today’s date and says how old they are', () => {
    const today = { date: new Date(Date.UTC(2026, 10, 29)), source: 'today' as const };
    const described = describeMention(mention, today, on, live);
    expect(described.costUsd).toBe(live!.cost.usd);
    expect(described.lines[1]).toEqual(
      expect.objectContaining({ value: formatUsd(live!.cost.usd), note: 'live, 12 min ago' }),
    );
  });

  it('keeps the bundled series for an article from another day', () => {
    const old = { date: new Date(Date.UTC(2022, 10, 21)), source: 'meta' as const };
    expect(describeMention(mention, old, on, live)).toEqual(describeMention(mention, old, on, null));
  });
});
