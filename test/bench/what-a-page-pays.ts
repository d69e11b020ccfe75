/**
 * The headline bench: what the extension costs a page, beside mark.js on the same pages in the same run, measured
 * from outside (page-cost.ts). Pages are served twice: on a news host (the extension runs; the page as is) and on
 * a host the extension does not run on (the page plus mark.min.js and a script calling it, as files).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/support/chromium';
import { startFixtureServer, type FixtureServer } from '../e2e/support/fixture-server';
import { waitForScan } from '../e2e/support/highlights';
import { generateArticle, generateNewsPage, withoutAmounts } from './generate-news-page';
import {
  cpuOf,
  DOCUMENT_START_MARK,
  installProbes,
  isExtensionUrl,
  profiled,
  readProbe,
  settledHeapAfterGc,
  slope,
  type CpuCost,
} from './page-cost';
import { AMOUNT_PATTERN } from './page-scan';
import {
  attributeTasks,
  heldByExtension,
  LONG_TASK_MS,
  mainThreadCpuOf,
  threadCpuOf,
  profiledAndTraced,
  scriptCompileCpuOf,
  SCRIPT_CATEGORIES,
  TASK_CATEGORIES,
  traced,
  type LongTask,
  type TraceEvent,
} from './task-attribution';
import { FIRST_LOOK_MARK, SCAN_MEASURE } from '../../entrypoints/content/performance-marks';

export const EXTENSION_HOST = 'www.coindesk.com';
export const BASELINE_HOST = 'example.org';
const MARK_JS = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
const MARK_JS_DONE = 'bench:mark-js-done';
const MARK_CALL = `new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(AMOUNT_PATTERN)}, 'g'), {
  done: function () { performance.mark('${MARK_JS_DONE}'); }
});`;
const isMarkJsUrl = (url: string) =>
  url.endsWith('/bench/mark.min.js') || url.endsWith('/bench/mark-call.js');
/** A price rewritten 10 times a second in a text node of its own (a live ticker), as a file script. */
const TICKER_JS = `(() => {
  const price = document.querySelector('.price-ticker .price');
  let cents = 7012345;
  window.tickerUpdates = 0;
  setInterval(() => {
    cents += Math.round((Math.random() - 0.5) * 5000);
    price.firstChild.data = '$' + (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    window.tickerUpdates++;
  }, 100);
})();`;
/** After the pass, for anything the extension does later (idle work, timers). */
const SETTLE_MS = 500;

export interface BenchPage {
  label: string;
  /** It holds amounts: the extension's pass runs on it. */
  amounts: boolean;
  path: string;
  html: string;
  /** Opened at this anchor (`#middle`). */
  hash?: string;
}

export function benchPages(): BenchPage[] {
  const article = generateArticle();
  return [
    {
      label: '30 KB article, amounts',
      path: '/markets/2026/02/05/cost-article/',
      html: article,
      amounts: true,
    },
    {
      label: 'same article, no amount',
      amounts: false,
      path: '/markets/2026/02/05/cost-plain/',
      html: withoutAmounts(article),
    },
    {
      label: '1.5 MB page, opened mid-page',
      amounts: true,
      path: '/markets/2026/02/05/cost-news-page/',
      html: generateNewsPage(),
      hash: '#middle',
    },
  ];
}

const TICKER_PATH = '/markets/2026/02/05/cost-ticker/';
/** In a baseline host's URL: the page as is, without mark.js (what the other two are set against). */
const BARE_QUERY = 'bare=1';

export function startBenchServer(pages: BenchPage[]): Promise<FixtureServer> {
  const ticker = generateArticle();
  return startFixtureServer('test/fixtures/sites', [
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const { pathname: path } = new URL(req.url ?? '/', 'http://x');
      const script = {
        '/bench/mark.min.js': MARK_JS,
        '/bench/mark-call.js': MARK_CALL,
        '/bench/ticker.js': TICKER_JS,
      }[path];
      if (script !== undefined) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(script);
        return true;
      }
      let html = path === TICKER_PATH ? ticker : pages.find((page) => page.path === path)?.html;
      if (html === undefined) return false;
      if (path === TICKER_PATH)
        html = html.replace('</body>', '<script src="/bench/ticker.js"></script></body>');
      else if (host === BASELINE_HOST && !(req.url ?? '').includes(BARE_QUERY)) {
        html = html.replace(
          '</body>',
          '<script src="/bench/mark.min.js"></script><script src="/bench/mark-call.js"></script></body>',
        );
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return true;
    },
  ]);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * A tab of its own. Before each load the tab is brought to the front: a background tab gets one frame a second
 * (the extension's first-run tab, or the other host's tab, opened later, would have been in front), which made
 * "first mark in viewport" a measure of that throttling rather than of the extension.
 */
