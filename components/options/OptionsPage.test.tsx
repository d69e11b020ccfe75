// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { costAt } from '@/lib/economics';
import { readLiveDataState } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { writeSettingsFile } from '@/lib/settings/settings-file';
import { formatUsd } from '@/lib/format';
import { OptionsPage } from './OptionsPage';

const NOW = new Date('2026-02-05T12:00:00Z');

function setup(
  overrides: Partial<Settings> = {},
  props: { grant?: boolean; repairs?: string[]; withoutAccess?: string[] } = {},
) {
  const saved: Settings[] = [];
  const save = vi.fn(async (settings: Settings) => {
    saved.push(settings);
  });
  const requestSitePermission = vi.fn(async () => props.grant ?? true);
  const releaseSitePermission = vi.fn(async () => {});
  const user = userEvent.setup();
  render(
    <OptionsPage
      initialSettings={{ ...structuredClone(DEFAULT_SETTINGS), ...overrides }}
      repairs={props.repairs}
      save={save}
      requestSitePermission={requestSitePermission}
      releaseSitePermission={releaseSitePermission}
      hasSitePermission={async (host) => !(props.withoutAccess ?? []).includes(host)}
      liveData={readLiveDataState(undefined)}
      requestLivePermission={async () => true}
      refreshLiveData={async () => readLiveDataState(undefined)}
      now={NOW}
      saveDelayMs={0}
    />,
  );
  const lastSaved = async () => {
    await waitFor(() => expect(saved.length).toBeGreaterThan(0));
    return saved.at(-1)!;
  };
  return { user, save, saved, lastSaved, requestSitePermission, releaseSitePermission };
}

afterEach(cleanup);

describe('cost source', () => {
  test('choosing a fixed cost saves it and the preview compares with it', async () => {
    const { user, lastSaved } = setup();
    await user.click(screen.getByRole('radio', { name: /fixed cost per BTC of my own/i }));
    const field = screen.getByRole('textbox', { name: 'Fixed cost per BTC' });
    await user.clear(field);
    await user.type(field, '91000');
    await waitFor(async () => expect((await lastSaved()).fixedCostUsd).toBe(91_000));
    expect((await lastSaved()).costSource).toBe('fixed');
    const preview = screen.getByRole('table');
    expect(within(preview).getAllByText(/\$91,000/).length).toBeGreaterThan(0);
    expect(within(preview).getAllByText('(your fixed cost)').length).toBe(2);
  });

  test('the model inputs are disabled while a fixed cost is used', async () => {
    const { user } = setup();
    expect(screen.getByRole('textbox', { name: 'Electricity price' })).toBeEnabled();
    await user.click(screen.getByRole('radio', { name: /fixed cost/i }));
    expect(screen.getByRole('textbox', { name: 'Electricity price' })).toBeDisabled();
  });

  test('an electricity price is saved and the preview follows it', async () => {
    const { user, lastSaved } = setup();
    const field = screen.getByRole('textbox', { name: 'Electricity price' });
    await user.clear(field);
    await user.type(field, '0.07');
    const saved = await lastSaved();
    await waitFor(async () => expect((await lastSaved()).model.electricityUsdPerKwh).toBe(0.07));
    const expected = formatUsd(
      costAt(NOW, { ...saved, model: { ...saved.model, electricityUsdPerKwh: 0.07 } }).usd,
    );
    expect(within(screen.getByRole('table')).getAllByText(expected).length).toBeGreaterThan(0);
  });

  test('an out-of-range value shows why and is never saved', async () => {
    const { user, saved } = setup();
    const field = screen.getByRole('textbox', { name: 'Electricity price' });
    await user.clear(field);
    await user.type(field, '3');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Electricity price must be from 0.005 to 0.5 $/kWh.');
    expect(saved.every((settings) => settings.model.electricityUsdPerKwh !== 3)).toBe(true);
  });

  test('text that is not a number is refused', async () => {
    const { user, saved } = setup();
    const field = screen.getByRole('textbox', { name: 'Overhead multiplier' });
    await user.clear(field);
    await user.type(field, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 1 to 5.');
    expect(
      saved.every(
        (settings) => settings.model.overheadMultiplier === DEFAULT_SETTINGS.model.overheadMultiplier,
      ),
    ).toBe(true);
  });

  test('fleet efficiency follows the dated curve until the user sets one', async () => {
    const { user, lastSaved } = setup();
    expect(screen.queryByRole('textbox', { name: 'Fleet efficiency' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /average fleet efficiency/i }));
    const field = screen.getByRole('textbox', { name: 'Fleet efficiency' });
    await user.clear(field);
    await user.type(field, '18');
    await waitFor(async () => expect((await lastSaved()).model.efficiencyJPerTh).toBe(18));
  });

  test('a fixed-cost comparison can be shown beside the model', async () => {
    const { user, lastSaved } = setup();
    await user.click(screen.getByRole('checkbox', { name: /my own fixed cost in each tooltip/i }));
    expect((await lastSaved()).fixedCostUsd).toBe(80_000);
    expect((await lastSaved()).costSource).toBe('model');
  });
});

describe('margin bands', () => {
  test('the band width is saved and today’s label is previewed', async () => {
    const { user, lastSaved } = setup();
    const field = screen.getByRole('textbox', { name: 'Thin-margin band' });
    await user.clear(field);
    await user.type(field, '25');
    await waitFor(async () => expect((await lastSaved()).thinMarginPct).toBe(25));
    expect(screen.getByText(/Today’s price/)).toHaveTextContent(
      /Below production cost|Thin margin|Healthy margin/,
    );
  });
});

describe('what to underline', () => {
  test('costs and targets can be switched on', async () => {
    const { user, lastSaved } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Production costs/ }));
    await user.click(screen.getByRole('checkbox', { name: /Price targets/ }));
    await waitFor(async () =>
      expect((await lastSaved()).annotate).toEqual({ btcPrice: true, btcCost: true, btcTarget: true }),
    );
  });
});

