// Live data in the tooltip: while a fresh snapshot is stored, a price read at today's date (the page's ticker) is
// compared with the live cost and says how old it is; once the snapshot is older than the user's max age, the
// tooltip falls back to the bundled series. Fetching and keeping the last good snapshot when the instance goes
// away are tested against a real local server in live-data.e2e.test.ts; here the snapshot is stored directly.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { costAt, latestMonth } from '@/lib/economics';
import { formatMonth, formatUsd } from '@/lib/format';
import { liveCost } from '@/lib/live/live-cost';
import type { LiveDataState, LiveSnapshot } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { waitForContentUi } from './support/content-ui';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { firstHighlightRect, waitForScan } from './support/highlights';

const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const PRICE = 'miner-margin-btc-price';

type StorageApi = { chrome: { storage: Record<'sync' | 'local', { set(items: object): Promise<void> }> } };

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

// Live data on, pointed at a port nothing listens on: the background's own refresh fails fast and keeps the
// snapshot stored below (as it keeps the last good data when an instance goes away).
const settings: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  live: { ...DEFAULT_SETTINGS.live, enabled: true, baseUrl: 'http://127.0.0.1:9', maxAgeHours: 6 },
};

function snapshotAged(ms: number): LiveSnapshot {
  const fetchedAt = Date.now() - ms;
  return {
    fetchedAt,
    baseUrl: settings.live.baseUrl,
    priceUsd: 91_500,
    priceTime: fetchedAt,
    hashrateEhs: 1_000,
    difficulty: 1.4e14,
    feesBtcPerBlock: 0.02,
    subsidyBtcPerBlock: 3.125,
    rewardBlockCount: 144,
    blocksPerDay: 144,
    nextRetargetChangePct: 0,
    nextRetargetAt: 0,
  };
}

const store = (area: 'sync' | 'local', items: object) =>
  browser.serviceWorker.evaluate(
    ([name, value]) => (globalThis as unknown as StorageApi).chrome.storage[name].set(value),
    [area, items] as const,
  );

async function tickerTooltip(): Promise<string> {
  await page.mouse.move(1, 400);
  const rect = await firstHighlightRect(page, PRICE, '#ticker');
  if (!rect) throw new Error('the ticker price is not marked');
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 3 });
  return (await waitForContentUi(page, (ui) => ui.tooltipOpen)).tooltipText;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer('test/fixtures/content')]);
  await store('sync', { settings });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  page = await browser.context.newPage();
  await page.goto(server.url('www.coindesk.com', ARTICLE));
  expect(await waitForScan(page)).toBe(true);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

test('a fresh snapshot puts the live cost and its age in the tooltip', async () => {
  const snapshot = snapshotAged(12 * 60_000);
  const state: LiveDataState = {
    snapshot,
    status: {
      state: 'ok',
      message: '',
      lastAttemptAt: snapshot.fetchedAt,
      nextAttemptAt: null,
      failures: 0,
      notBefore: null,
    },
  };
  await store('local', { liveData: state });
  await expect.poll(tickerTooltip, { timeout: 10_000 }).toContain('live, 12 min ago');
  expect(await tickerTooltip()).toContain(formatUsd(liveCost(snapshot, settings).usd));
});

test('a snapshot older than the max age falls back to the bundled series', async () => {
  const stale = snapshotAged(7 * 3_600_000);
  await store('local', {
    liveData: {
      snapshot: stale,
      status: {
        state: 'error',
        message: 'could not connect',
        lastAttemptAt: Date.now(),
        nextAttemptAt: null,
        failures: 1,
        notBefore: null,
      },
    },
  });
  await expect.poll(tickerTooltip, { timeout: 10_000 }).not.toContain('live,');
  const text = await tickerTooltip();
  expect(text).toContain(formatUsd(costAt(new Date(), settings).usd));
  expect(text).toContain(formatMonth(latestMonth()));
});
