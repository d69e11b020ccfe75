// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { latestMonth } from '@/lib/economics';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { WelcomePage } from './WelcomePage';

afterEach(cleanup);

const [year, month] = latestMonth().split('-').map(Number) as [number, number];
const fiveMonthsOn = new Date(Date.UTC(year, month, 1) + 154 * 86_400_000);

function renderWelcome(settings: Settings = DEFAULT_SETTINGS, grant = true) {
  const requestLivePermission = vi.fn(async () => grant);
  const saveSettings = vi.fn(async (_next: Settings) => {});
  const openOptions = vi.fn();
  render(
    <WelcomePage
      settings={settings}
      requestLivePermission={requestLivePermission}
      saveSettings={saveSettings}
      openOptions={openOptions}
      now={fiveMonthsOn}
    />,
  );
  return { user: userEvent.setup(), requestLivePermission, saveSettings, openOptions };
}

test('lists every enabled site and leaves out switched-off ones', () => {
  const sites = DEFAULT_SETTINGS.sites.map((site) => ({ ...site, enabled: site.host !== 'decrypt.co' }));
  renderWelcome({ ...DEFAULT_SETTINGS, sites });
  const list = within(screen.getByRole('region', { name: 'Where' })).getAllByRole('listitem');
  expect(list.map((item) => item.textContent)).toEqual(
    DEFAULT_SETTINGS.sites.map((site) => site.host).filter((host) => host !== 'decrypt.co'),
  );
});

test('says which kinds of amount are underlined with the current settings', () => {
  renderWelcome();
  const what = within(screen.getByRole('region', { name: 'What gets underlined' }));
  expect(what.getByText(/a Bitcoin price/).closest('li')).toHaveTextContent('a Bitcoin price (on)');
  expect(what.getByText(/a quoted production cost/).closest('li')).toHaveTextContent(
    'off until you turn it on',
  );
});

test('says how old the bundled figures are and turns live data on from one click', async () => {
  const { user, requestLivePermission, saveSettings } = renderWelcome();
  const data = within(screen.getByRole('region', { name: /^Today.s figures$/ }));
  expect(data.getByText(/five months old\./)).toBeInTheDocument();
  await user.click(data.getByRole('button', { name: 'Use live data from mempool.space' }));
  expect(requestLivePermission).toHaveBeenCalledWith('https://mempool.space/*');
  await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1));
  expect(saveSettings.mock.calls[0]?.[0].live.enabled).toBe(true);
});

test('the options link opens the options page', async () => {
  const { user, openOptions } = renderWelcome();
  await user.click(screen.getByRole('button', { name: 'options' }));
  expect(openOptions).toHaveBeenCalledTimes(1);
});
