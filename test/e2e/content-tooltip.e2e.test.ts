// The tooltip from hover, the keyboard command and the popup's messages; settings applied live.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { costAt, hashprice, margin } from '@/lib/economics';
import { formatHashprice, formatPercent, formatUsd } from '@/lib/format';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import type { PageReport } from '@/lib/messages';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { readContentUi, waitForContentUi } from './support/content-ui';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { firstHighlightRect, highlightTexts, waitForScan } from './support/highlights';

const HOST = 'www.coindesk.com';
const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const PRICE = 'miner-margin-btc-price';
const ARTICLE_DATE = new Date('2026-02-05T00:00:00Z');

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer('test/fixtures/content')]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function open(path = ARTICLE) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url(HOST, path));
  // The service worker finds the tab as the active one (the extension has no `tabs` permission to match URLs).
  await page.bringToFront();
  expect(await waitForScan(page)).toBe(true);
  return { page, errors };
}

type Message = { type: string; [key: string]: unknown };

/** The parts of the extension API the tests call inside the service worker. */
interface ChromeApi {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  storage: { sync: { set(items: object): Promise<void> } };
}

/** Sends a message to the article's tab from the service worker, as the command handler and the popup do. */
function sendToTab<T>(message: Message): Promise<T> {
  return browser.serviceWorker.evaluate(async (payload) => {
    const [tab] = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(
      tab?.id ?? -1,
      payload,
    ) as Promise<T>;
  }, message);
}

function storeSettings(settings: Settings): Promise<void> {
  return browser.serviceWorker.evaluate(
    (value) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.set({ settings: value }),
    settings,
  );
}

