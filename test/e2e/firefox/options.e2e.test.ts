// The options page in Firefox ESR through the real permission flows: Firefox grants an optional host permission
// asked for from a click without the prompt a user would answer (extensions.webextOptionalPermissionPrompts is
// off). In Chromium that prompt cannot be answered by automation, so ../options.e2e.test.ts and
// ../live-data.e2e.test.ts grant the permission at install instead. Both flows caught the MV2 manifest missing
// optional_permissions (WXT drops optional_host_permissions for MV2), fixed in wxt.config.ts.
// - Sites: a built-in site switched off and on reaches an open tab; a user-added site is asked for, gets the
//   content script registered at run time, and loses it when removed.
// - Live data: the toggle asks for the instance's host permission, the background fetches from a stand-in
//   mempool instance on 127.0.0.1, and with the instance gone the last good figures stay (the fallback).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveDataState } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { startMempoolServer, type MempoolServer } from '../../unit/live/mempool-server';
import { launchBrowser, type E2EBrowser, type E2EPage } from '../support/browsers';
import { elementCenter, highlightTexts, waitForScan } from '../support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const PRICE = 'miner-margin-btc-price';
const USER_SITE = 'example.org';

type ExtensionApi = {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
    storage: {
      local: { get(key: string): Promise<Record<string, unknown>> };
      sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    };
  };
};

let browser: E2EBrowser;
let server: FixtureServer;
let mempool: MempoolServer;
beforeAll(async () => {
  [browser, server, mempool] = await Promise.all([
    launchBrowser('firefox'),
    startFixtureServer('test/fixtures/content'),
    startMempoolServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), mempool?.close().catch(() => undefined)]);
});

