// What a new user meets: the first-run page opening on install (what gets underlined, where, and live data in
// one click), and figures that say their age in words in the popup and the tooltip when the bundled series is
// more than 60 days behind the machine's clock (it ends in the series' last month; the clock here is later).
// Both browsers. The live-data click goes through Firefox only: it grants a permission asked for from a click
// without a prompt (extensions.webextOptionalPermissionPrompts), Chromium's prompt cannot be answered.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { latestMonth } from '@/lib/economics';
import { staleDataNote } from '@/lib/format/data-age';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { LiveDataState } from '@/lib/live/live-data-state';
import type { Settings } from '@/lib/settings/schema';
import { startMempoolServer, type MempoolServer } from '../unit/live/mempool-server';
import { launchBrowser, type E2EBrowser, type E2EPage } from './support/browsers';
import { readContentUi, waitForContentUi } from './support/browsers/content-ui';
import { firstHighlightRect, waitForScan } from './support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

type ExtensionApi = {
  browser: {
    extension: { getViews(filter: { type: 'tab' }): Window[] };
    permissions: {
      contains(permissions: { origins: string[] }): Promise<boolean>;
      remove(permissions: { origins: string[] }): Promise<boolean>;
      request(permissions: { origins: string[] }): Promise<boolean>;
    };
    storage: {
      local: { get(key: string): Promise<Record<string, unknown>> };
      sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    };
  };
};

// The note the figures should carry today; the scenarios below need the clock past the series by 60 days.
const expectedNote = staleDataNote(latestMonth(), new Date());

const bodyText = (page: E2EPage) => page.evaluate(() => document.body.innerText, undefined);

describe.each(['chromium', 'firefox'] as const)('%s', (browserName) => {
  let browser: E2EBrowser;
  let server: FixtureServer;
  let mempool: MempoolServer;
  beforeAll(async () => {
    [browser, server, mempool] = await Promise.all([
      launchBrowser(browserName),
      startFixtureServer('test/fixtures/content'),
      startMempoolServer(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close(), mempool?.close()]);
  });

  test('the clock is more than 60 days past the bundled series (what the age scenarios need)', () => {
    expect(expectedNote).toMatch(/^Figures from [A-Z][a-z]+ \d{4}, .+ old$/);
  });

  test('installing the extension opened the first-run page in a tab', async () => {
    const tabs = () =>
      browser.evaluateInExtension(
        () =>
          (globalThis as unknown as ExtensionApi).browser.extension
            .getViews({ type: 'tab' })
            .map((view) => view.location.pathname),
        undefined,
      );
    await expect.poll(tabs, { timeout: 5_000 }).toContain('/welcome.html');
  });

  test('the first-run page shows what gets underlined, where, and how old the figures are', async () => {
    const page = await browser.openExtensionPage('welcome.html');
    expect(await page.waitFor(() => document.querySelector('h1')?.textContent, undefined)).toBe(true);
    const text = await bodyText(page);
    expect(text).toContain('Miner Margin is ready');
    expect(text).toContain('Dotted orange: a Bitcoin price (on)');
    for (const site of DEFAULT_SETTINGS.sites) expect(text).toContain(site.host);
    expect(text).toContain(`The bundled figures are old: f${expectedNote!.slice(1)}.`);
    expect(text).toContain('Use live data from mempool.space');
    // The sample's underline is the marks' own: a dotted line under the price.
    const decoration = await page.evaluate(
      () => getComputedStyle(document.querySelector('.sample .mark--price')!).textDecorationStyle,
      undefined,
    );
    expect(decoration).toBe('dotted');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('the popup says how old its figures are and offers live data', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    expect(await popup.waitFor(() => document.querySelector('.regime__stale'), undefined)).toBe(true);
    const stale = await popup.evaluate(
      () => document.querySelector('.regime__stale')!.textContent,
      undefined,
    );
    expect(stale).toContain(`${expectedNote}.`);
    expect(stale).toContain('Use live data from mempool.space');
    await popup.close();
  });

  test('the tooltip on an undated page (read at today) says how old the figures are', async () => {
    const page = await browser.openPage(server.url('www.coindesk.com', '/markets/undated-ticker/'));
    expect(await waitForScan(page), 'miner-margin:scan measure').toBe(true);
    const rect = await firstHighlightRect(page, 'miner-margin-btc-price', '#story');
    expect(rect, 'the marked $91,500').not.toBeNull();
    await page.hover(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    const open = await waitForContentUi(page, (ui) => ui.tooltipOpen);
    expect(open.tooltipText).toContain('No article date found');
    expect(open.tooltipText).toContain(expectedNote!);
    await page.press('Escape');
    expect((await readContentUi(page)).hostCount).toBe(1);
    await page.close();
  });

  test.runIf(browserName === 'firefox')(
    'the first-run page’s button asks for the permission from its click and live data starts',
    async () => {
      const settings: Settings = {
        ...structuredClone(DEFAULT_SETTINGS),
        live: { ...DEFAULT_SETTINGS.live, baseUrl: mempool.baseUrl },
      };
      await browser.evaluateInExtension(
        (value) => (globalThis as unknown as ExtensionApi).browser.storage.sync.set({ settings: value }),
        settings,
      );
      const page = await browser.openExtensionPage('welcome.html');
      const button = `button.live-offer__button`;
      expect(await page.waitFor((selector) => document.querySelector(selector), button)).toBe(true);
      await page.click(button);
      expect(
        await page.waitFor(() => document.querySelector('.live-offer--on')?.textContent, undefined),
        'the page says live data is on',
      ).toBe(true);
      expect(
        await page.evaluate(
          (origin) =>
            (globalThis as unknown as ExtensionApi).browser.permissions.contains({ origins: [origin] }),
          'http://127.0.0.1/*',
        ),
      ).toBe(true);
      const liveState = () =>
        page.evaluate(
          async () =>
            (
              (await (globalThis as unknown as ExtensionApi).browser.storage.local.get('liveData'))
                .liveData as LiveDataState | undefined
            )?.status.state,
          undefined,
        );
      await expect.poll(liveState, { timeout: 10_000 }).toBe('ok');
      expect(mempool.requests.length).toBeGreaterThan(0);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  test.runIf(browserName === 'firefox')(
    'a grant whose page closed before it could save (the popup, behind the prompt) still turns live data on',
    async () => {
      const settings: Settings = {
        ...structuredClone(DEFAULT_SETTINGS),
        live: { ...DEFAULT_SETTINGS.live, baseUrl: mempool.baseUrl, enabled: false },
      };
      const page = await browser.openExtensionPage('options.html');
      await page.evaluate(async (value) => {
        const { browser: ext } = globalThis as unknown as ExtensionApi;
        await ext.permissions.remove({ origins: ['http://127.0.0.1/*'] });
        await ext.storage.sync.set({ settings: value });
      }, settings);
      // A button that only asks for the permission, as the popup's does before the popup goes away.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'ask-only';
        button.textContent = 'ask';
        button.addEventListener('click', () => {
          void (globalThis as unknown as ExtensionApi).browser.permissions.request({
            origins: ['http://127.0.0.1/*'],
          });
        });
        document.body.prepend(button);
      }, undefined);
      await page.click('#ask-only');
      const enabled = () =>
        page.evaluate(
          async () =>
            (
              (await (globalThis as unknown as ExtensionApi).browser.storage.sync.get('settings'))
                .settings as Settings
            ).live.enabled,
          undefined,
        );
      await expect.poll(enabled, { timeout: 5_000 }).toBe(true);
      await page.close();
    },
  );
});