async function newTab(browser: ExtensionBrowser): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await tab.addInitScript(installProbes, 'miner-margin-btc-price');
  return tab;
}

/**
 * What a script added to the page's main thread: each load's CPU from the document's start (mainThreadCpuOf) minus
 * that of the same page loaded bare just after it, medians over loads. It counts what the sampled columns cannot
 * (V8 compiling the script and its regular expressions, the rendering its changes cause) and is noisier (two
 * whole-page figures subtracted).
 */
export interface AddedCpu {
  extensionMs: number;
  markJsMs: number;
  /** The bare page's own main-thread CPU, ms. */
  bareMs: number;
  /**
   * V8 compiling the extension's scripts (content script, annotator), ms: part of extensionMs, read in loads of
   * their own (traced with V8's events, which would slow mark.js); null where not measured (the next page in a tab,
   * where V8 reuses the compiled code).
   */
  extensionCompileMs: number | null;
}

export interface PageCostRow {
  label: string;
  /** Loads after the first in one tab (a reader's next page on the site: the renderer and its caches reused). */
  addedNextPage: AddedCpu;
  /** Each load in a new tab (a new renderer: nothing compiled yet), as when a reader opens articles in new tabs. */
  addedNewTab: AddedCpu;
  extensionMs: number;
  markJsMs: number;
  /** First frame with a bitcoin-price mark in the viewport, ms after the pass started. */
  firstMarkInViewMs: number | null;
  /**
   * The same frame, ms after the first stage's look: what a reader waits for, the annotator's load and its one-time
   * preparation (before the pass) included.
   */
  firstMarkFromLookMs: number | null;
  /** Pass wall time (the miner-margin:scan measure), ms. */
  passMs: number | null;
  /** From the first stage's look to the annotator's start (loaded only where a candidate amount is), ms. */
  annotatorLoadMs: number | null;
  /** Long tasks that began between the first look and the pass's end. */
  longTasksDuringPass: number;
  /**
   * Frames that began in the same window with over 50 ms of task work (scripts, not the browser's rendering after
   * them): on these static pages, after the first look that is the extension's work (the page's own parsing ends
   * before it), where a long task may also be the browser rendering the huge page.
   */
  longFramesDuringPass: number;
  /**
   * Of the main thread's tasks ≥ 50 ms (a trace's wall time) in the same window, those at least half under the
   * extension's frames (task-attribution.ts), over all loads: the extension's long tasks. The others are the page's.
   */
  extensionLongTasks: LongTask[];
  /** Main-thread tasks ≥ 50 ms (wall) in the window, whoever ran in them, over all loads. */
  tracedLongTasks: number;
  /** Median over loads of the most extension time in one task: the longest the extension held the thread, ms. */
  longestExtensionTaskMs: number | null;
  /**
   * The same two costs as the main thread's CPU time (task-attribution.ts' threadCpuOf: each task's thread time by
   * the share of its samples): time a thread waited for a core is not counted, so these hold on a busy machine.
   */
  extensionThreadMs: number | null;
  markJsThreadMs: number | null;
  top: CpuCost['top'];
}

/**
 * How long each load is traced after its load event, on every host alike. Nothing polls the page meanwhile (waiting
 * for the pass's measure did, 20 times a second, and for 20 s on a page without an amount: ~30 ms put on the
 * extension's host), and its tab has no probe (their animation-frame loop runs until a mark is seen).
 */
const ADDED_WINDOW_MS = 3_000;

/** A tab with nothing in the page but the mark the CPU is counted from. */
export async function plainTab(browser: ExtensionBrowser): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.addInitScript({
    content: `globalThis.__name ??= (fn) => fn; performance.mark(${JSON.stringify(DOCUMENT_START_MARK)});`,
  });
  return tab;
}

/**
 * Loads `url` in `tab`, in front, traced with `categories` from before the navigation to ADDED_WINDOW_MS after its
 * load event, and returns the trace's events.
 */
