/**
 * A smaller driver for issue 13: the main-thread CPU the extension adds to the 30 KB article opened in a new tab
 * (mainThreadCpuOf minus the same page bare, as section b), for one or more builds alternated load by load.
 * `tsx test/bench/article-new-tab.ts <runs> <chrome-mv3 dir>...`; BENCH_BREAKDOWN=1 adds one load per build traced
 * with V8's compile events and prints the main thread's thread time by event name.
 */
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/chromium';
import { DOCUMENT_START_MARK } from './page-cost';
import { mainThreadCpuOf, TASK_CATEGORIES, type TraceEvent } from './task-attribution';
import {
  BASELINE_HOST,
  benchPages,
  EXTENSION_HOST,
  passEnded,
  plainTab,
  startBenchServer,
  tracedLoad,
} from './what-a-page-pays';
import { FIRST_LOOK_MARK } from '../../entrypoints/content/performance-marks';

const runs = Number(process.argv[2] ?? 7);
const builds = process.argv.slice(3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function load(browser: ExtensionBrowser, url: string, categories: string, needPass: boolean) {
  const tab = await plainTab(browser);
  const events = await tracedLoad(browser, tab, url, categories);
  if (needPass && !(await passEnded(tab))) throw new Error('the pass did not end');
  await tab.close();
  return events;
}

function breakdown(events: readonly TraceEvent[]) {
  const mark = events.find((event) => event.name === DOCUMENT_START_MARK);
  if (!mark) return;
  const byName = new Map<string, { us: number; n: number }>();
  for (const event of events) {
    if (event.pid !== mark.pid || event.tid !== mark.tid || event.ph !== 'X' || event.ts < mark.ts) continue;
    const url = event.args?.data?.url ?? '';
    const key = `${event.name}${url.startsWith('chrome-extension://') ? ` ${url.replace(/.*\//, '')}` : ''}`;
    const entry = byName.get(key) ?? { us: 0, n: 0 };
    entry.us += event.tdur ?? 0;
    entry.n++;
    byName.set(key, entry);
  }
  for (const [name, { us, n }] of [...byName].sort((a, b) => b[1].us - a[1].us).slice(0, 40))
    console.log(`${(us / 1000).toFixed(2).padStart(9)} ms ${String(n).padStart(5)}× ${name}`);
}

async function main() {
  // BENCH_PAGE=1: the same article without an amount.
  const page = benchPages()[Number(process.env.BENCH_PAGE ?? 0)]!;
  const server = await startBenchServer([page]);
  const browsers = [];
  for (const path of builds) browsers.push(await launchWithExtension({ extensionPath: path }));
  const added: number[][] = builds.map(() => []);
  const markJs: number[] = [];
  let n = 0;
  const url = (host: string, query: string) => `${server.url(host, page.path)}?new-tab=${n++}${query}`;
  // The extension's page's main-thread CPU from the first stage's look on (no bare page subtracted: steadier).
  const fromLook: number[][] = builds.map(() => []);
  let lastFromLook: number | null = null;
  const cpu = async (browser: ExtensionBrowser, host: string, query: string, needPass: boolean) => {
    const events = await load(browser, url(host, query), TASK_CATEGORIES, needPass);
    lastFromLook = mainThreadCpuOf(events, FIRST_LOOK_MARK);
    return mainThreadCpuOf(events, DOCUMENT_START_MARK);
  };
  // A first round not counted (the browser's own first loads). mark.js on the first build's browser.
  for (let run = -1; run < runs; run++) {
    for (const [index, browser] of browsers.entries()) {
      const ext = await cpu(browser, EXTENSION_HOST, '', true);
      const look = lastFromLook;
      if (run >= 0 && look !== null) fromLook[index]!.push(look);
      const withMarkJs = index === 0 ? await cpu(browser, BASELINE_HOST, '', false) : null;
      const bare = await cpu(browser, BASELINE_HOST, '&bare=1', false);
      if (run < 0 || bare === null) continue;
      if (ext !== null) added[index]!.push(ext - bare);
      if (withMarkJs !== null) markJs.push(withMarkJs - bare);
    }
  }
  const line = (values: number[]) =>
    `${median(values).toFixed(1)} ms (median of ${values.length}; ${values.map((v) => v.toFixed(1)).join(' ')})`;
  for (const [index, path] of builds.entries()) {
    console.log(`${path}: added ${line(added[index]!)}`);
    console.log(`${path}: from the first look ${line(fromLook[index]!)}`);
  }
  console.log(`mark.js: added ${line(markJs)}`);
  if (process.env.BENCH_BREAKDOWN === '1') {
    for (const [index, browser] of browsers.entries()) {
      console.log(`--- ${builds[index]}`);
      breakdown(
        await load(
          browser,
          url(EXTENSION_HOST, '&compiles'),
          `${TASK_CATEGORIES},v8,disabled-by-default-v8.compile,v8.execute`,
          true,
        ),
      );
    }
  }
  for (const browser of browsers) await browser.close();
  await server.close();
}

void main();
