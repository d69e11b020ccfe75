import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { watchExtensionConsole } from './chromium-extension-console';
import { chromeExtensionPath } from './extension-path';

/** News hosts the fixture pages are served under (each mapped to 127.0.0.1). */
export const NEWS_HOSTS = [
  'www.coindesk.com',
  'cointelegraph.com',
  'www.theblock.co',
  'decrypt.co',
  'bitcoinmagazine.com',
  'cryptoslate.com',
  'blockworks.co',
  'news.bitcoin.com',
  'example.org',
  'www.example-news.test',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionPath?: string;
  headless?: boolean;
  /** Extra hosts to resolve to 127.0.0.1. */
  hosts?: string[];
  args?: string[];
}

/** Launches Debian's Chromium with the built extension loaded and news hosts resolved to 127.0.0.1. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? chromeExtensionPath();
  const userDataDir = await mkdtemp(join(tmpdir(), 'miner-margin-e2e-'));
  const hosts = [...NEWS_HOSTS, ...(options.hosts ?? [])];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades',
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
      ...(options.args ?? []),
    ],
  });
  watchExtensionConsole(context);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
