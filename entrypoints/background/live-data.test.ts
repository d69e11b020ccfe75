// The live-data refresher against a real HTTP server on 127.0.0.1, with the fake browser's storage and alarms.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIVE_DATA_STORAGE_KEY, readLiveDataState, type LiveDataState } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { SETTINGS_STORAGE_KEY } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import { startMempoolServer, type MempoolServer } from '@/test/unit/live/mempool-server';
import { LIVE_DATA_ALARM, registerLiveData, type LiveDataOptions, type LiveDataService } from './live-data';

const MINUTE = 60_000;
let server: MempoolServer;
let service: LiveDataService | undefined;

beforeAll(async () => {
  server = await startMempoolServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  service?.dispose();
  service = undefined;
  server.reset();
});

async function start(live: Partial<Settings['live']>, options: LiveDataOptions = {}) {
  const settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    live: { ...DEFAULT_SETTINGS.live, enabled: true, baseUrl: server.baseUrl, ...live },
  };
  await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings });
  // A generous timeout for the local server: 300 ms was exceeded on a loaded machine (the timeout tests set their own).
  service = registerLiveData({ timeoutMs: 3_000, hasPermission: async () => true, ...options });
  await service.ready;
  return service;
}

async function stored(): Promise<LiveDataState> {
  return readLiveDataState(
    (await fakeBrowser.storage.local.get(LIVE_DATA_STORAGE_KEY))[LIVE_DATA_STORAGE_KEY],
  );
}

/** A good refresh first, so each failure below has cached data to leave alone. */
async function startWithGoodData(options: LiveDataOptions = {}) {
  const live = await start({}, options);
  const good = await live.refresh('demand');
  expect(good.status.state).toBe('ok');
  server.reset();
  return { live, good };
}