export async function tracedLoad(
  browser: ExtensionBrowser,
  tab: Page,
  url: string,
  categories: string,
): Promise<TraceEvent[]> {
  const cdp = await browser.context.newCDPSession(tab);
  const events = await traced(
    cdp,
    async () => {
      await tab.bringToFront();
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(ADDED_WINDOW_MS);
    },
    categories,
  );
  await cdp.detach();
  return events;
}

/** Whether the extension's pass has ended in `tab` (its measure is there). */
export function passEnded(tab: Page): Promise<boolean> {
  return tab.evaluate((name) => performance.getEntriesByName(name).length > 0, SCAN_MEASURE);
}

/** One load's main-thread CPU on each host: the extension's, mark.js's, bare. */
function addedBy(traces: readonly (readonly TraceEvent[])[]): [number, number, number] | null {
  const [extension, markJs, bare] = traces.map((trace) => mainThreadCpuOf(trace, DOCUMENT_START_MARK));
  if (extension == null || markJs == null || bare == null) return null;
  return [extension - bare, markJs - bare, bare];
}

/**
 * The main-thread CPU the extension and mark.js add to `page` (AddedCpu), over `runs` loads per host, the three
 * hosts' loads one after the other. With `newTabs`, each load in a tab of its own, closed after it (a renderer with
 * nothing compiled), and a fourth load per run for the extension's compiles; else each host's loads in one tab,
 * after a first load not counted. Traced only: the sampling profiler's own work grows with the code a page runs.
 */
async function measureAdded(
  browser: ExtensionBrowser,
  server: FixtureServer,
  page: BenchPage,
  runs: number,
  newTabs: boolean,
): Promise<AddedCpu> {
  const hosts = [
    { host: EXTENSION_HOST, query: '', categories: TASK_CATEGORIES },
    { host: BASELINE_HOST, query: '', categories: TASK_CATEGORIES },
    { host: BASELINE_HOST, query: `&${BARE_QUERY}`, categories: TASK_CATEGORIES },
    // The extension's compiles, in a load of their own (V8's events slow the DOM calls of a page's scripts).
    ...(newTabs ? [{ host: EXTENSION_HOST, query: '&compiles', categories: SCRIPT_CATEGORIES }] : []),
  ];
  const kept: Page[] = [];
  const tabFor = async (index: number) => {
    if (newTabs) return plainTab(browser);
    return (kept[index] ??= await plainTab(browser));
  };
  const added: [number, number, number][] = [];
  const compiles: number[] = [];
  for (let run = newTabs ? 0 : -1; run < runs; run++) {
    const traces: TraceEvent[][] = [];
    for (const [index, { host, query, categories }] of hosts.entries()) {
      const tab = await tabFor(index);
      const url = `${server.url(host, page.path)}?${newTabs ? 'new-tab' : 'next-page'}=${run}${query}${page.hash ?? ''}`;
      traces.push(await tracedLoad(browser, tab, url, categories));
      if (host === EXTENSION_HOST && page.amounts && !(await passEnded(tab)))
        throw new Error(`${page.label}: the pass did not end within ${ADDED_WINDOW_MS} ms of the load`);
      if (newTabs) await tab.close();
    }
    if (run < 0) continue;
    const load = addedBy(traces);
    if (load) added.push(load);
    const compile = newTabs ? scriptCompileCpuOf(traces[3]!, isExtensionUrl, DOCUMENT_START_MARK) : null;
    if (compile !== null) compiles.push(compile);
  }
  for (const tab of kept) await tab.close();
  return {
    extensionMs: median(added.map((load) => load[0])),
    markJsMs: median(added.map((load) => load[1])),
    bareMs: median(added.map((load) => load[2])),
    extensionCompileMs: compiles.length > 0 ? median(compiles) : null,
  };
}