describe('sites', () => {
  test('a default site can be switched off', async () => {
    const { user, lastSaved } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'decrypt.co' }));
    const site = (await lastSaved()).sites.find((entry) => entry.host === 'decrypt.co');
    expect(site).toEqual({ host: 'decrypt.co', enabled: false, builtIn: true });
  });

  test('adding a site asks for access first, then saves it', async () => {
    const { user, lastSaved, requestSitePermission } = setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Add a site' }),
      'https://www.Example-News.com/markets',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(requestSitePermission).toHaveBeenCalledWith('example-news.com');
    await waitFor(async () =>
      expect((await lastSaved()).sites.at(-1)).toEqual({
        host: 'example-news.com',
        enabled: true,
        builtIn: false,
      }),
    );
    expect(screen.getByRole('checkbox', { name: 'example-news.com' })).toBeChecked();
  });

  test('a refused permission adds nothing and says so', async () => {
    const { user, saved } = setup({}, { grant: false });
    await user.type(screen.getByRole('textbox', { name: 'Add a site' }), 'example-news.com{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Access to example-news.com was not granted');
    expect(saved).toHaveLength(0);
  });

  test('an invalid or duplicate site is explained', async () => {
    const { user, requestSitePermission } = setup();
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    await user.type(input, 'not a site{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('is not a site name');
    await user.clear(input);
    await user.type(input, 'coindesk.com{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('coindesk.com is already in the list.');
    expect(requestSitePermission).not.toHaveBeenCalled();
  });

  test('a user-added site can be removed and its access given back', async () => {
    const sites = [...DEFAULT_SETTINGS.sites, { host: 'example-news.com', enabled: true, builtIn: false }];
    const { user, lastSaved, releaseSitePermission } = setup({ sites });
    expect(screen.queryByRole('button', { name: 'Remove coindesk.com' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove example-news.com' }));
    expect((await lastSaved()).sites.some((site) => site.host === 'example-news.com')).toBe(false);
    expect(releaseSitePermission).toHaveBeenCalledWith('example-news.com');
  });

  test('a site that came by sync or import without access offers to grant it', async () => {
    const sites = [...DEFAULT_SETTINGS.sites, { host: 'synced-news.com', enabled: true, builtIn: false }];
    const { user, requestSitePermission } = setup({ sites }, { withoutAccess: ['synced-news.com'] });
    const grant = await screen.findByRole('button', { name: 'Grant access to synced-news.com' });
    expect(screen.queryByRole('button', { name: 'Grant access to coindesk.com' })).toBeNull();
    await user.click(grant);
    expect(requestSitePermission).toHaveBeenCalledWith('synced-news.com');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Grant access to synced-news.com' })).toBeNull(),
    );
  });
});

describe('display', () => {
  test('theme, hover delay and tooltip options are saved', async () => {
    const { user, lastSaved } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    const delay = screen.getByRole('textbox', { name: 'Hover delay' });
    await user.clear(delay);
    await user.type(delay, '400');
    await user.click(screen.getByRole('checkbox', { name: /electricity-only cost/ }));
    await user.click(screen.getByRole('checkbox', { name: /toolbar button/ }));
    await waitFor(async () =>
      expect((await lastSaved()).display).toEqual({
        theme: 'dark',
        hoverDelayMs: 400,
        showElectricityFloor: false,
        showBadge: false,
      }),
    );
  });
});

describe('import, export and reset', () => {
  test('a good file replaces the settings and the fields show them', async () => {
    const { user, lastSaved } = setup();
    const imported = {
      ...structuredClone(DEFAULT_SETTINGS),
      thinMarginPct: 33,
      costSource: 'fixed' as const,
      fixedCostUsd: 75_000,
    };
    const file = new File([writeSettingsFile(imported)], 'mine.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Settings file to import'), file);
    expect(await screen.findByText('Imported settings from mine.json.')).toBeInTheDocument();
    expect(await lastSaved()).toEqual(imported);
    expect(screen.getByRole('textbox', { name: 'Thin-margin band' })).toHaveValue('33');
  });

  test('a bad file is refused with the field named, and nothing changes', async () => {
    const { user, saved } = setup();
    const bad = { ...DEFAULT_SETTINGS, thinMarginPct: 'wide' };
    const file = new File([JSON.stringify(bad)], 'broken.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Settings file to import'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /broken\.json: .*thinMarginPct.*Nothing was changed/,
    );
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Thin-margin band' })).toHaveValue('10');
  });

  test('reset asks first, and cancel keeps everything', async () => {
    const { user, saved } = setup({ thinMarginPct: 40 });
    await user.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByText(/Reset every setting/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Thin-margin band' })).toHaveValue('40');
  });

  test('confirmed reset saves the defaults', async () => {
    const { user, lastSaved } = setup({ thinMarginPct: 40 });
    await user.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(await lastSaved()).toEqual(DEFAULT_SETTINGS);
    expect(screen.getByRole('textbox', { name: 'Thin-margin band' })).toHaveValue('10');
  });
});

test('saving is announced', async () => {
  const { user } = setup();
  await user.click(screen.getByRole('checkbox', { name: /Price targets/ }));
  expect(await screen.findByText('All changes saved.')).toBeInTheDocument();
});

test('repaired fields from storage are listed', () => {
  setup({}, { repairs: ['thinMarginPct: "wide" is not a number; reset to 10'] });
  expect(screen.getByRole('alert')).toHaveTextContent('thinMarginPct');
});

test('every control can be reached with the keyboard', async () => {
  const { user } = setup();
  const reached = new Set<Element>();
  for (let i = 0; i < 60; i += 1) {
    await user.tab();
    if (document.activeElement) reached.add(document.activeElement);
  }
  for (const control of screen.getAllByRole('checkbox')) expect(reached.has(control)).toBe(true);
  expect(reached.has(screen.getByRole('textbox', { name: 'Electricity price' }))).toBe(true);
  expect(reached.has(screen.getByRole('button', { name: 'Export settings' }))).toBe(true);
});
