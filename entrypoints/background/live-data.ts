// Live miner data in the background: refreshes from the user's mempool instance on a browser.alarms
// schedule and on demand (`refresh-live-data`), and keeps the result in storage.local `liveData`.
// Nothing is requested while the feature is off or its host permission is missing.
import { browser } from 'wxt/browser';
import { parseBaseUrl } from '@/lib/live/base-url';
import { fetchLiveSnapshot, type FetchLike } from '@/lib/live/fetch-live-snapshot';
import { LIVE_DATA_STORAGE_KEY, readLiveDataState, type LiveDataState } from '@/lib/live/live-data-state';
import { liveDataStateWhenOff, nextLiveDataState } from '@/lib/live/next-live-data-state';
import type { ToBackgroundMessage } from '@/lib/messages';
import { createSettingsStore } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';

export const LIVE_DATA_ALARM = 'live-data-refresh';

export type RefreshTrigger = 'startup' | 'alarm' | 'demand' | 'settings';

export interface LiveDataOptions {
  /** The network; tests pass the global fetch pointed at a local server. */
  fetch?: FetchLike;
  /** Per refresh; 10 s by default. */
  timeoutMs?: number;
  now?: () => number;
  /** Whether the extension may reach the instance; browser.permissions.contains by default. */
  hasPermission?: (origin: string) => Promise<boolean>;
}

export interface LiveDataService {
  /** Refreshes now if the feature is on (and no Retry-After forbids it); resolves with the stored state. */
  refresh(trigger: RefreshTrigger): Promise<LiveDataState>;
  /** Resolves when start-up scheduling is done. */
  ready: Promise<void>;
  dispose(): void;
}

async function readState(): Promise<LiveDataState> {
  return readLiveDataState((await browser.storage.local.get(LIVE_DATA_STORAGE_KEY))[LIVE_DATA_STORAGE_KEY]);
}

async function writeState(state: LiveDataState): Promise<void> {
  await browser.storage.local.set({ [LIVE_DATA_STORAGE_KEY]: state });
}

function isRefreshMessage(
  message: unknown,
): message is Extract<ToBackgroundMessage, { type: 'refresh-live-data' }> {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'refresh-live-data'
  );
}

/** Starts the live-data refresher: call once from the background entrypoint. */
export function registerLiveData(options: LiveDataOptions = {}): LiveDataService {
  const now = options.now ?? (() => Date.now());
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const hasPermission =
    options.hasPermission ?? ((origin: string) => browser.permissions.contains({ origins: [origin] }));
  const settingsStore = createSettingsStore(browser.storage.sync);
  // One refresh at a time: an alarm and a click arriving together make one request set each, in turn.
  let queue: Promise<unknown> = Promise.resolve();

  /**
   * One alarm: first at `when`, then every interval as a safety net (a worker stopped mid-refresh never
   * reschedules; the repeat wakes it again). Each attempt re-creates the alarm with its own `when`.
   */
  async function schedule(when: number | null, refreshMinutes?: number): Promise<void> {
    if (when === null) await browser.alarms.clear(LIVE_DATA_ALARM);
    else {
      await browser.alarms.create(LIVE_DATA_ALARM, {
        when: Math.max(when, now()),
        ...(refreshMinutes === undefined ? {} : { periodInMinutes: refreshMinutes }),
      });
    }
  }

  async function runRefresh(trigger: RefreshTrigger): Promise<LiveDataState> {
    const live = (await settingsStore.load()).live;
    const previous = await readState();
    if (!live.enabled) {
      const off = liveDataStateWhenOff(previous);
      await writeState(off);
      await schedule(null);
      return off;
    }
    const time = now();
    if (previous.status.notBefore !== null && previous.status.notBefore > time) {
      // Rate-limited: keep the 429's message and its scheduled retry.
      await schedule(previous.status.nextAttemptAt ?? previous.status.notBefore, live.refreshMinutes);
      return previous;
    }
    const target = parseBaseUrl(live.baseUrl);
    let next: LiveDataState;
    if (!target.ok) {
      next = nextLiveDataState(
        previous,
        { ok: false, failure: { kind: 'not-permitted', message: `${live.baseUrl}: ${target.error}` } },
        time,
        live.refreshMinutes,
      );
    } else if (!(await hasPermission(target.permissionOrigin))) {
      next = nextLiveDataState(
        previous,
        {
          ok: false,
          failure: {
            kind: 'not-permitted',
            message: `No permission to reach ${target.baseUrl}; turn live data off and on again in the options.`,
          },
        },
        time,
        live.refreshMinutes,
      );
    } else {
      const result = await fetchLiveSnapshot({
        baseUrl: target.baseUrl,
        fetch: doFetch,
        timeoutMs: options.timeoutMs,
        now,
      });
      if (!result.ok) console.warn(`Miner Margin live data (${trigger}): ${result.failure.message}`);
      next = nextLiveDataState(previous, result, now(), live.refreshMinutes);
    }
    await writeState(next);
    await schedule(next.status.nextAttemptAt, live.refreshMinutes);
    return next;
  }

  function refresh(trigger: RefreshTrigger): Promise<LiveDataState> {
    const run = queue.then(() => runRefresh(trigger));
    queue = run.catch(() => undefined);
    return run;
  }

  async function rescheduleFromLastAttempt(refreshMinutes: number): Promise<void> {
    const state = await readState();
    if (state.status.state !== 'ok' || state.status.lastAttemptAt === null) return; // failures keep their backoff
    const when = Math.max(state.status.lastAttemptAt + refreshMinutes * 60_000, now());
    await writeState({ ...state, status: { ...state.status, nextAttemptAt: when } });
    await schedule(when, refreshMinutes);
  }

  async function start(): Promise<void> {
    const [settings, state, alarm] = await Promise.all([
      settingsStore.load(),
      readState(),
      browser.alarms.get(LIVE_DATA_ALARM),
    ]);
    if (!settings.live.enabled) {
      if (state.status.state !== 'off') await writeState(liveDataStateWhenOff(state));
      await schedule(null);
    } else if (!alarm) {
      // A worker restart keeps its alarm; a fresh install or a lost alarm refreshes when due (or now).
      await schedule(state.status.nextAttemptAt ?? now(), settings.live.refreshMinutes);
    }
  }

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === LIVE_DATA_ALARM) void refresh('alarm');
  };
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!isRefreshMessage(message)) return undefined;
    refresh('demand').then(sendResponse, (error: unknown) =>
      sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true as const;
  };
  let lastLive: Settings['live'] | null = null;
  const unwatch = settingsStore.watch((settings) => {
    const previous = lastLive;
    lastLive = settings.live;
    const live = settings.live;
    if (!previous || previous.enabled !== live.enabled || previous.baseUrl !== live.baseUrl) {
      // Turned on or pointed elsewhere: refresh now; turned off: stop (refresh writes the off state).
      void refresh('settings');
    } else if (previous.refreshMinutes !== live.refreshMinutes && live.enabled) {
      void rescheduleFromLastAttempt(live.refreshMinutes);
    }
  });

  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onMessage.addListener(onMessage);
  const ready = settingsStore.load().then(async (settings) => {
    lastLive = settings.live;
    await start();
  });

  return {
    refresh,
    ready,
    dispose() {
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
    },
  };
}
