// Pages built the way real sites are built, hostile to a content script (test/fixtures/hostile/), in Chromium and
// Firefox. For each page, five properties:
//   marks    the prices marked are exactly the expected ones (frames included; editable text left alone)
//   dom      the page's DOM is unchanged: no change the page did not make itself (fixtures/hostile/watch.js),
//            other than the extension's one UI host on <html>
//   errors   no warning or error from the extension (every e2e test checks this: fail-on-extension-console.ts)
//   tasks    no script of the extension ran over 50 ms in one animation frame (Long Animation Frames script
//            attribution, which leaves out the page's own work and garbage collection; Chromium only: Firefox ESR
//            has neither Long Tasks nor Long Animation Frames)
//   heap     the heap is flat over the page's activity, after forced GCs (CDP; Chromium only: WebDriver BiDi has
//            no heap reading). The re-render page runs 5 s in CI (50 re-renders) instead of a minute, so a leak
//            must be over 10 KB a re-render to cross the 512 KB bound; the deterministic check beside it is that
//            the number of marks does not grow while the page re-renders.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type BrowserName, type E2EBrowser, type E2EPage } from './support/browsers';
import { waitForContentUi } from './support/browsers/content-ui';
import { waitForScan } from './support/browsers/page-probes';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { countColour, decodePng } from './support/png-pixels';

const HOST = 'www.coindesk.com';
const PRICE = 'miner-margin-btc-price';
const HEAP_GROWTH_BOUND = 512 * 1024;
const LARGE_PAGE_BYTES = 20 * 1024 * 1024;
const LARGE_PAGE_PRICES = 40;

interface HostilePage {
  name: string;
  /** Price marks expected, in any order (top document and its same-origin frames). */
  marks: string[];
  /** Resolves when the page's own activity has done what the expectation needs. */
  settle?: (page: E2EPage) => Promise<unknown>;
  /** How long the page's activity runs between the two heap readings, ms. */
  activityMs?: number;
  /** Shows the tooltip from the keyboard command and checks it is on top with elementFromPoint. */
  tooltipOnTop?: boolean;
}

const flag = (name: string) => (page: E2EPage) =>
  page.waitFor((attribute) => document.documentElement.hasAttribute(attribute), name, 15_000);

const PAGES: HostilePage[] = [
  { name: 'iframe-srcdoc', marks: ['$70,000', '$69,500'] },
  { name: 'iframe-same-origin', marks: ['$70,000', '$69,900'] },
  // The tooltip host enters the top layer after the dialog, but HTML makes everything outside a modal dialog
  // inert, top-layer popovers included, and inert nodes are left out of hit-testing: elementFromPoint cannot see
  // it there, so the on-top check runs on the popover page (the page's own popover, nothing inert).
  { name: 'modal-dialog', marks: ['$70,000', '$70,500'] },
  { name: 'popover', marks: ['$70,000'], tooltipOnTop: true },
  { name: 'strict-csp', marks: ['$70,000', '$71,100', '$72,000'] },
  { name: 'react-rerender', marks: ['$70,000', 'TICKER'], activityMs: 5_000 },
  {
    name: 'infinite-scroll',
    marks: [
      '$70,000',
      ...Array.from({ length: 10 }, (_, i) => `$${(70_000 + (i + 1) * 100).toLocaleString('en-US')}`),
    ],
    settle: flag('data-feed-done'),
    activityMs: 1_000,
  },
  { name: 'large-20mb', marks: Array.from({ length: LARGE_PAGE_PRICES }, () => '$70,000') },
  { name: 'prototype-overrides', marks: ['$70,000', '$71,100'] },
  { name: 'rtl', marks: ['$70,000', '$69,800'] },
  { name: 'design-mode', marks: [] },
  { name: 'contenteditable', marks: ['$70,000'] },
  { name: 'body-reinserted', marks: ['$70,000'], settle: flag('data-reinserted') },
  { name: 'details', marks: ['$70,000', '$71,100'] },
  { name: 'template-stamped', marks: ['$70,000', '$72,400'], settle: flag('data-stamped') },
  // The article body, a nested quote and a late-defined ticker in open shadow roots; the standfirst slotted into the
  // body is light DOM (marked once); the closed root's $70,200 is never read.
  {
    name: 'shadow-dom',
    marks: ['$70,000', '$69,400', '$68,900', '$70,450'],
    settle: flag('data-ticker-updated'),
  },
  // No amount in the light DOM: the first stage finds the shadow tree's and loads the annotator.
  { name: 'shadow-only', marks: ['$70,000'] },
];

