// Live data in Firefox ESR, the way a user turns it on: the options page's toggle asks for the instance's host
// permission from the click (Firefox grants it without a prompt here: extensions.webextOptionalPermissionPrompts
// is off), the background then fetches from a stand-in mempool instance on 127.0.0.1, and with the instance gone
// the last good figures stay (the fallback).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LiveDataState } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { startMempoolServer, type MempoolServer } from '../../unit/live/mempool-server';
import { launchBrowser, type E2EBrowser, type E2EPage } from '../support/browsers';

type ExtensionApi = {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
    storage: {
      local: { get(key: string): Promise<Record<string, unknown>> };
      sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    };
  };
};

let browser: E2EBrowser;
let server: MempoolServer;
let options: E2EPage;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser('firefox'), startMempoolServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => undefined);
});

const storedLiveData = () =>
  options.evaluate(
    async () =>
      (await (globalThis as unknown as ExtensionApi).browser.storage.local.get('liveData')).liveData,
    undefined,
  ) as Promise<LiveDataState | undefined>;

test('off by default: a refresh on demand sends nothing', async () => {
  options = await browser.openExtensionPage('options.html');
  const state = (await options.evaluate(
    () => (globalThis as unknown as ExtensionApi).browser.runtime.sendMessage({ type: 'refresh-live-data' }),
    undefined,
  )) as LiveDataState;
  expect(state.status.state).toBe('off');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(server.requests).toEqual([]);
});

test('the options toggle asks for the host permission from the click, then the background fetches', async () => {
  // The instance's URL as if typed earlier (the field is covered by the Chromium and component tests).
  const settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    live: { ...DEFAULT_SETTINGS.live, baseUrl: server.baseUrl },
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
      (origin) => (globalThis as unknown as ExtensionApi).browser.permissions.contains({ origins: [origin] }),
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
  await server.close();
  const state = (await options.evaluate(
    () => (globalThis as unknown as ExtensionApi).browser.runtime.sendMessage({ type: 'refresh-live-data' }),
    undefined,
  )) as LiveDataState;
  expect(state.status.state).toBe('error');
  expect(state.status.message).toMatch(/^\/api\/v1\/[\w/-]+: could not connect/);
  expect(state.snapshot).toEqual(before?.snapshot);
});