/** One page, `runs` loads per host in one tab each (a reader's next page on the site), medians. */
export async function measurePage(
  browser: ExtensionBrowser,
  server: FixtureServer,
  page: BenchPage,
  runs: number,
): Promise<PageCostRow> {
  const extensionTab = await newTab(browser);
  const baselineTab = await newTab(browser);
  const extensionCdp = await browser.context.newCDPSession(extensionTab);
  const baselineCdp = await browser.context.newCDPSession(baselineTab);

  const extension: number[] = [];
  const markJs: number[] = [];
  const firstMark: number[] = [];
  const firstMarkFromLook: number[] = [];
  const pass: number[] = [];
  const annotatorLoad: number[] = [];
  let longTasks = 0;
  let longFrames = 0;
  const extensionLongTasks: LongTask[] = [];
  let tracedLongTasks = 0;
  const longestExtensionTask: number[] = [];
  const extensionThread: number[] = [];
  const markJsThread: number[] = [];
  const top: CpuCost['top'] = [];
  // A query of its own per load: the same URL with an anchor would only scroll the open document.
  let load = 0;
  const url = (host: string) => `${server.url(host, page.path)}?load=${load}${page.hash ?? ''}`;
  // The first load of each tab warms the renderer's caches (a reader's first page of a site); not counted.
  for (let run = -1; run < runs; run++) {
    load++;
    const { profile, trace } = await profiledAndTraced(extensionCdp, async () => {
      await extensionTab.bringToFront();
      await extensionTab.goto(url(EXTENSION_HOST), { waitUntil: 'load' });
      await waitForScan(extensionTab, 20_000);
      await extensionTab.waitForTimeout(SETTLE_MS);
    });
    const probe = await readProbe(extensionTab);
    const { profile: baseline, trace: baselineTrace } = await profiledAndTraced(baselineCdp, async () => {
      await baselineTab.bringToFront();
      await baselineTab.goto(url(BASELINE_HOST), { waitUntil: 'load' });
      await baselineTab.waitForTimeout(200);
    });
    if (run < 0) continue;
    const cost = cpuOf(profile, isExtensionUrl);
    const tasks = attributeTasks(trace, profile, isExtensionUrl, FIRST_LOOK_MARK, SCAN_MEASURE);
    if (tasks) {
      const long = tasks.longTasks.filter((task) => task.wallMs >= LONG_TASK_MS);
      tracedLongTasks += long.length;
      extensionLongTasks.push(...long.filter(heldByExtension));
      longestExtensionTask.push(tasks.longestExtensionTask?.extensionMs ?? 0);
    }
    extension.push(cost.ms);
    for (const entry of cost.top) {
      const known = top.find((item) => item.name === entry.name);
      if (known) known.ms += entry.ms / runs;
      else top.push({ name: entry.name, ms: entry.ms / runs });
    }
    markJs.push(cpuOf(baseline, isMarkJsUrl).ms);
    const ownThread = threadCpuOf(trace, profile, isExtensionUrl, FIRST_LOOK_MARK);
    if (ownThread !== null) extensionThread.push(ownThread);
    const markJsOwnThread = threadCpuOf(baselineTrace, baseline, isMarkJsUrl, MARK_JS_DONE);
    if (markJsOwnThread !== null) markJsThread.push(markJsOwnThread);
    if (probe.annotatorLoad !== null) annotatorLoad.push(probe.annotatorLoad);
    if (probe.scanStart !== null && probe.firstMarkInView !== null)
      firstMark.push(probe.firstMarkInView - probe.scanStart);
    if (probe.firstLook !== null && probe.firstMarkInView !== null)
      firstMarkFromLook.push(probe.firstMarkInView - probe.firstLook);
    if (probe.scanStart !== null && probe.scanEnd !== null) {
      pass.push(probe.scanEnd - probe.scanStart);
      // From the first look on: the annotator's load and its preparation before the pass count too. A task that
      // began before the look is the page's own load (the first stage runs at document_idle, at its end).
      const from = probe.firstLook ?? probe.scanStart;
      const { scanEnd } = probe;
      longTasks += probe.longTasks.filter((task) => task.start >= from && task.start < scanEnd).length;
      longFrames += probe.longFrames.filter(
        (frame) => frame.work > 50 && frame.start >= from && frame.start < scanEnd,
      ).length;
    }
  }
  await extensionTab.close();
  await baselineTab.close();
  return {
    label: page.label,
    addedNextPage: await measureAdded(browser, server, page, runs, false),
    addedNewTab: await measureAdded(browser, server, page, runs, true),
    extensionMs: median(extension),
    markJsMs: median(markJs),
    firstMarkInViewMs: firstMark.length > 0 ? median(firstMark) : null,
    firstMarkFromLookMs: firstMarkFromLook.length > 0 ? median(firstMarkFromLook) : null,
    passMs: pass.length > 0 ? median(pass) : null,
    annotatorLoadMs: annotatorLoad.length > 0 ? median(annotatorLoad) : null,
    longTasksDuringPass: longTasks,
    longFramesDuringPass: longFrames,
    extensionLongTasks,
    tracedLongTasks,
    longestExtensionTaskMs: longestExtensionTask.length > 0 ? median(longestExtensionTask) : null,
    extensionThreadMs: extensionThread.length > 0 ? median(extensionThread) : null,
    markJsThreadMs: markJsThread.length > 0 ? median(markJsThread) : null,
    top: top.sort((a, b) => b.ms - a.ms).slice(0, 12),
  };
}

