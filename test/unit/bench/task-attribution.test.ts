import { describe, expect, test } from 'vitest';
import type { Profile } from '../../bench/page-cost';
import {
  attributeTasks,
  heldByExtension,
  mainThreadCpuOf,
  scriptCompileCpuOf,
  threadCpuOf,
  type TraceEvent,
} from '../../bench/task-attribution';

const EXTENSION = 'chrome-extension://abc/annotator.js';
const PAGE = 'https://www.coindesk.com/app.js';

/** A profile whose samples (one per ms from `start`) run in the extension, the page, or nothing (idle). */
function profileOf(start: number, stacks: ('ext' | 'page' | 'idle')[]): Profile {
  const frame = (url: string) => ({ functionName: 'f', url, lineNumber: 0, columnNumber: 0 });
  return {
    startTime: start,
    nodes: [
      { id: 1, callFrame: frame(''), children: [2, 4, 5] },
      { id: 2, callFrame: frame(EXTENSION), children: [3] },
      // A native the extension called: its URL is empty, its caller's is the extension's.
      { id: 3, callFrame: frame('') },
      { id: 4, callFrame: frame(PAGE) },
      { id: 5, callFrame: frame('') },
    ],
    samples: stacks.map((stack, index) => (stack === 'page' ? 4 : stack === 'idle' ? 5 : index % 2 ? 3 : 2)),
    timeDeltas: stacks.map(() => 1000),
  };
}

const task = (ts: number, durMs: number, threadMs = durMs): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: 1,
  tid: 7,
  ts,
  dur: durMs * 1000,
  tdur: threadMs * 1000,
});
const mark = (name: string, ts: number, tid = 7): TraceEvent => ({ name, ph: 'R', pid: 1, tid, ts });
const isExtension = (url: string) => url.startsWith('chrome-extension://');

describe('attributeTasks', () => {
  // Samples at 1,001,000 µs + k ms: 60 of the extension's, then 60 of the page's, then idle.
  const profile = profileOf(1_000_000, [
    ...Array<'ext'>(60).fill('ext'),
    ...Array<'page'>(60).fill('page'),
    ...Array<'idle'>(30).fill('idle'),
  ]);

  test("says how much of each long task was the extension's, on the mark's thread, in the window", () => {
    const events = [
      mark('look', 1_000_000),
      task(1_001_000, 60), // the extension's 60 samples
      task(1_061_000, 58, 20), // the page's, mostly waiting for a core
      { ...task(1_000_500, 80), tid: 9 }, // another thread
      task(1_000_000 + 200_000, 70), // after the window's end
      mark('scan', 1_000_000 + 150_000),
    ];
    const result = attributeTasks(events, profile, isExtension, 'look', 'scan');
    expect(result?.longTasks).toHaveLength(2);
    const [ours, page] = result!.longTasks;
    expect(ours!.extensionMs).toBeCloseTo(60, 0);
    expect(heldByExtension(ours!)).toBe(true);
    expect(page!.extensionMs).toBe(0);
    expect(page!.threadMs).toBe(20);
    expect(heldByExtension(page!)).toBe(false);
    expect(result?.longestExtensionTask).toBe(ours);
    expect(result?.heaviestExtensionTask).toBe(ours);
  });

  test("the extension's heaviest task is its task with the most thread time, long or not", () => {
    const events = [
      mark('look', 1_000_000),
      task(1_001_000, 30, 12), // the extension's 30 samples, waiting for a core most of it
      task(1_031_000, 25, 20), // the extension's next 25
      task(1_061_000, 58, 40), // the page's
    ];
    const result = attributeTasks(events, profile, isExtension, 'look', 'none');
    expect(result?.longTasks).toHaveLength(1);
    expect(result?.longestExtensionTask?.wallMs).toBe(30);
    expect(result?.heaviestExtensionTask?.threadMs).toBe(20);
  });

  test('a sample standing for a long stretch counts only inside the task', () => {
    // One extension sample, then the profiler thread waits 200 ms for its next one.
    const sparse: Profile = { ...profileOf(2_000_000, ['ext', 'ext']), timeDeltas: [0, 200_000] };
    const events = [mark('look', 1_999_000), task(2_000_000, 5, 5), task(2_100_000, 52, 50)];
    const result = attributeTasks(events, sparse, isExtension, 'look', 'none');
    expect(result?.longestExtensionTask?.extensionMs).toBeCloseTo(52, 5);
    expect(result?.longTasks.map((each) => each.extensionMs)).toEqual([52]);
  });

  test('no window without its start mark', () => {
    expect(attributeTasks([task(1, 60)], profile, isExtension, 'look', 'scan')).toBeNull();
  });
});

describe('threadCpuOf', () => {
  test("counts each task's thread time by the share of it under the script's frames", () => {
    // 20 samples of the extension's, then 20 of the page's (the last sample, idle, stands for nothing).
    const profile = profileOf(0, [
      ...Array<'ext'>(20).fill('ext'),
      ...Array<'page'>(20).fill('page'),
      'idle',
    ]);
    const events = [
      mark('look', 0),
      task(1_000, 20, 5), // all the extension's, but the thread ran 5 ms of its 20 (it waited for a core)
      task(21_000, 20, 20), // the page's
      task(11_000, 20, 10), // half and half
      { ...task(1_000, 20, 20), tid: 9 },
    ];
    expect(threadCpuOf(events, profile, isExtension, 'look')).toBeCloseTo(5 + 0 + 5, 5);
    expect(threadCpuOf(events, profile, (url) => url === PAGE, 'look')).toBeCloseTo(0 + 20 + 5, 5);
    expect(threadCpuOf(events, profile, isExtension, 'no such mark')).toBeNull();
  });
});

describe('mainThreadCpuOf', () => {
  test("sums the thread time of every task on the mark's thread from the task holding the mark on", () => {
    const events = [
      task(0, 30, 30), // before the document started (the previous page's): not counted
      task(40_000, 10, 8), // holds the mark
      mark('start', 45_000),
      task(60_000, 50, 20), // whoever ran in it (no profile needed)
      { ...task(60_000, 50, 50), tid: 9 }, // another thread
      { ...task(70_000, 5, 5), ph: 'B' }, // not a complete task event
    ];
    expect(mainThreadCpuOf(events, 'start')).toBeCloseTo(8 + 20, 5);
    expect(mainThreadCpuOf(events, 'no such mark')).toBeNull();
  });
});

describe('scriptCompileCpuOf', () => {
  const compile = (url: string | undefined, tdurMs: number, tid = 7): TraceEvent => ({
    name: 'v8.compile',
    ph: 'X',
    pid: 1,
    tid,
    ts: 50_000,
    dur: 2 * tdurMs * 1000,
    tdur: tdurMs * 1000,
    args: { data: url === undefined ? {} : { url } },
  });
  test("sums the thread time of compiling the scripts whose URL passes, on the mark's thread", () => {
    const events = [
      mark('start', 0),
      compile(EXTENSION, 11),
      compile('chrome-extension://abc/content-scripts/content.js', 2),
      compile(PAGE, 40),
      compile(undefined, 5),
      compile(EXTENSION, 30, 9),
      { ...compile(EXTENSION, 3), name: 'v8.run' },
    ];
    expect(scriptCompileCpuOf(events, isExtension, 'start')).toBeCloseTo(13, 5);
    expect(scriptCompileCpuOf(events, (url) => url === PAGE, 'start')).toBeCloseTo(40, 5);
    expect(scriptCompileCpuOf(events, isExtension, 'none')).toBeNull();
  });
});
