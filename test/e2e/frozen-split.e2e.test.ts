// The built extension gives the frozen test split the kinds detectPriceMentions gives it: one dated news page per
// article date (undated ticker lines on a page without a date), every snippet a paragraph of the article's body.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { detectPriceMentions } from '@/lib/detect';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { loadRealSnippets, splitOf, type RealSnippet } from '../support/generalization-corpus';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { htmlRoute, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { waitForScan } from './support/highlights';

const HOST = 'www.coindesk.com';
const MARKS = ['miner-margin-btc-price', 'miner-margin-btc-cost', 'miner-margin-btc-target'] as const;
const KIND_OF_MARK = {
  'miner-margin-btc-price': 'btc-price',
  'miner-margin-btc-cost': 'btc-cost',
  'miner-margin-btc-target': 'btc-target',
};

const frozen = loadRealSnippets().filter((snippet) => splitOf(snippet) === 'test');
const byDate = new Map<string, RealSnippet[]>();
for (const snippet of frozen) {
  const key = snippet.date ?? 'undated';
  byDate.set(key, [...(byDate.get(key) ?? []), snippet]);
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

function pageFor(date: string): string {
  const snippets = byDate.get(date) ?? [];
  const dated =
    date === 'undated' ? '' : `<meta property="article:published_time" content="${date}T12:00:00Z">`;
  const paragraphs = snippets
    .map((snippet, index) => `<p id="s${index}">${escape(snippet.text)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Frozen split ${date}</title>${dated}</head>
<body><article><h1>Frozen split ${date}</h1><div itemprop="articleBody">${paragraphs}</div></article></body></html>`;
}

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchWithExtension(),
    startFixtureServer('test/fixtures/content', [
      htmlRoute((url) => {
        const match = /^\/frozen\/([\w-]+)$/.exec(url);
        return match ? pageFor(match[1]!) : undefined;
      }),
    ]),
  ]);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    annotate: { btcPrice: true, btcCost: true, btcTarget: true },
  };
  await browser.serviceWorker.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({
        settings: value,
      }),
    settings,
  );
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

type Mark = { paragraph: number; start: number; end: number; kind: string };

/** In the page: every mark of the named highlights as a paragraph index and offsets in its text. */
function readParagraphMarks(names: string[]): Mark[] {
  const found: Mark[] = [];
  for (const name of names) {
    for (const mark of CSS.highlights.get(name) ?? []) {
      const { startContainer, startOffset, endContainer, endOffset } = mark as AbstractRange;
      const paragraph = startContainer.parentElement?.closest('p[id^="s"]');
      if (!paragraph) continue;
      const before = document.createRange();
      before.setStart(paragraph, 0);
      before.setEnd(startContainer, startOffset);
      const inner = document.createRange();
      inner.setStart(startContainer, startOffset);
      inner.setEnd(endContainer, endOffset);
      const start = before.toString().length;
      found.push({
        paragraph: Number(paragraph.id.slice(1)),
        start,
        end: start + inner.toString().length,
        kind: name,
      });
    }
  }
  return found;
}

test(`the frozen split (${frozen.length} snippets, ${byDate.size} pages) is marked as detectPriceMentions reads it`, async () => {
  expect(frozen.length).toBeGreaterThanOrEqual(400);
  const errors: string[] = [];
  const mismatches: string[] = [];
  let compared = 0;
  const dates = [...byDate.keys()];
  // A few tabs at a time: each page waits mostly on the extension's idle-time scan.
  const worker = async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    for (let date = dates.shift(); date !== undefined; date = dates.shift()) {
      const snippets = byDate.get(date)!;
      await page.goto(server.url(HOST, `/frozen/${date}`));
      expect(await waitForScan(page), `scan of ${date}`).toBe(true);
      const marks: Mark[] = await page.evaluate(readParagraphMarks, [...MARKS]);
      snippets.forEach((snippet, index) => {
        const expected = detectPriceMentions(
          snippet.text,
          date === 'undated' ? {} : { date: new Date(`${date}T12:00:00Z`) },
        )
          .filter((mention) => mention.kind !== 'other')
          .map((mention) => `${mention.start}-${mention.end} ${mention.kind}`)
          .sort();
        const shown = marks
          .filter((mark) => mark.paragraph === index)
          .map((mark) => `${mark.start}-${mark.end} ${KIND_OF_MARK[mark.kind as keyof typeof KIND_OF_MARK]}`)
          .sort();
        compared += expected.length;
        if (expected.join() !== shown.join()) {
          mismatches.push(`${snippet.id}: node [${expected.join(', ')}] extension [${shown.join(', ')}]`);
        }
      });
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker()]);
  expect(compared).toBeGreaterThan(300);
  expect(mismatches).toEqual([]);
  expect(errors).toEqual([]);
}, 600_000);
