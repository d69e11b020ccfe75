// E2EBrowser over puppeteer-core and Debian's Firefox ESR (WebDriver BiDi, no geckodriver), with the firefox-mv2
// build installed as a temporary add-on.
import { readFile } from 'node:fs/promises';
import puppeteer, { type Page } from 'puppeteer-core';
import { sendToActiveTab } from './chromium';
import { firefoxPiercingTree } from './dom-tree-firefox';
import { watchFirefoxExtensionConsole } from './firefox-extension-console';
import { extensionBuildPath } from './extension-builds';
import type { E2EBrowser, E2ELaunchOptions, E2EPage, ExtensionPagePath } from './types';

/**
 * The moz-extension:// host the add-on gets. Firefox picks a random UUID per profile unless
 * `extensions.webextensions.uuids` maps the add-on's gecko id to one before it is installed.
 */
export const FIREFOX_EXTENSION_UUID = '5d3c8f0e-6a1b-4c2d-9e7f-0a1b2c3d4e5f';

export function firefoxPreferences(geckoId: string): Record<string, unknown> {
  return {
    // Every host name resolves to the local fixture server, so real news hosts reach it.
    'network.dns.forceResolve': '127.0.0.1',
    'network.proxy.type': 0,
    'dom.security.https_only_mode': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    // permissions.request() from a click is granted without the doorhanger a user would answer.
    'extensions.webextOptionalPermissionPrompts': false,
    // Nothing on this machine can reach Mozilla's services; don't wait for them.
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.region.network.url': '',
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'media.autoplay.default': 0,
  };
}

/** The gecko id from a built Firefox manifest (`browser_specific_settings.gecko.id`). */
export async function geckoIdOf(extensionPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(`${extensionPath}/manifest.json`, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Keys in puppeteer's names for the ones scenarios use with Playwright's spelling (`Alt+Shift+M`). */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['down']>[0][];
  for (const key of keys) await page.keyboard.down(key);
  for (const key of keys.reverse()) await page.keyboard.up(key);
}

function wrapPage(page: Page): E2EPage {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('request', (request) => requests.push(request.url()));
  return {
    browser: 'firefox',
    errors,
    requests,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    },
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      page
        .waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg)
        .then(() => true)
        .catch(() => false),
    hover: async (x, y) => {
      await page.mouse.move(x - 40, y + 30);
      await page.mouse.move(x, y, { steps: 8 });
    },
    click: (selector) => page.locator(selector).click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.type(selector, text),
    press: (key) => pressChord(page, key),
    screenshot: async ({ path, clip } = {}) =>
      Buffer.from(await page.screenshot({ path: path as `${string}.png` | undefined, clip })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    heapUsedAfterGc: async () => null,
    bringToFront: () => page.bringToFront(),
    piercingTree: (tag) => firefoxPiercingTree(page, tag),
    close: () => page.close(),
  };
}

/**
 * Firefox ESR with the firefox-mv2 build installed as a temporary add-on at a fixed moz-extension:// UUID.
 * `--remote-allow-system-access` lets WebDriver BiDi navigate a tab to moz-extension:// pages (refused otherwise).
 */
export async function launchFirefox(options: E2ELaunchOptions = {}): Promise<E2EBrowser> {
  const extensionPath = options.extensionPath ?? extensionBuildPath('firefox');
  const geckoId = await geckoIdOf(extensionPath);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPreferences(geckoId),
  });
  watchFirefoxExtensionConsole(browser);
  try {
    const before = new Set(browser.targets());
    const installed = await browser.installExtension(extensionPath);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
    // Installing opens the first-run page in a new tab, in front (about 0.1 s later). A page a test opened before it
    // was put behind it, hidden, where Firefox throttles timers and animation frames: the first page of half the
    // launches was hidden, and a hover on one once opened no tooltip in 5 s. So wait for that tab, as a reader
    // would see it before opening a page. (Puppeteer sees its moz-extension:// URL as about:blank.)
    await browser.waitForTarget((target) => target.type() === 'page' && !before.has(target), {
      timeout: 15_000,
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  /**
   * Polls the tab until it shows `url` fully loaded, for up to `timeoutMs`. Each look is its own evaluation: while
   * the tab moves to the extension process an evaluation can fail at once (its context is destroyed), and one
   * waitForFunction failing so gave up within a second, twice in a row (CI, 6 Dec 2026). The last error is kept.
   */
  const arrivedAt = async (page: Page, url: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown = null;
    while (Date.now() < deadline) {
      try {
        const ready = await page.evaluate(
          (expected) => location.href === expected && document.readyState === 'complete',
          url,
        );
        if (ready) return { loaded: true, lastError };
      } catch (error) {
        lastError = error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { loaded: false, lastError };
  };

  const openExtensionPage = async (path: ExtensionPagePath) => {
    const url = `${extensionOrigin}/${path}`;
    // The tab moves to the extension process and puppeteer never sees that navigation finish: start it, then
    // wait for the document itself. Under load that move is occasionally lost (seen once in CI), so a tab that
    // never arrives is closed and the navigation tried once more in a new one.
    for (let attempt = 1; ; attempt++) {
      const page = await browser.newPage();
      // Wrapped before the navigation: its error and request logs cover the page's load.
      const wrapped = wrapPage(page);
      void page.goto(url, { timeout: 30_000 }).catch(() => undefined);
      const { loaded, lastError } = await arrivedAt(page, url, 15_000);
      if (loaded) return wrapped;
      await page.close().catch(() => undefined);
      if (attempt === 2) throw new Error(`${url} did not load (last error: ${String(lastError)})`);
    }
  };
  let control: E2EPage | null = null;
  return {
    name: 'firefox',
    extensionOrigin,
    openPage: async (url) => {
      const page = wrapPage(await browser.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    sendToTab: async (page, message) => {
      control ??= await openExtensionPage('options.html');
      await page.bringToFront();
      return control.evaluate(sendToActiveTab, message);
    },
    evaluateInExtension: async (fn, arg, page) => {
      control ??= await openExtensionPage('options.html');
      if (page) await page.bringToFront();
      return control.evaluate(fn, arg);
    },
    closed: () =>
      browser.connected
        ? new Promise((resolve) => browser.once('disconnected', () => resolve()))
        : Promise.resolve(),
    close: () => browser.close(),
  };
}