/** About 20 MB of news text, LARGE_PAGE_PRICES prices among it, generated (not kept in the repository). */
function largePage(): string {
  const filler =
    'Miners weighed the difficulty adjustment against their power contracts while the network kept its pace. ';
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A 20 MB page</title>',
    '<meta property="article:published_time" content="2026-02-05T09:00:00Z">',
    '<script src="/hostile/watch.js"></script></head><body><article>',
  ];
  let size = parts.join('').length;
  const paragraphs = Math.ceil(LARGE_PAGE_BYTES / (filler.length * 4 + 7));
  const every = Math.floor(paragraphs / LARGE_PAGE_PRICES);
  for (let index = 0; index < paragraphs; index += 1) {
    const price =
      index % every === 0 && index / every < LARGE_PAGE_PRICES ? 'Bitcoin fell to $70,000 then. ' : '';
    const paragraph = `<p>${price}${filler.repeat(4)}</p>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</article></body></html>');
  expect(size).toBeGreaterThan(LARGE_PAGE_BYTES * 0.95);
  return parts.join('\n');
}

/** Every price mark's text in the page and its same-origin frames (the marks are StaticRanges). */
function readMarks(name: string): string[] {
  const texts: string[] = [];
  const read = (win: Window & typeof globalThis) => {
    const highlight = win.CSS?.highlights?.get(name);
    for (const range of (highlight ?? []) as Iterable<AbstractRange>) {
      const live = win.document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      texts.push(live.toString());
    }
    for (const frame of win.document.querySelectorAll('iframe')) {
      try {
        if (frame.contentWindow?.document) read(frame.contentWindow as Window & typeof globalThis);
      } catch {
        // cross-origin: not ours to read
      }
    }
  };
  read(window);
  return texts;
}

/** Whether the extension's UI host is what the page finds on top somewhere on screen (probed every 8 px). */
function uiHostOnTop(): boolean {
  for (let y = 0; y < innerHeight; y += 8)
    for (let x = 0; x < innerWidth; x += 8)
      if (document.elementFromPoint(x, y)?.localName === 'miner-margin-ui') return true;
  return false;
}

interface MarkRect {
  text: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** Every price mark's text and viewport rectangle, an unmarked word in the shadow-tree body, the pixel ratio. */
function shadowPageMarks(name: string): { marks: MarkRect[]; unmarked: MarkRect; scale: number } {
  const box = (range: Range): MarkRect => {
    const { x, y, width, height } = range.getBoundingClientRect();
    return { text: range.toString(), rect: { x, y, width, height } };
  };
  const marks: MarkRect[] = [];
  for (const mark of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(mark.startContainer, mark.startOffset);
    range.setEnd(mark.endContainer, mark.endOffset);
    marks.push(box(range));
  }
  const paragraph = document.getElementById('story')!.shadowRoot!.querySelector('p')!.firstChild!;
  const word = document.createRange();
  word.setStart(paragraph, 0);
  word.setEnd(paragraph, 'Hashprice'.length);
  return { marks, unmarked: box(word), scale: devicePixelRatio };
}

/** The price underline's colours (highlights.css), light and dark. */
const UNDERLINES: [number, number, number][] = [
  [0xc2, 0x41, 0x0c],
  [0xfb, 0x92, 0x3c],
];
const SHADOW_PAGE_PRICES = ['$70,000', '$69,400', '$68,900', '$70,450'];
const KEYBOARD_ORDER = ['$70,450', '$69,400', '$68,900', '$70,000'];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (list: string[]) => [...list].sort();

describe.each<BrowserName>(['chromium', 'firefox'])('hostile pages in %s', (browserName) => {
  let server: FixtureServer;
  let browser: E2EBrowser;
  beforeAll(async () => {
    const large = largePage();
    server = await startFixtureServer(join(import.meta.dirname, '../fixtures'), [
      (request, response) => {
        if (request.url !== '/hostile/large-20mb.html') return false;
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(large);
        return true;
      },
    ]);
    browser = await launchBrowser(browserName);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(PAGES)('$name', async (spec) => {
    const page = await browser.openPage(server.url(HOST, `/hostile/${spec.name}.html`));
    expect(await waitForScan(page, 30_000), 'the first pass ended').toBe(true);
    await spec.settle?.(page);
    await wait(500); // mutations of the settled page are read in the next idle slices

    const heapBefore = await page.heapUsedAfterGc();
    const marksBefore = (await page.evaluate(readMarks, PRICE)).length;
    await wait(spec.activityMs ?? 300);
    const heapAfter = await page.heapUsedAfterGc();

    await page.evaluate(
      () => (window as unknown as { __hostile: { restore?(): void } }).__hostile.restore?.(),
      undefined,
    );
    const marks = await page.evaluate(readMarks, PRICE);
    if (spec.name === 'react-rerender') {
      // The ticker's price changes every 100 ms: one mark over it, whatever it says now.
      expect(marks.filter((text) => text.startsWith('$70,') || text.startsWith('$69,'))).toHaveLength(2);
      expect(marks).toHaveLength(2);
    } else expect(sorted(marks)).toEqual(sorted(spec.marks));
    expect(marks.length, 'marks do not pile up').toBe(marksBefore);

    const changes = await page.evaluate(
      () => (window as unknown as { __hostile: { changes: string[] } }).__hostile.changes,
      undefined,
    );
    expect(changes, 'DOM changes the page did not make').toEqual([]);

    if (browserName === 'chromium') {
      const scripts = await page.evaluate(
        () =>
          (window as unknown as { __hostile: { extensionScripts: { duration: number }[] } }).__hostile
            .extensionScripts,
        undefined,
      );
      const longest = Math.max(0, ...scripts.map((script) => script.duration));
      expect(longest, 'longest extension script in one frame, ms').toBeLessThanOrEqual(50);
      expect(heapBefore).not.toBeNull();
      expect((heapAfter ?? 0) - (heapBefore ?? 0), 'heap growth over the activity, bytes').toBeLessThan(
        HEAP_GROWTH_BOUND,
      );
    }

    if (spec.name === 'shadow-dom') {
      const kept = await page.evaluate(() => {
        const sheets = document.getElementById('story')!.shadowRoot!.adoptedStyleSheets;
        return sheets[0] === (window as unknown as { __storySheet: CSSStyleSheet }).__storySheet;
      }, undefined);
      expect(kept, 'the page keeps its own adopted sheet first').toBe(true);
    }

    if (spec.tooltipOnTop) {
      await browser.sendToTab(page, { type: 'step-mention', direction: 1 });
      expect(await page.waitFor(uiHostOnTop, undefined, 5_000), 'the tooltip is on top').toBe(true);
    }
    await page.close();
  });
  // Highlights in shadow trees: painted (only a screenshot can tell: no DOM API reports a highlight's paint),
  // hover and keyboard reach them, and the article body still holds its shadow tree's prices (read at the
  // article's date) while the ticker outside it is read at today's.
  test('shadow-dom: shadow-tree marks are painted and open the tooltip on hover and from the keyboard', async () => {
    const page = await browser.openPage(server.url(HOST, '/hostile/shadow-dom.html'));
    expect(await waitForScan(page, 30_000), 'the first pass ended').toBe(true);
    expect(await flag('data-ticker-updated')(page), 'the ticker upgraded and updated').toBe(true);
    await wait(500);

    const { marks, unmarked, scale } = await page.evaluate(shadowPageMarks, PRICE);
    const pixels = decodePng(await page.screenshot());
    const underlined = ({ rect }: MarkRect) => {
      // The underline is drawn at the foot of the text box, a few pixels either side of its bottom edge.
      const band = { x: rect.x, y: rect.y + rect.height / 2, width: rect.width, height: rect.height / 2 + 6 };
      return UNDERLINES.reduce((sum, colour) => sum + countColour(pixels, band, colour, scale), 0);
    };
    const markOf = (text: string) => {
      const mark = marks.find((entry) => entry.text === text);
      expect(mark, `a mark over ${text}`).toBeDefined();
      return mark!;
    };
    for (const text of SHADOW_PAGE_PRICES) {
      expect(underlined(markOf(text)), `${text} is underlined on screen`).toBeGreaterThan(4);
    }
    expect(underlined(unmarked), 'an unmarked word beside them is not').toBe(0);

    const hover = async (text: string) => {
      const { rect } = markOf(text);
      await page.hover(rect.x + rect.width / 2, rect.y + rect.height / 2);
      const ui = await waitForContentUi(page, (state) => state.tooltipOpen);
      expect(ui.tooltipOpen, `the tooltip opens over ${text}`).toBe(true);
      return ui.tooltipText;
    };
    // In the article body's shadow tree: compared at the article's date.
    expect(await hover('$69,400')).not.toMatch(/Outside the article/);
    await page.press('Escape');
    await waitForContentUi(page, (state) => !state.tooltipOpen);
    // The nested root inside it.
    expect(await hover('$68,900')).not.toMatch(/Outside the article/);
    await page.press('Escape');
    await waitForContentUi(page, (state) => !state.tooltipOpen);
    // The ticker, upgraded after the first pass, outside the article.
    expect(await hover('$70,450')).toMatch(/Outside the article/);
    await page.press('Escape');
    await waitForContentUi(page, (state) => !state.tooltipOpen);

    // Keyboard steps go in page order; marks in different trees are ordered by their hosts' places, a host
    // standing for its shadow tree ahead of its own light children (so the slotted standfirst comes last).
    const announced: string[] = [];
    for (let step = 0; step < KEYBOARD_ORDER.length; step++) {
      await browser.sendToTab(page, { type: 'step-mention', direction: 1 });
      const ui = await waitForContentUi(
        page,
        (state) => state.tooltipOpen && !announced.includes(state.announced),
      );
      announced.push(ui.announced);
    }
    expect(announced.map((line) => KEYBOARD_ORDER.find((text) => line.includes(text)))).toEqual(
      KEYBOARD_ORDER,
    );
    await page.close();
  });
});