async function hover(page: Page, within: string) {
  const rect = await firstHighlightRect(page, PRICE, within);
  if (!rect) throw new Error(`no marked price in ${within}`);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

const expectedCost = costAt(ARTICLE_DATE, DEFAULT_SETTINGS);

describe('hover', () => {
  test('hovering a price shows the tooltip with the figures at the article’s date', async () => {
    const { page, errors } = await open();
    expect((await readContentUi(page)).tooltipOpen).toBe(false);
    await hover(page, '#p1');
    const ui = await waitForContentUi(page, (reading) => reading.tooltipOpen);
    expect(ui.tooltipRole).toBe('tooltip');
    const value = margin(70_000, expectedCost.usd);
    const words = value < 0 ? 'Below production cost' : value < 0.1 ? 'Thin margin' : 'Healthy margin';
    expect(ui.tooltipText).toContain(words);
    expect(ui.tooltipText).toContain('Bitcoin price | $70,000 | “$70,000”');
    expect(ui.tooltipText).toContain(
      `Production cost (estimated) | ${formatUsd(expectedCost.usd)} | Feb 2026`,
    );
    expect(ui.tooltipText).toContain(
      `Electricity only (estimated) | ${formatUsd(expectedCost.electricityUsd)}`,
    );
    expect(ui.tooltipText).toContain(`Miner margin | ${formatPercent(value)}`);
    expect(ui.tooltipText).toContain(`Hashprice | ${formatHashprice(hashprice(ARTICLE_DATE).usdPerPhDay)}`);
    expect(ui.tooltipText).toContain('Article date 5 Feb 2026');
    expect(ui.tooltipText).toContain('How is this estimated?');
    // Hover is not announced (only the keyboard path is).
    expect(ui.announced).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('it stays while the pointer moves into it, and its link opens the explanation page', async () => {
    const { page } = await open();
    await hover(page, '#p3');
    // The tooltip waits a moment for the cost context (CONTEXT_WAIT_MS); a background slower than that adds its lines
    // above the link after it opens, so the link's place is read once they are in (read before, a loaded machine
    // clicked where the link had been).
    const ui = await waitForContentUi(
      page,
      (reading) => reading.tooltipOpen && reading.tooltipText.includes('Price ÷ cost'),
    );
    expect(ui.tooltipText).toContain('“$72,400”');
    if (!ui.explainButton) throw new Error('no explain button');
    const opened = browser.context.waitForEvent('page');
    await page.mouse.move(ui.explainButton.x, ui.explainButton.y, { steps: 4 });
    await page.mouse.click(ui.explainButton.x, ui.explainButton.y);
    const explanation = await opened;
    await explanation.waitForLoadState();
    expect(explanation.url()).toBe(`chrome-extension://${browser.extensionId}/explain.html`);
    expect(await explanation.textContent('h1')).toBe('How Miner Margin estimates production cost');
    await explanation.close();
    await page.close();
  });

  test('it hides when the pointer leaves, and on Escape', async () => {
    const { page } = await open();
    await hover(page, '#p1');
    expect((await waitForContentUi(page, (ui) => ui.tooltipOpen)).tooltipOpen).toBe(true);
    await page.mouse.move(5, 880);
    expect((await waitForContentUi(page, (ui) => !ui.tooltipOpen)).tooltipOpen).toBe(false);
    await hover(page, '#p1');
    expect((await waitForContentUi(page, (ui) => ui.tooltipOpen)).tooltipOpen).toBe(true);
    await page.keyboard.press('Escape');
    expect((await readContentUi(page)).tooltipOpen).toBe(false);
    await page.close();
  });
});

describe('keyboard', () => {
  test('the manifest lists the next and previous commands with their default keys', async () => {
    const commands = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll(),
    );
    const keys = Object.fromEntries(commands.map((command) => [command.name, command.shortcut]));
    expect(keys['next-mention']).toBe('Alt+Shift+M');
    expect(keys['previous-mention']).toBe('Alt+Shift+Comma');
  });

  test('the command reaches each mention in order, announces it, wraps, goes back; Escape closes', async () => {
    const { page, errors } = await open();
    const escapePrevented: boolean[] = [];
    await page.exposeFunction('recordEscape', (prevented: boolean) => escapePrevented.push(prevented));
    await page.evaluate(() =>
      window.addEventListener('keydown', (event) => {
        if (event.key === 'Escape')
          (window as unknown as { recordEscape(p: boolean): void }).recordEscape(event.defaultPrevented);
      }),
    );
    const order = await highlightTexts(page, PRICE);
    expect(order).toEqual(['$70,100', '$70,000', '$72,400', '$69,800']);
    for (const text of [...order, order[0]]) {
      expect(await sendToTab<boolean>({ type: 'step-mention', direction: 1 })).toBe(true);
      const ui = await waitForContentUi(
        page,
        (reading) => reading.tooltipOpen && reading.tooltipText.includes(`“${text}”`),
      );
      expect(ui.tooltipText).toContain(`“${text}”`);
      expect(ui.announced).toContain(
        `Bitcoin price: ${formatUsd(Number(text?.replace(/[$,]/g, '')))} (“${text}”)`,
      );
      // The header ticker ($70,100) shows today's price; the article's own amounts are read at its date.
      expect(ui.announced).toContain(
        text === '$70,100' ? 'Outside the article (a ticker or sidebar)' : 'Article date 5 Feb 2026.',
      );
    }
    expect(await sendToTab<boolean>({ type: 'step-mention', direction: -1 })).toBe(true);
    expect(
      (await waitForContentUi(page, (ui) => ui.tooltipText.includes('“$69,800”'))).tooltipText,
    ).toContain('“$69,800”');
    await page.keyboard.press('Escape');
    expect((await readContentUi(page)).tooltipOpen).toBe(false);
    // Closed: Escape is the page's again, never prevented by us.
    await page.keyboard.press('Escape');
    expect(escapePrevented).toEqual([false, false]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the popup’s reveal-mention shows the asked-for mention', async () => {
    const { page } = await open();
    expect(await sendToTab<boolean>({ type: 'reveal-mention', index: 2 })).toBe(true);
    expect((await waitForContentUi(page, (ui) => ui.tooltipOpen)).tooltipText).toContain('“$72,400”');
    expect(await sendToTab<boolean>({ type: 'reveal-mention', index: 99 })).toBe(false);
    await page.close();
  });
});

describe('report and badge', () => {
  test('get-page-report lists the mentions with margins, the article date and its source', async () => {
    const { page } = await open();
    const report = await sendToTab<PageReport>({ type: 'get-page-report' });
    expect(report.articleDate).toBe('2026-02-05');
    expect(report.dateSource).toBe('meta');
    expect(report.mentions.map((m) => [m.index, m.text, m.usd, m.kind])).toEqual([
      [0, '$70,100', 70_100, 'btc-price'],
      [1, '$70,000', 70_000, 'btc-price'],
      [2, '$72,400', 72_400, 'btc-price'],
      [3, '$69,800', 69_800, 'btc-price'],
    ]);
    expect(report.mentions[1]?.margin).toBeCloseTo(margin(70_000, expectedCost.usd), 10);
    expect(report.mentions[1]?.context).toContain('Bitcoin fell to $70,000 on Thursday');
    await page.close();
  });

  test('after an SPA navigation the report carries the new article date', async () => {
    const { page } = await open();
    await page.evaluate(() => (window as unknown as { spaNavigate: () => void }).spaNavigate());
    await expect.poll(() => highlightTexts(page, PRICE)).toEqual(['$70,100', '$63,500']);
    await expect
      .poll(async () => (await sendToTab<PageReport>({ type: 'get-page-report' })).articleDate)
      .toBe('2024-04-22');
    await page.close();
  });

  test('the toolbar badge shows the number of marked prices on the tab', async () => {
    const { page } = await open();
    const badge = () =>
      browser.serviceWorker.evaluate(async () => {
        const [tab] = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({
          active: true,
          lastFocusedWindow: true,
        });
        return (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({
          tabId: tab?.id ?? -1,
        });
      });
    await expect.poll(badge).toBe('4');
    await page.close();
  });
});

describe('settings apply live', () => {
  test('kinds, fixed cost and the site switch take effect without a reload', async () => {
    const { page } = await open();
    try {
      await storeSettings({
        ...DEFAULT_SETTINGS,
        fixedCostUsd: 56_000,
        annotate: { btcPrice: true, btcCost: true, btcTarget: true },
      });
      await expect.poll(() => highlightTexts(page, 'miner-margin-btc-cost')).toEqual(['$87,000']);
      expect(await highlightTexts(page, 'miner-margin-btc-target')).toEqual(['$150,000']);
      await hover(page, '#p1');
      const ui = await waitForContentUi(page, (reading) => reading.tooltipOpen);
      expect(ui.tooltipText).toContain('Against your cost | +25.0% | $56,000');

      const sites = DEFAULT_SETTINGS.sites.map((site) => ({
        ...site,
        enabled: site.host !== 'coindesk.com',
      }));
      await storeSettings({ ...DEFAULT_SETTINGS, sites });
      await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
      expect((await readContentUi(page)).hostCount).toBe(0);

      await storeSettings(DEFAULT_SETTINGS);
      await expect
        .poll(() => highlightTexts(page, PRICE))
        .toEqual(['$70,100', '$70,000', '$72,400', '$69,800']);
    } finally {
      await storeSettings(DEFAULT_SETTINGS);
      await page.close();
    }
  });
});
