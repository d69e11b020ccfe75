// The tooltip's context from the background: the article's own quoted cost beside the model, the published
// estimates nearest the article's date, price ÷ cost and the headline — with the page's cost marks on or off.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeCostContext } from '@/lib/annotation/cost-context';
import { costAt, nearestEstimates } from '@/lib/economics';
import { formatUsd } from '@/lib/format';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { waitForContentUi } from './support/content-ui';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { firstHighlightRect, waitForScan } from './support/highlights';

const HOST = 'www.coindesk.com';
const ARTICLE = '/markets/2026/02/05/miners-under-water/';
const ARTICLE_DATE = new Date('2026-02-05T00:00:00Z');

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startFixtureServer('test/fixtures/content')]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

function storeSettings(settings: Settings): Promise<void> {
  return browser.serviceWorker.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ settings: value }),
    settings,
  );
}

test.each([true, false])(
  'hovering a price shows the article’s own cost beside the model and a dated, sourced estimate (cost marks: %s)',
  async (costMarks) => {
    await storeSettings({
      ...DEFAULT_SETTINGS,
      annotate: { ...DEFAULT_SETTINGS.annotate, btcCost: costMarks },
    });
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url(HOST, ARTICLE));
    await page.bringToFront();
    expect(await waitForScan(page)).toBe(true);
    const rect = await firstHighlightRect(page, 'miner-margin-btc-price', '#p1');
    if (!rect) throw new Error('no marked price in #p1');
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);

    const model = costAt(ARTICLE_DATE, DEFAULT_SETTINGS);
    const ui = await waitForContentUi(page, (reading) => reading.tooltipText.includes('This article'));
    expect(ui.tooltipText).toContain(`This article | $87,000 · model: ${formatUsd(model.usd)}`);
    expect(ui.tooltipText).toContain('Checkonchain | $87,000 | difficulty regression, 5 Feb 2026');
    expect(ui.tooltipText).toContain(`Price ÷ cost | ${(70_000 / model.usd).toFixed(2)}×`);
    const expected = describeCostContext(
      {
        date: '2026-02-05',
        priceUsd: 70_000,
        costUsd: model.usd,
        costSource: 'model',
        regime: 'below-cost',
        articleCostUsd: 87_000,
      },
      nearestEstimates(ARTICLE_DATE),
    );
    expect(expected.headline).toMatch(/^Below the model's cost, below every published estimate nearby/);
    expect(ui.tooltipText).toContain(expected.headline);
    // The model's own regime stays beside the headline.
    expect(ui.tooltipText).toContain('Below production cost');
    expect(errors).toEqual([]);
    await page.close();
  },
);
