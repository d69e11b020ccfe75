// Live data in Chromium with the built extension, against a stand-in mempool instance on 127.0.0.1.
// The host permission a user grants from the options page is granted at install instead: the test loads a copy
// of the build whose manifest lists http://127.0.0.1/* as a host permission (optional ones need a prompt).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LiveDataState } from '@/lib/live/live-data-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { startMempoolServer, type MempoolServer } from '../unit/live/mempool-server';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { chromeExtensionPath } from './support/extension-path';
import { allowExtensionProblem } from './support/extension-console';

let copyDir: string;
let browser: ExtensionBrowser;
let server: MempoolServer;
let page: Page;

type ChromeApi = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: {
      local: { get(key: string): Promise<Record<string, unknown>> };
      sync: { set(items: Record<string, unknown>): Promise<void> };
    };
  };
};

beforeAll(async () => {
  copyDir = await mkdtemp(join(tmpdir(), 'miner-margin-live-'));
  const extensionPath = join(copyDir, 'chrome-mv3');
  await cp(chromeExtensionPath(), extensionPath, { recursive: true });
  const manifestPath = join(extensionPath, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  // Added to the build's own (the built-in sites, where the background injects the annotator).
  const granted = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify({ ...manifest, host_permissions: granted }));
  server = await startMempoolServer();
  browser = await launchWithExtension({ extensionPath });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => undefined);
  await rm(copyDir, { recursive: true, force: true });
});

const refreshNow = () =>
  page.evaluate(() =>
    (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({ type: 'refresh-live-data' }),
  ) as Promise<LiveDataState>;

const storedLiveData = () =>
  page.evaluate(
    async () => (await (globalThis as unknown as ChromeApi).chrome.storage.local.get('liveData')).liveData,
  ) as Promise<LiveDataState | undefined>;

test('off by default: a refresh on demand sends nothing', async () => {
  const state = await refreshNow();
  expect(state.status.state).toBe('off');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(server.requests).toEqual([]);
});

test('turned on, the background fetches from the instance and stores the figures', async () => {
  const settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    live: { ...DEFAULT_SETTINGS.live, enabled: true, baseUrl: server.baseUrl },
  };
  await page.evaluate(
    (value) => (globalThis as unknown as ChromeApi).chrome.storage.sync.set({ settings: value }),
    settings,
  );
  await expect.poll(async () => (await storedLiveData())?.status.state, { timeout: 10_000 }).toBe('ok');
  const state = await storedLiveData();
  expect(state?.snapshot?.priceUsd).toBe(70123);
  expect(state?.snapshot?.hashrateEhs).toBeCloseTo(914, 6);
  expect(server.requests).toHaveLength(4);
});

test('with the instance gone, the last good data stays and the error is stored', async () => {
  // The background says why the refresh failed: expected here.
  allowExtensionProblem(/live data \(demand\): \/api\/v1\/[\w/-]+: could not connect/);
  const before = await storedLiveData();
  await server.close();
  const state = await refreshNow();
  expect(state.status.state).toBe('error');
  expect(state.status.message).toMatch(/^\/api\/v1\/[\w/-]+: could not connect/);
  expect(state.snapshot).toEqual(before?.snapshot);
});
