// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { INITIAL_LIVE_DATA_STATE, type LiveDataState } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { LiveDataSection } from './LiveDataSection';

const NOW = new Date('2026-02-05T12:00:00Z');
const MINUTE = 60_000;

const GOOD: LiveDataState = {
  snapshot: {
    fetchedAt: NOW.getTime() - 12 * MINUTE,
    baseUrl: 'https://mempool.space',
    priceUsd: 70_123,
    priceTime: NOW.getTime() - 15 * MINUTE,
    hashrateEhs: 914,
    difficulty: 1.4167e14,
    feesBtcPerBlock: 0.04,
    subsidyBtcPerBlock: 3.125,
    rewardBlockCount: 144,
    blocksPerDay: 128,
    nextRetargetChangePct: -11,
    nextRetargetAt: NOW.getTime() + 86_400_000,
  },
  status: {
    state: 'ok',
    message: '$70,123, 914 EH/s from https://mempool.space',
    lastAttemptAt: NOW.getTime() - 12 * MINUTE,
    nextAttemptAt: NOW.getTime() + 18 * MINUTE,
    failures: 0,
    notBefore: null,
  },
};

function setup(
  live: Partial<Settings['live']> = {},
  { grant = true, liveData = INITIAL_LIVE_DATA_STATE, refreshed = GOOD } = {},
) {
  const saved: Settings[] = [];
  const requestPermission = vi.fn(async () => grant);
  const refreshNow = vi.fn(async () => refreshed);
  function Harness() {
    const [settings, setSettings] = useState<Settings>({
      ...structuredClone(DEFAULT_SETTINGS),
      live: { ...DEFAULT_SETTINGS.live, ...live },
    });
    return (
      <LiveDataSection
        settings={settings}
        onChange={(next) => {
          saved.push(next);
          setSettings(next);
        }}
        liveData={liveData}
        requestPermission={requestPermission}
        refreshNow={refreshNow}
        now={NOW}
      />
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), saved, requestPermission, refreshNow };
}

afterEach(cleanup);

describe('LiveDataSection', () => {
  test('turning it on asks for the host permission and saves only when granted', async () => {
    const { user, saved, requestPermission } = setup();
    await user.click(screen.getByRole('checkbox', { name: /fetch live price/i }));
    expect(requestPermission).toHaveBeenCalledWith('https://mempool.space/*');
    await waitFor(() => expect(saved.at(-1)?.live.enabled).toBe(true));
  });

  test('a refused permission leaves it off and says so', async () => {
    const { user, saved } = setup({}, { grant: false });
    await user.click(screen.getByRole('checkbox', { name: /fetch live price/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent('was not granted, so live data stays off');
    expect(saved).toEqual([]);
    expect(screen.getByRole('checkbox', { name: /fetch live price/i })).not.toBeChecked();
  });

  test('a self-hosted node on 127.0.0.1 is accepted; plain http elsewhere is not', async () => {
    const { user, saved, requestPermission } = setup();
    const input = screen.getByLabelText('mempool instance');
    await user.clear(input);
    await user.type(input, 'http://node.example.org');
    expect(screen.getByRole('alert')).toHaveTextContent('http only for localhost or 127.0.0.1');
    expect(saved).toEqual([]);

    await user.clear(input);
    await user.type(input, 'http://127.0.0.1:8999/');
    expect(saved.at(-1)?.live.baseUrl).toBe('http://127.0.0.1:8999');
    await user.click(screen.getByRole('checkbox', { name: /fetch live price/i }));
    expect(requestPermission).toHaveBeenCalledWith('http://127.0.0.1/*');
  });

  test('the address cannot change while live data is on', () => {
    setup({ enabled: true });
    expect(screen.getByLabelText('mempool instance')).toBeDisabled();
  });

  test('shows the error of a failing source beside the last good data', () => {
    const failing: LiveDataState = {
      snapshot: GOOD.snapshot,
      status: {
        ...GOOD.status,
        state: 'error',
        message: '/api/v1/prices: HTTP 500',
        lastAttemptAt: NOW.getTime() - 2 * MINUTE,
        failures: 1,
      },
    };
    setup({ enabled: true }, { liveData: failing });
    expect(screen.getByRole('alert')).toHaveTextContent('Error: /api/v1/prices: HTTP 500 (tried 2 min ago)');
    expect(screen.getByText(/Last good data/)).toHaveTextContent(
      'Last good data: $70,123, 914 EH/s, fetched 12 min ago.',
    );
  });

  test('Refresh now asks the background and shows its answer', async () => {
    const { user, refreshNow } = setup({ enabled: true });
    expect(screen.getByRole('status')).toHaveTextContent('Live data is off.');
    await user.click(screen.getByRole('button', { name: 'Refresh now' }));
    expect(refreshNow).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/914 EH\/s from https:\/\/mempool.space/)).toBeInTheDocument();
  });

  test('Refresh now is disabled while live data is off', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeDisabled();
  });

  test('saves a new refresh interval and maximum age within their limits', async () => {
    const { user, saved } = setup();
    const interval = screen.getByLabelText('Refresh every');
    await user.clear(interval);
    await user.type(interval, '60');
    expect(saved.at(-1)?.live.refreshMinutes).toBe(60);
    const maxAge = screen.getByLabelText('Use live figures for');
    await user.clear(maxAge);
    await user.type(maxAge, '90');
    // '9' is a valid age and is saved; '90' is over the limit and is not.
    expect(saved.at(-1)?.live.maxAgeHours).toBe(9);
    expect(screen.getByRole('alert')).toHaveTextContent('from 1 to 72 h');
  });
});