export interface TickerRow {
  host: string;
  /** Ticker updates over the run. */
  updates: number;
  /** Heap after GC at the end of the first minute over its start, KB: one-time growth (compiled code, caches). */
  firstMinuteKb: number;
  /** Heap after GC from the end of the first minute to the end of the run, least-squares slope, KB per minute. */
  heapKbPerMinute: number;
  /** Heap after GC, end of the run over its start, KB per minute (the first minute included). */
  wholeRunKbPerMinute: number;
  minutes: number;
}

const HEAP_READING_EVERY_MS = 30_000;
const TICKER_WARM_UP_MS = 10_000;
const TICKER_PROFILE_MS = 30_000;

async function openTicker(browser: ExtensionBrowser, server: FixtureServer, host: string) {
  const tab = await newTab(browser);
  const cdp = await browser.context.newCDPSession(tab);
  await tab.bringToFront();
  await tab.goto(server.url(host, TICKER_PATH), { waitUntil: 'load' });
  await tab.waitForTimeout(3_000);
  const tickerUpdates = () =>
    tab.evaluate(() => (window as unknown as { tickerUpdates: number }).tickerUpdates);
  return { tab, cdp, tickerUpdates };
}

/**
 * The 10 Hz ticker page on `host` for `minutes`, in a tab of its own in front (a background tab's timers run once a
 * second): the heap after GC every 30 s, each the median of three readings.
 */
export async function measureTicker(
  browser: ExtensionBrowser,
  server: FixtureServer,
  host: string,
  minutes: number,
): Promise<TickerRow> {
  const { tab, cdp, tickerUpdates } = await openTicker(browser, server, host);
  const updatesAtStart = await tickerUpdates();
  const started = Date.now();
  const readings = [{ x: 0, y: await settledHeapAfterGc(cdp, tab) }];
  const end = started + minutes * 60_000;
  while (Date.now() < end) {
    await tab.waitForTimeout(Math.min(HEAP_READING_EVERY_MS, end - Date.now()));
    readings.push({ x: (Date.now() - started) / 60_000, y: await settledHeapAfterGc(cdp, tab) });
  }
  const updates = (await tickerUpdates()) - updatesAtStart;
  const kb = (bytes: number) => bytes / 1024;
  const first = readings[0]!;
  const last = readings.at(-1)!;
  const afterFirstMinute = readings.filter((reading) => reading.x >= 1);
  const afterMinuteOne = afterFirstMinute[0] ?? last;
  await tab.close();
  return {
    host,
    updates,
    firstMinuteKb: kb(afterMinuteOne.y - first.y),
    heapKbPerMinute: afterFirstMinute.length >= 2 ? kb(slope(afterFirstMinute)) : Number.NaN,
    wholeRunKbPerMinute: kb(last.y - first.y) / (last.x || 1),
    minutes: last.x,
  };
}

/**
 * The extension's CPU per ticker update: 30 s under the profiler after a 10 s warm-up, in a browser with nothing
 * else running (a sampling profiler counts a descheduled thread's time too, so other browsers beside it inflate it).
 */
export async function measureTickerCpu(
  browser: ExtensionBrowser,
  server: FixtureServer,
  host: string,
): Promise<{ updates: number; extensionMsPerUpdate: number }> {
  const { tab, cdp, tickerUpdates } = await openTicker(browser, server, host);
  await tab.waitForTimeout(TICKER_WARM_UP_MS);
  const updatesBefore = await tickerUpdates();
  const cpu = await profiled(cdp, () => tab.waitForTimeout(TICKER_PROFILE_MS));
  const updates = (await tickerUpdates()) - updatesBefore;
  await tab.close();
  return { updates, extensionMsPerUpdate: cpuOf(cpu, isExtensionUrl).ms / Math.max(1, updates) };
}
