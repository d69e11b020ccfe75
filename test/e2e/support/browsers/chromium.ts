// E2EBrowser over Playwright and Debian's Chromium, with the MV3 build loaded (see ../chromium.ts).
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { chromiumPiercingTree } from './dom-tree-chromium';
import { extensionBuildPath } from './extension-builds';
import type { E2EBrowser, E2ELaunchOptions, E2EPage, ExtensionPagePath } from './types';

function wrapPage(page: Page): E2EPage {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  return {
    browser: 'chromium',
    errors,
    requests,
    goto: async (url) => {
      await page.goto(url, { timeout: 60_000 });
    },
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      page
        .waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })
        .then(() => true)
        .catch(() => false),
    hover: async (x, y) => {
      await page.mouse.move(x - 40, y + 30);
      await page.mouse.move(x, y, { steps: 8 });
    },
    click: (selector) => page.locator(selector).first().click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    screenshot: ({ path, clip } = {}) => page.screenshot({ path, clip }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    piercingTree: (tag) => chromiumPiercingTree(page, tag),
    heapUsedAfterGc: async () => {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    close: () => page.close(),
  };
}

/** Chromium with the chrome-mv3 build loaded and the news hosts mapped to 127.0.0.1. */
export async function launchChromium(options: E2ELaunchOptions = {}): Promise<E2EBrowser> {
  const launched = await launchWithExtension({
    extensionPath: options.extensionPath ?? extensionBuildPath('chromium'),
    headless: options.headless,
    hosts: options.hosts,
    args: options.acceptInsecureCerts ? ['--ignore-certificate-errors'] : [],
  });
  const extensionOrigin = `chrome-extension://${launched.extensionId}`;
  const openExtensionPage = async (path: ExtensionPagePath) => {
    const page = await launched.context.newPage();
    const wrapped = wrapPage(page);
    await page.goto(`${extensionOrigin}/${path}`);
    return wrapped;
  };
  let control: E2EPage | null = null;
  return {
    name: 'chromium',
    extensionOrigin,
    openPage: async (url) => {
      const page = wrapPage(await launched.context.newPage());
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
    closed: () => new Promise((resolve) => launched.context.once('close', () => resolve())),
    close: () => launched.close(),
  };
}

/** Runs in an extension page: `tabs.sendMessage` to the active tab of the last focused window. */
export async function sendToActiveTab(message: unknown): Promise<unknown> {
  type TabsApi = {
    tabs: {
      query(query: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
  const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (scope.browser ?? scope.chrome)!;
  // Activating a tab is asynchronous in the browser: wait until the active tab is no longer one of ours (the
  // extension sees only its own pages' URLs).
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined && !tab.url?.startsWith(location.origin))
      return api.tabs.sendMessage(tab.id, message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no web page in the active tab');
}
