// A 5 MB article page: the first full pass runs in slices, so no long task (> 50 ms) falls in the scan window.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { htmlRoute, startFixtureServer, type FixtureServer } from './support/fixture-server';
import { highlightTexts, waitForScan } from './support/highlights';
import { isExtensionUrl } from '../bench/page-cost';
import { attributeTasks, heldByExtension, LONG_TASK_MS, profiledAndTraced } from '../bench/task-attribution';
import { FIRST_LOOK_MARK, SCAN_MEASURE } from '@/entrypoints/content/performance-marks';
import type { PageReport } from '@/lib/messages';

interface ChromeApi {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

const PARAGRAPHS = [
  'Bitcoin fell to $70,000 on Thursday, below the estimated production cost of about $87,000 per coin.',
  'Tesla raised $5 billion in new funding, while Strategy bought $1.2 billion of stock and analysts wrote notes.',
  'Miners sold reserves as hashprice slid and difficulty rose; several public miners reported wider losses on the quarter.',
  'Later, bitcoin traded at $69,800 in Asian hours.',
];

/** About 5 MB of article HTML: sections of paragraphs with inline markup, one price in two paragraphs. */
function largePage(): { html: string; prices: number } {
  const parts: string[] = [];
  let prices = 0;
  let size = 0;
  for (let index = 0; size < 5_000_000; index++) {
    const text = PARAGRAPHS[index % PARAGRAPHS.length] ?? '';
    if (text.includes('bitcoin') || text.includes('Bitcoin')) prices += 1;
    const filler =
      ' Market participants watched <em>flows</em>, funding rates and <a href="#">order books</a> closely.'.repeat(
        4,
      );
    const anchor = index === 5_000 ? '<div id="middle"></div>' : '';
    const part = `${anchor}<section><h2>Update ${index}</h2><p>${text}${filler}</p></section>\n`;
    parts.push(part);
    size += part.length;
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Live: bitcoin markets</title>
<meta property="article:published_time" content="2026-02-05T08:00:00Z"></head><body><main>${parts.join('')}</main></body></html>`;
  return { html, prices };
}

const page5mb = largePage();
let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchWithExtension(),
    startFixtureServer('test/fixtures/content', [
      htmlRoute((url) => (url === '/live/large-page/' ? page5mb.html : undefined)),
    ]),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

// A regression found on 6 Dec 2026 (commit 0b8e782): about every second run had one frame of 60-170 ms of task work
// at the start of the scan window, the pass's first idle callback in the extension's world: the first block holding
// an amount carried every one-time cost of the page (the detector's patterns, the article-body finder, the article
// date, their GCs) and the slice budget is only checked between blocks. Those steps now run before the first block
// in idle slices of their own (scan-scheduler's runPass, the detector's patterns one letter or category at a time).
//
// A second one, found on 7 Dec 2026 (issue 13): one task of 50-57 ms of thread time (later runs 33-49 ms), two to
// five seconds into the pass, inside a single DOM call of the walk (`nextNode` 40-66 ms, timed in the page; the
// profile's samples all in the walk's own frame, no GC or compile in the trace). The renderer's main thread took
// 512, 1,024 and 2,048 page faults in the three heaviest tasks (read from /proc): a table of 2, 4 and 8 MB, new
// each time. Blink keeps a content script's wrappers of page nodes in one hash map per world, which doubles as it
// fills; each mention kept its block and so all the block's text nodes, and the scan's caches used every block and
// container as a key (which keeps a wrapper as holding it does). Now neither (README, Performance); the heaviest
// task is 10-27 ms and takes at most ~512 faults.
//
// What is asserted is read from outside: a trace of the renderer's main-thread tasks with the profiler's samples in
// each (test/bench/task-attribution.ts). A task is the extension's when at least half of it ran under the
// extension's frames, and long when its thread time is 50 ms or more. Thread time, not wall time: on a shared
// machine a 5 ms slice can take 70 ms of wall time while the thread waits for a core (two CI runs on 6 Dec 2026
// failed on such frames when the page's long-animation-frame entries were asserted), and the page's own long tasks
// (its first layout of 5 MB, which can come after the first look) are not the extension's. Those entries are still
// logged.
test(
  'a 5 MB page is scanned completely without a long task of the extension, from its start to the pass end',
  { timeout: 120_000 },
  async () => {
    expect(page5mb.html.length).toBeGreaterThan(5_000_000);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const tasks: { start: number; end: number }[] = [];
      const frames: { start: number; end: number; work: number }[] = [];
      Object.assign(window, { longTasks: tasks, longFrames: frames });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      // Long animation frames split a frame's time into task work (scripts) and the browser's rendering after it.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { renderStart: number })[]) {
          const work = entry.renderStart > 0 ? entry.renderStart - entry.startTime : entry.duration;
          frames.push({ start: entry.startTime, end: entry.startTime + entry.duration, work });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    const cdp = await browser.context.newCDPSession(page);
    const { profile, trace } = await profiledAndTraced(cdp, async () => {
      await page.goto(server.url('www.coindesk.com', '/live/large-page/'));
      await page.bringToFront();
      expect(await waitForScan(page, 60_000)).toBe(true);
    });
    const tasks = attributeTasks(trace, profile, isExtensionUrl, FIRST_LOOK_MARK, SCAN_MEASURE);
    if (!tasks) throw new Error('no first-look mark in the trace');
    const { scan, longTasks, longFrames } = await page.evaluate(() => {
      const measure = performance.getEntriesByName('miner-margin:scan')[0];
      const firstLook = performance.getEntriesByName('miner-margin:first-look')[0];
      const load = performance.getEntriesByName('miner-margin:annotator-load')[0];
      const recorded = window as unknown as {
        longTasks: { start: number; end: number }[];
        longFrames: { start: number; end: number; work: number }[];
      };
      return {
        scan: measure &&
          firstLook &&
          load && {
            look: firstLook.startTime,
            start: load.startTime + load.duration,
            end: measure.startTime + measure.duration,
          },
        longTasks: recorded.longTasks,
        longFrames: recorded.longFrames,
      };
    });
    if (!scan) throw new Error('no scan measure');
    const inWindow = (entry: { start: number }) => entry.start >= scan.start && entry.start < scan.end;
    // From the annotator's start: the task before it, where the browser evaluates the injected annotator (one task
    // that cannot be sliced, ~25 ms of thread time at 112 KB on a loaded machine), is issue 13's open cost of the
    // annotator's size; it is logged, not counted.
    const annotatorStart = scan.start - scan.look;
    const loading = tasks.longTasks.filter((task) => task.startMs + task.wallMs <= annotatorStart);
    const ours = tasks.longTasks.filter(
      (task) =>
        task.startMs + task.wallMs > annotatorStart && task.threadMs >= LONG_TASK_MS && heldByExtension(task),
    );
    const longest = tasks.longestExtensionTask;
    const heaviest = tasks.heaviestExtensionTask;
    console.info(
      `5 MB page: annotator started ${Math.round(annotatorStart)} ms after the first look, pass end at ` +
        `${Math.round(scan.end - scan.look)} ms; the extension's longest task ` +
        `${
          longest
            ? `${longest.extensionMs.toFixed(1)} ms of its own in ${longest.wallMs.toFixed(1)} ms (thread ` +
              `${longest.threadMs.toFixed(1)} ms)`
            : 'none'
        }; its task with the most thread time ${heaviest ? `${heaviest.threadMs.toFixed(1)} ms` : 'none'}; traced tasks ≥ 50 ms before the annotator's start (not ` +
        `counted): ${JSON.stringify(loading)}; after it: ${tasks.longTasks.length - loading.length} ` +
        `(${ours.length} the extension's); the page's entries from the annotator's start: ` +
        `${longTasks.filter(inWindow).length} long tasks, ` +
        `${longFrames.filter((frame) => inWindow(frame) && frame.work > 50).length} frames with > 50 ms of task ` +
        `work (neither tells whose)`,
    );
    expect(ours, `the window's tasks ≥ 50 ms: ${JSON.stringify(tasks.longTasks)}`).toEqual([]);
    // Every price was found (the page report lists them all) ...
    const report = await browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.tabs.sendMessage(tab?.id ?? -1, { type: 'get-page-report' }) as Promise<PageReport>;
    });
    expect(report.mentions.filter((mention) => mention.kind === 'btc-price')).toHaveLength(page5mb.prices);
    // ... and with thousands of them, those near the viewport are the ones registered, following the scroll.
    const top = await highlightTexts(page, 'miner-margin-btc-price');
    expect(top.length).toBeGreaterThan(0);
    expect(top.length).toBeLessThan(page5mb.prices);
    expect(new Set(top)).toEqual(new Set(['$70,000', '$69,800']));
    const isLastMarked = () =>
      page.evaluate(() => {
        const last = [...document.querySelectorAll('section')].at(-2)?.querySelector('p')?.firstChild;
        return [...(CSS.highlights.get('miner-margin-btc-price') ?? [])].some(
          (range) => (range as AbstractRange).startContainer === last,
        );
      });
    expect(await isLastMarked()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(isLastMarked).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  },
);