describe('a good refresh', () => {
  it('stores the figures of the four answers and schedules the next refresh after the interval', async () => {
    const live = await start({ refreshMinutes: 30 });
    const state = await live.refresh('demand');

    expect([...server.requests].sort()).toEqual([
      '/api/v1/difficulty-adjustment',
      '/api/v1/mining/hashrate/3d',
      '/api/v1/mining/reward-stats/144',
      '/api/v1/prices',
    ]);
    expect(state.snapshot).toMatchObject({
      baseUrl: server.baseUrl,
      priceUsd: 70123,
      priceTime: 1_770_300_000_000,
      difficulty: 141668107417558.2,
      rewardBlockCount: 144,
      nextRetargetChangePct: -11.16,
    });
    expect(state.snapshot?.hashrateEhs).toBeCloseTo(914, 6);
    expect(state.snapshot?.feesBtcPerBlock).toBeCloseTo(0.03975, 10);
    expect(state.snapshot?.subsidyBtcPerBlock).toBeCloseTo(3.125, 10);
    expect(state.snapshot?.blocksPerDay).toBeCloseTo(86_400 / 675.5, 6);
    expect(state.status).toMatchObject({ state: 'ok', failures: 0, notBefore: null });
    expect(state.status.message).toContain('$70,123');
    expect(await stored()).toEqual(state);

    const alarm = await fakeBrowser.alarms.get(LIVE_DATA_ALARM);
    expect(alarm?.scheduledTime).toBe((state.status.lastAttemptAt ?? 0) + 30 * MINUTE);
    expect(alarm?.periodInMinutes).toBe(30);
  });

  it('answers the refresh-live-data message with the new state', async () => {
    await start({});
    const response = (await fakeBrowser.runtime.sendMessage({ type: 'refresh-live-data' })) as LiveDataState;
    expect(response.status.state).toBe('ok');
    expect(response.snapshot?.priceUsd).toBe(70123);
  });

  it('refreshes when its alarm fires', async () => {
    await start({});
    await fakeBrowser.alarms.onAlarm.trigger({
      name: LIVE_DATA_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await expect.poll(async () => (await stored()).snapshot?.priceUsd).toBe(70123);
    expect(server.requests).toHaveLength(4);
  });

  it('uses the last daily hashrate when the instance reports no current one (Bitcoin Core unreachable)', async () => {
    server.answer(
      '/api/v1/mining/hashrate/3d',
      JSON.stringify({
        hashrates: [{ timestamp: 1770249600, avgHashrate: 9.13e20 }],
        difficulty: [{ time: 1769300000, height: 933408, difficulty: 1.4e14, adjustment: 0.98 }],
        currentHashrate: 0,
        currentDifficulty: 0,
      }),
    );
    const state = await (await start({})).refresh('demand');
    expect(state.snapshot?.hashrateEhs).toBeCloseTo(913, 6);
    expect(state.snapshot?.difficulty).toBe(1.4e14);
  });
});

describe('a failing refresh keeps the last good data and says why', () => {
  it('malformed JSON', async () => {
    const { live, good } = await startWithGoodData();
    server.answer('/api/v1/prices', '{"time": 1770300000, "USD": 70');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = await live.refresh('demand');
    expect(warn).toHaveBeenCalledWith(
      'Miner Margin live data (demand): /api/v1/prices: the answer is not JSON',
    );
    warn.mockRestore();
    expect(state.snapshot).toEqual(good.snapshot);
    expect(state.status).toMatchObject({ state: 'error', failures: 1 });
    expect(state.status.message).toBe('/api/v1/prices: the answer is not JSON');
    expect(await stored()).toEqual(state);
  });

  it('a 500, backing off twice as long after the second one in a row', async () => {
    const { live, good } = await startWithGoodData();
    server.answer('/api/v1/mining/hashrate/3d', 'Internal error', 500);
    const first = await live.refresh('demand');
    expect(first.snapshot).toEqual(good.snapshot);
    expect(first.status.message).toBe('/api/v1/mining/hashrate/3d: HTTP 500');
    expect((first.status.nextAttemptAt ?? 0) - (first.status.lastAttemptAt ?? 0)).toBe(30 * MINUTE);

    const second = await live.refresh('alarm');
    expect(second.snapshot).toEqual(good.snapshot);
    expect(second.status.failures).toBe(2);
    expect((second.status.nextAttemptAt ?? 0) - (second.status.lastAttemptAt ?? 0)).toBe(60 * MINUTE);
    expect((await fakeBrowser.alarms.get(LIVE_DATA_ALARM))?.scheduledTime).toBe(second.status.nextAttemptAt);
  });

  it('a 429 with Retry-After: no request before that time, not even on demand', async () => {
    const { live, good } = await startWithGoodData();
    server.answer('/api/v1/mining/reward-stats/144', 'Too many requests', 429, { 'Retry-After': '7200' });
    const limited = await live.refresh('demand');
    expect(limited.snapshot).toEqual(good.snapshot);
    expect(limited.status.message).toBe(
      '/api/v1/mining/reward-stats/144: rate-limited (429), retry after 7200 s',
    );
    const attemptedAt = limited.status.lastAttemptAt ?? 0;
    expect(limited.status.notBefore).toBe(attemptedAt + 7200 * 1000);
    expect(limited.status.nextAttemptAt).toBe(attemptedAt + 7200 * 1000);

    server.reset();
    const again = await live.refresh('demand');
    expect(server.requests).toEqual([]);
    expect(again).toEqual(limited);
  });

  it('an answer slower than the timeout', async () => {
    const { live, good } = await startWithGoodData({ timeoutMs: 200 });
    server.route('/api/v1/difficulty-adjustment', (_request, response) => {
      const timer = setTimeout(() => response.writeHead(200).end('{}'), 1500);
      response.on('close', () => clearTimeout(timer));
    });
    const started = Date.now();
    const state = await live.refresh('demand');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(state.snapshot).toEqual(good.snapshot);
    expect(state.status.message).toBe('/api/v1/difficulty-adjustment: no answer within 0.2 s');
  });

  it('a price sent as a string', async () => {
    const { live, good } = await startWithGoodData();
    server.answer('/api/v1/prices', '{"time":1770300000,"USD":"70123"}');
    const state = await live.refresh('demand');
    expect(state.snapshot).toEqual(good.snapshot);
    expect(state.status.state).toBe('error');
    expect(state.status.message).toMatch(/^\/api\/v1\/prices: unexpected answer \(USD: .*expected number/);
  });

  it('a negative hashrate', async () => {
    const { live, good } = await startWithGoodData();
    server.answer(
      '/api/v1/mining/hashrate/3d',
      '{"hashrates":[],"difficulty":[],"currentHashrate":-914000000000000000000,"currentDifficulty":1.4e14}',
    );
    const state = await live.refresh('demand');
    expect(state.snapshot).toEqual(good.snapshot);
    expect(state.status.message).toMatch(
      /^\/api\/v1\/mining\/hashrate\/3d: unexpected answer \(currentHashrate: /,
    );
  });

  it('an instance that refuses the connection', async () => {
    const { live, good } = await startWithGoodData();
    const gone = await startMempoolServer();
    await gone.close();
    const settings = (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[
      SETTINGS_STORAGE_KEY
    ] as Settings;
    live.dispose(); // no refresh from the settings change below; the next one is on demand
    await fakeBrowser.storage.sync.set({
      [SETTINGS_STORAGE_KEY]: { ...settings, live: { ...settings.live, baseUrl: gone.baseUrl } },
    });
    const state = await live.refresh('demand');
    expect(state.snapshot).toEqual(good.snapshot);
    expect(state.status.message).toMatch(/^\/api\/v1\/[\w/-]+: could not connect \(/);
  });

  it('no host permission: says so and sends nothing', async () => {
    const live = await start({}, { hasPermission: async () => false });
    const state = await live.refresh('demand');
    expect(server.requests).toEqual([]);
    expect(state.snapshot).toBeNull();
    expect(state.status.state).toBe('error');
    expect(state.status.message).toContain('No permission to reach');
  });
});

describe('with the feature off', () => {
  it('makes no request on demand, on an alarm or at start-up, and schedules nothing', async () => {
    const live = await start({ enabled: false });
    const state = await live.refresh('demand');
    await fakeBrowser.runtime.sendMessage({ type: 'refresh-live-data' });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: LIVE_DATA_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(server.requests).toEqual([]);
    expect(state.status.state).toBe('off');
    expect(await fakeBrowser.alarms.get(LIVE_DATA_ALARM)).toBeUndefined();
  });

  it('is off with default settings', async () => {
    service = registerLiveData({ hasPermission: async () => true });
    await service.ready;
    expect((await service.refresh('demand')).status.state).toBe('off');
    expect(server.requests).toEqual([]);
  });

  it('turning it off keeps the last snapshot and clears the schedule', async () => {
    const { live, good } = await startWithGoodData();
    const settings = (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[
      SETTINGS_STORAGE_KEY
    ] as Settings;
    await fakeBrowser.storage.sync.set({
      [SETTINGS_STORAGE_KEY]: { ...settings, live: { ...settings.live, enabled: false } },
    });
    await expect.poll(async () => (await stored()).status.state).toBe('off');
    expect((await stored()).snapshot).toEqual(good.snapshot);
    expect(await fakeBrowser.alarms.get(LIVE_DATA_ALARM)).toBeUndefined();
    await live.refresh('alarm');
    expect(server.requests).toEqual([]);
  });
});

describe('turning it on', () => {
  it('refreshes at once when the setting changes', async () => {
    await start({ enabled: false });
    const settings = (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[
      SETTINGS_STORAGE_KEY
    ] as Settings;
    await fakeBrowser.storage.sync.set({
      [SETTINGS_STORAGE_KEY]: { ...settings, live: { ...settings.live, enabled: true } },
    });
    await expect.poll(async () => (await stored()).status.state).toBe('ok');
    expect(server.requests).toHaveLength(4);
  });

  it('a new refresh interval moves the next refresh', async () => {
    const live = await start({ refreshMinutes: 30 });
    const good = await live.refresh('demand');
    const settings = (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[
      SETTINGS_STORAGE_KEY
    ] as Settings;
    await fakeBrowser.storage.sync.set({
      [SETTINGS_STORAGE_KEY]: { ...settings, live: { ...settings.live, refreshMinutes: 120 } },
    });
    const expected = (good.status.lastAttemptAt ?? 0) + 120 * MINUTE;
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(LIVE_DATA_ALARM))?.scheduledTime)
      .toBe(expected);
    expect((await stored()).status.nextAttemptAt).toBe(expected);
    expect(server.requests).toHaveLength(4);
  });

  it('schedules a refresh at start-up when none is pending', async () => {
    await start({});
    expect(await fakeBrowser.alarms.get(LIVE_DATA_ALARM)).toBeDefined();
    expect(server.requests).toEqual([]);
  });
});
