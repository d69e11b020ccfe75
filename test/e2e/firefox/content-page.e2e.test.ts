// The content script on our own article fixture (test/fixtures/content) in Firefox ESR (and Chromium with
// MINER_MARGIN_E2E_BROWSERS=chromium,firefox), served as
// www.coindesk.com: hover tooltip, the keyboard command's message, the page left alone, SPA rescans, and an
// options change reaching the open tab. The same scenarios run in Chromium in ../content-page.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browsersUnderTest, launchBrowser, type E2EBrowser, type E2EPage } from '../support/browsers';
import { readContentUi, waitForContentUi } from '../support/browsers/content-ui';
import {
  bodyChangedFromSource,
  checkboxCenter,
  firstHighlightRect,
  highlightTexts,
  waitForScan,
} from '../support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

const ROOT = 'test/fixtures/content';
const HOST = 'www.coindesk.com';
const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const PRICE = 'miner-margin-btc-price';
const COST = 'miner-margin-btc-cost';
const MARKED = ['$70,100', '$70,000', '$72,400', '$69,800'];

/** Counts the page's pointer moves (in the page's own world), for hoverDiagnosis. */
function countPointerMoves(): void {
  const counted = window as unknown as { pointerMoves?: number };
  counted.pointerMoves = 0;
  document.addEventListener('pointermove', () => (counted.pointerMoves! += 1), { capture: true });
}

/** What the page saw of a hover that opened no tooltip: whether it was shown, the moves, where the mark is now. */
async function hoverDiagnosis(page: E2EPage, hovered: { x: number; y: number }): Promise<string> {
  const seen = await page.evaluate(
    () => ({
      visibility: document.visibilityState,
      focused: document.hasFocus(),
      pointerMoves: (window as unknown as { pointerMoves?: number }).pointerMoves ?? null,
    }),
    undefined,
  );
  const now = await firstHighlightRect(page, PRICE, '#story');
  return `no tooltip after hovering the mark at (${hovered.x}, ${hovered.y}): ${JSON.stringify({ ...seen, markNow: now })}`;
}

describe.each(browsersUnderTest())('%s', (browserName) => {
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(browserName), startFixtureServer(ROOT)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function openArticle(): Promise<E2EPage> {
    const page = await browser.openPage(server.url(HOST, ARTICLE));
    expect(await waitForScan(page), 'miner-margin:scan measure').toBe(true);
    return page;
  }

  describe('an article', () => {
    test('exactly the Bitcoin prices are marked; hovering one opens the tooltip; the page is left alone', async () => {
      const page = await openArticle();
      expect(await highlightTexts(page, PRICE)).toEqual(MARKED);

      const rect = await firstHighlightRect(page, PRICE, '#story');
      expect(rect, 'a marked price in the story').not.toBeNull();
      await page.evaluate(countPointerMoves, undefined);
      await page.hover(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
      const open = await waitForContentUi(page, (ui) => ui.tooltipOpen);
      // This failed once in five CI runs (no tooltip in 5 s): a failure now says what the page saw.
      expect(open.tooltipOpen, open.tooltipOpen ? '' : await hoverDiagnosis(page, rect!)).toBe(true);
      expect(open.tooltipRole).toBe('tooltip');
      // The hovered $70,000 against the production cost at the article's date (5 Feb 2026).
      expect(open.tooltipText).toMatch(/\$\d/);
      expect(open.tooltipText).toMatch(/cost/i);
      expect(open.tooltipText).toMatch(/2026/);

      await page.press('Escape');
      expect((await waitForContentUi(page, (ui) => !ui.tooltipOpen)).tooltipOpen).toBe(false);

      // Marking and the tooltip changed nothing in the page's body; the one addition is the UI host.
      expect(await bodyChangedFromSource(page)).toBeNull();
      expect((await readContentUi(page)).hostCount).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName, undefined)).toBe(
        'miner-margin-ui',
      );
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('the keyboard command’s message steps through the mentions and announces each', async () => {
      const page = await openArticle();
      // What the background sends for next-mention / previous-mention (Alt+Shift+M / Alt+Shift+N).
      expect(await browser.sendToTab(page, { type: 'step-mention', direction: 1 })).toBe(true);
      const first = await waitForContentUi(page, (ui) => ui.tooltipOpen && ui.announced !== '');
      expect(first.tooltipOpen).toBe(true);
      expect(first.announced).toContain(MARKED[0]);
      expect(await browser.sendToTab(page, { type: 'step-mention', direction: 1 })).toBe(true);
      const second = await waitForContentUi(page, (ui) => ui.announced.includes(MARKED[1]!));
      expect(second.announced).toContain(MARKED[1]);
      // Back from the first wraps to the last.
      await browser.sendToTab(page, { type: 'step-mention', direction: -1 });
      await browser.sendToTab(page, { type: 'step-mention', direction: -1 });
      expect((await waitForContentUi(page, (ui) => ui.announced.includes(MARKED[3]!))).announced).toContain(
        MARKED[3],
      );
      expect(await bodyChangedFromSource(page)).toBeNull();
      await page.close();
    });

    test('the toolbar badge shows the number of marked prices on the tab', async () => {
      const page = await openArticle();
      const badge = () =>
        browser.evaluateInExtension(
          async () => {
            type BadgeApi = { getBadgeText(details: { tabId: number }): Promise<string> };
            type Api = {
              tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
              action?: BadgeApi;
              browserAction?: BadgeApi;
            };
            const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
            const api = (scope.browser ?? scope.chrome)!;
            // Activation is asynchronous: wait until the active tab is not one of the extension's pages.
            let [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
            for (let attempt = 0; attempt < 40 && tab?.url?.startsWith(location.origin); attempt += 1) {
              await new Promise((resolve) => setTimeout(resolve, 50));
              [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
            }
            // MV3 has action; Firefox's MV2 build has browserAction.
            return (api.action ?? api.browserAction)!.getBadgeText({ tabId: tab!.id! });
          },
          undefined,
          page,
        );
      await expect.poll(badge, { timeout: 5_000 }).toBe(String(MARKED.length));
      await page.close();
    });

    test('an SPA navigation (pushState + swapped content) rescans', async () => {
      const page = await openArticle();
      await page.evaluate(() => (window as unknown as { spaNavigate: () => void }).spaNavigate(), undefined);
      await expect
        .poll(() => highlightTexts(page, PRICE), { timeout: 5_000 })
        .toEqual(['$70,100', '$63,500']);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('turning on production costs in the options page marks them in the open tab', async () => {
      const page = await openArticle();
      expect(await highlightTexts(page, COST)).toEqual([]);
      const options = await browser.openExtensionPage('options.html');
      // The options page shows its form once it has read the stored settings (a loaded CI machine took longer than
      // one look): wait for the checkbox, then read where it is.
      const costsBox = () => checkboxCenter(options, 'Production costs and miner breakevens');
      await expect
        .poll(costsBox, { message: 'the production-costs checkbox', timeout: 10_000 })
        .not.toBeNull();
      const box = await costsBox();
      await options.clickAt(box!.x, box!.y);
      await expect.poll(() => highlightTexts(page, COST), { timeout: 5_000 }).toEqual(['$87,000']);
      // Turned off again, the highlight goes.
      await options.clickAt(box!.x, box!.y);
      await expect.poll(() => highlightTexts(page, COST), { timeout: 5_000 }).toEqual([]);
      expect(await highlightTexts(page, PRICE)).toEqual(MARKED);
      await options.close();
      await page.close();
    });
  });
});