test(
  'opened mid-page, the marks the reader sees are shown while the pass still has most of the page to read',
  { timeout: 120_000 },
  async () => {
    const page = await browser.context.newPage();
    // Each frame: how many price ranges are registered, and whether one lies in the viewport.
    await page.addInitScript(() => {
      const frames: { time: number; registered: number; inView: boolean }[] = [];
      Object.assign(window, { markFrames: frames });
      const live = document.createRange();
      const watch = (time: number) => {
        const highlight = CSS.highlights.get('miner-margin-btc-price');
        let inView = false;
        for (const range of highlight ?? []) {
          const r = range as AbstractRange;
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const rect = live.getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < innerHeight && rect.width > 0) {
            inView = true;
            break;
          }
        }
        if (highlight) frames.push({ time, registered: highlight.size, inView });
        if (!inView) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    // In front: a background tab gets one frame a second.
    await page.bringToFront();
    await page.goto(server.url('www.coindesk.com', '/live/large-page/#middle'));
    expect(await waitForScan(page, 60_000)).toBe(true);
    const { frames, scan, viewport } = await page.evaluate(() => {
      const end = (name: string) => {
        const entry = performance.getEntriesByName(name)[0];
        return entry ? entry.startTime + entry.duration : null;
      };
      return {
        frames: (window as unknown as { markFrames: { time: number; registered: number; inView: boolean }[] })
          .markFrames,
        scan: end('miner-margin:scan'),
        viewport: end('miner-margin:viewport'),
      };
    });
    const first = frames.find((frame) => frame.inView);
    expect(first, 'a frame showed a price mark in the viewport').toBeDefined();
    expect(scan).not.toBeNull();
    expect(viewport).not.toBeNull();
    // The pass read the viewport first and showed it before going on (the first frame with any mark already had
    // one in view), long before it had read the page (about 1,700 prices, a handful near the viewport).
    expect(frames[0]?.inView).toBe(true);
    expect(first!.registered).toBeLessThan(20);
    expect(viewport!).toBeLessThan(scan!);
    expect(first!.time).toBeLessThan(scan!);
    await page.close();
  },
);
