// Real quote strips (ticker entries copied from real pages, test/fixtures/detect-generalization) rebuilt as a page's
// ticker bar above an article: bitcoin's own entry is marked, no other asset's (wrapped bitcoin included).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadRealSnippets, type RealSnippet } from '../support/generalization-corpus';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { htmlRoute, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { waitForScan } from './support/highlights';

const HOST = 'www.coindesk.com';
/** A quote-strip entry: bitcoin's name or symbol, then its price within a few characters. */
const QUOTE_ENTRY = /^(?:bitcoin|btc|xbt)(?:[\s()/:-]*(?:btc|usd|price))*[\s()/:-]*(?:\$|usd|[\d])/i;
/** A currency in the amount itself (`$81,204.17`, `81,204 USD`), or between the name and the figure (`BTC/USD 81,204`). */
const CURRENCY = /[$€£¥]|usd|dollar/i;
const PAIR_CURRENCY = /^(?:bitcoin|btc|xbt)[^\d]*(?:\$|usd)/i;

const strips = new Map<string, RealSnippet[]>();
for (const snippet of loadRealSnippets()) {
  if (snippet.form !== 'ticker') continue;
  strips.set(snippet.url, [...(strips.get(snippet.url) ?? []), snippet]);
}
/** Strips of at least four entries with bitcoin's and at least two other assets' dollar prices. */
const realStrips = [...strips.entries()]
  .filter(([, entries]) => {
    const dollars = entries.flatMap((entry) => entry.mentions.filter((mention) => mention.usd !== null));
    return (
      entries.length >= 4 &&
      dollars.some((mention) => mention.kind === 'btc-price') &&
      dollars.filter((mention) => mention.kind === 'other').length >= 2
    );
  })
  .map(([url, entries], index) => ({ url, entries, index }));

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** A strip copied on a known day is shown on a page of that day (a 2018 strip's prices are 2018's); undated, today's. */
const UNDATED_STRIP_DAY = '2026-02-05';

function pageFor(index: number): string {
  const { entries } = realStrips[index]!;
  const ticker = entries.map((entry) => `<span class="quote">${escape(entry.text)}</span>`).join(' ');
  const day = entries.find((entry) => entry.date !== null)?.date ?? UNDATED_STRIP_DAY;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Markets</title>
<meta property="article:published_time" content="${day}T12:00:00Z"></head>
<body><header><div class="ticker" id="ticker">${ticker}</div><nav><a href="/">Markets</a></nav></header>
<article><h1>Markets wrap</h1><div itemprop="articleBody"><p>Trading was quiet on Thursday.</p></div></article>
</body></html>`;
}

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchWithExtension(),
    startFixtureServer('test/fixtures/content', [
      htmlRoute((url) => {
        const match = /^\/strip\/(\d+)$/.exec(url);
        return match ? pageFor(Number(match[1])) : undefined;
      }),
    ]),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

test('there are real strips to read', () => {
  expect(realStrips.length).toBeGreaterThanOrEqual(8);
});

describe.each(realStrips)('strip from $url', ({ entries, index }) => {
  test("bitcoin's entry is marked and no other asset's", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url(HOST, `/strip/${index}`));
    expect(await waitForScan(page)).toBe(true);
    const marked = await page.evaluate(() => {
      const texts: string[] = [];
      for (const mark of CSS.highlights.get('miner-margin-btc-price') ?? []) {
        const { startContainer, startOffset, endContainer, endOffset } = mark as AbstractRange;
        if (!startContainer.parentElement?.closest('#ticker')) continue;
        const range = document.createRange();
        range.setStart(startContainer, startOffset);
        range.setEnd(endContainer, endOffset);
        texts.push(range.toString());
      }
      return texts;
    });
    const labels = entries.flatMap((entry) =>
      entry.mentions
        .filter((mention) => mention.kind === 'btc-price' && mention.usd !== null)
        .map((mention) => ({
          text: mention.text,
          // A bare figure (`Bitcoin 46,040.76 -2.30% $866 billion`), which one labeller read in the row's dollars and
          // another left unlabelled (`Bitcoin 62,228 -0.04% $1.17 trillion`), is not read as an amount: a bare
          // number beside a coin's name may be in rupees on the same sites. Only a quote with its currency is asserted.
          quote:
            QUOTE_ENTRY.test(entry.text) && (CURRENCY.test(mention.text) || PAIR_CURRENCY.test(entry.text)),
        })),
    );
    const overlaps = (mark: string, label: string) => mark.includes(label) || label.includes(mark);
    // No other asset's figure is marked: every mark lies over a labelled bitcoin price (`USD 81,204` over `81,204`).
    for (const text of marked) {
      expect(
        labels.some((label) => overlaps(text, label.text)),
        `"${text}" is no bitcoin price`,
      ).toBe(true);
    }
    // Bitcoin's own quote (its name or symbol, then its price) is marked. Rows of price tables without the symbol
    // beside the figure (`24H Average 100972.38$`) are read at today's figures outside an article, and an old
    // table's prices may be implausible today: they are not asserted.
    for (const label of labels.filter((candidate) => candidate.quote)) {
      expect(
        marked.some((text) => overlaps(text, label.text)),
        `"${label.text}" is marked`,
      ).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