describe('sites', () => {
  let options: E2EPage;
  beforeAll(async () => {
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(async () => options?.close());

  const registered = () =>
    options.evaluate(
      async () =>
        (await (globalThis as unknown as ExtensionApi).browser.scripting.getRegisteredContentScripts()).map(
          (script) => script.id,
        ),
      undefined,
    );

  async function clickIn(page: E2EPage, selector: string, text = '') {
    const at = await elementCenter(page, selector, text);
    if (!at) throw new Error(`no ${selector} with "${text}"`);
    await page.clickAt(at.x, at.y);
  }

  test('switching a built-in site off clears its annotations on open tabs; on again, they return', async () => {
    const article = await browser.openPage(server.url('www.coindesk.com', ARTICLE));
    expect(await waitForScan(article)).toBe(true);
    expect((await highlightTexts(article, PRICE)).length).toBeGreaterThan(0);
    await options.bringToFront();
    await clickIn(options, '.sites label', 'coindesk.com');
    await expect
      .poll(() => article.evaluate(() => [...CSS.highlights.keys()], undefined), { timeout: 10_000 })
      .toEqual([]);
    await clickIn(options, '.sites label', 'coindesk.com');
    await expect.poll(() => highlightTexts(article, PRICE), { timeout: 10_000 }).not.toEqual([]);
    await article.close();
  });

  test('a site added on the options page asks for its permission, gets the content script, and loses it when removed', async () => {
    const before = await browser.openPage(server.url(USER_SITE, ARTICLE));
    expect(await waitForScan(before, 1_500)).toBe(false);
    await before.close();

    await options.bringToFront();
    await options.type('form.add-site input[type="text"]', `https://www.${USER_SITE}/news`);
    await clickIn(options, 'form.add-site button[type="submit"]', 'Add');
    await expect
      .poll(
        async () =>
          (await options.evaluate(
            () => document.querySelector('form.add-site [role="alert"]')?.textContent,
            undefined,
          )) ?? (await registered()),
        { timeout: 10_000 },
      )
      .toEqual([`miner-margin-site:${USER_SITE}`]);
    expect(
      await options.evaluate(
        (host) =>
          (globalThis as unknown as ExtensionApi).browser.permissions.contains({
            origins: [`*://${host}/*`],
          }),
        USER_SITE,
      ),
    ).toBe(true);

    const added = await browser.openPage(server.url(USER_SITE, ARTICLE));
    expect(await waitForScan(added)).toBe(true);
    expect(await highlightTexts(added, PRICE)).toEqual(['$70,100', '$70,000', '$72,400', '$69,800']);

    await options.bringToFront();
    await clickIn(options, '.sites li button', USER_SITE);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    await expect
      .poll(() => added.evaluate(() => [...CSS.highlights.keys()], undefined), { timeout: 10_000 })
      .toEqual([]);
    expect(added.errors).toEqual([]);
    await added.close();
  });
});

describe('live data', () => {
  let options: E2EPage;
  afterAll(async () => options?.close());

  const storedLiveData = () =>
    options.evaluate(
      async () =>
        (await (globalThis as unknown as ExtensionApi).browser.storage.local.get('liveData')).liveData,
      undefined,
    ) as Promise<LiveDataState | undefined>;

  test('off by default: a refresh on demand sends nothing', async () => {
    options = await browser.openExtensionPage('options.html');
    const state = (await options.evaluate(
      () =>
        (globalThis as unknown as ExtensionApi).browser.runtime.sendMessage({ type: 'refresh-live-data' }),
      undefined,
    )) as LiveDataState;
    expect(state.status.state).toBe('off');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mempool.requests).toEqual([]);
  });

  test('the options toggle asks for the host permission from the click, then the background fetches', async () => {
    // The instance's URL as if typed earlier (the field is covered by the Chromium and component tests).
    const settings: Settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      live: { ...DEFAULT_SETTINGS.live, baseUrl: mempool.baseUrl },
    };
    await options.evaluate(
      (value) => (globalThis as unknown as ExtensionApi).browser.storage.sync.set({ settings: value }),
      settings,
    );
    await options.close();
    options = await browser.openExtensionPage('options.html');
    const box = await options.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((element) =>
        element.textContent?.includes('Fetch live price, hashrate and fees'),
      );
      const input = label?.querySelector('input[type="checkbox"]');
      input?.scrollIntoView({ block: 'center' });
      const rect = input?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    }, undefined);
    expect(box, 'the live-data toggle').not.toBeNull();
    await options.clickAt(box!.x, box!.y);

    // Either the setting turns on, or the page says why not (the alert's text is the failure message).
    const outcome = () =>
      options.evaluate(async () => {
        const alert = document.querySelector('[role="alert"]')?.textContent;
        if (alert) return alert;
        const stored = await (globalThis as unknown as ExtensionApi).browser.storage.sync.get('settings');
        return (stored.settings as { live: { enabled: boolean } }).live.enabled;
      }, undefined);
    await expect.poll(outcome, { timeout: 5_000 }).toBe(true);
    expect(
      await options.evaluate(
        (origin) =>
          (globalThis as unknown as ExtensionApi).browser.permissions.contains({ origins: [origin] }),
        'http://127.0.0.1/*',
      ),
    ).toBe(true);
    await expect.poll(async () => (await storedLiveData())?.status.state, { timeout: 10_000 }).toBe('ok');
    const state = await storedLiveData();
    expect(state?.snapshot?.priceUsd).toBe(70123);
    expect(state?.snapshot?.hashrateEhs).toBeCloseTo(914, 6);
    expect(options.errors).toEqual([]);
  });

  test('with the instance gone, the last good data stays and the error is stored', async () => {
    const before = await storedLiveData();
    await mempool.close();
    const state = (await options.evaluate(
      () =>
        (globalThis as unknown as ExtensionApi).browser.runtime.sendMessage({ type: 'refresh-live-data' }),
      undefined,
    )) as LiveDataState;
    expect(state.status.state).toBe('error');
    expect(state.status.message).toMatch(/^\/api\/v1\/[\w/-]+: could not connect/);
    expect(state.snapshot).toEqual(before?.snapshot);
  });
});
