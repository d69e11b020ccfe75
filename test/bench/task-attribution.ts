/**
 * Which long tasks are the extension's. The page's own long-task entries (and long animation frames) cannot say:
 * on a huge page the browser's first rendering can come after the extension's first look, and a content script's
 * work in its isolated world is not attributed to any script in them. So the renderer's main-thread tasks are read
 * from a trace (wall and thread time), and the profiler's samples (page-cost.ts) that fall inside each task say how
 * much of it was the extension's. Both clocks are the renderer's monotonic clock in µs.
 */
import type { CDPSession } from 'playwright-core';
import { profiled, samplesOf, type Profile, type Sample } from './page-cost';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  /** What a v8 event names: the script a compile was of (`data.url`). */
  args?: { data?: { url?: string } };
}

/** A main-thread task of at least 50 ms (wall or thread time) in the window, with the extension's time inside it. */
export interface LongTask {
  /** From the window's start (the first look), ms. */
  startMs: number;
  wallMs: number;
  /** The main thread's CPU time in the task: less than its wall time when the thread was descheduled. */
  threadMs: number;
  extensionMs: number;
}

export interface TaskAttribution {
  /** Every main-thread task of ≥ 50 ms wall or thread time in the window, whoever ran in it. */
  longTasks: LongTask[];
  /** The task with the most extension time in the window, ≥ 50 ms or not: the longest the extension held the thread. */
  longestExtensionTask: LongTask | null;
  /**
   * The extension's task (heldByExtension) with the most thread time in the window, ≥ 50 ms or not: the figure a
   * long-task check on thread time compares with its threshold, so a run shows how far below it the pass stayed.
   */
  heaviestExtensionTask: LongTask | null;
}

export const LONG_TASK_MS = 50;

/**
 * The extension's task: at least half of it under the extension's frames. (A task of the page's with a few of the
 * extension's samples in it, such as a listener's, is the page's.)
 */
export const heldByExtension = (task: LongTask) => task.extensionMs >= task.wallMs / 2;
const TASK_EVENT = 'ThreadControllerImpl::RunTask';

/** The first of `samples` (in time order, none overlapping) whose stretch ends after `time`. */
function firstEndingAfter(samples: readonly Sample[], time: number): number {
  let low = 0;
  let high = samples.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const sample = samples[middle]!;
    if (sample.at + sample.us <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The renderer's tasks and user-timing marks. */
export const TASK_CATEGORIES = 'toplevel,blink.user_timing';
/**
 * The same with V8's events: the scripts' compiles (`v8.compile`) and the URLs they are of. Tracing them slows a
 * script that calls into the DOM a lot (mark.js's sampled CPU on the 1.5 MB page: 107–177 ms traced without them,
 * 386–431 ms with them), so a load whose CPU is compared is not traced with them.
 */
export const SCRIPT_CATEGORIES = `${TASK_CATEGORIES},v8`;

/** Records a trace of the renderer's tasks and user-timing marks (or other `categories`) while `action` runs. */
export async function traced(
  cdp: CDPSession,
  action: () => Promise<void>,
  categories = TASK_CATEGORIES,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => void events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** Each main-thread task (of the thread that recorded `mark`) with the extension's time inside it, µs. */
function* tasksOnThreadOf(
  mark: TraceEvent,
  events: readonly TraceEvent[],
  samples: readonly Sample[],
): Generator<{ event: TraceEvent; extensionUs: number }> {
  for (const event of events) {
    if (event.name !== TASK_EVENT || event.ph !== 'X' || event.pid !== mark.pid || event.tid !== mark.tid)
      continue;
    const taskEnd = event.ts + (event.dur ?? 0);
    let extensionUs = 0;
    // A sample stands for the time up to the next one; only its part inside the task counts (a profiler thread
    // that waited for a core leaves one sample standing for a long stretch).
    for (let index = firstEndingAfter(samples, event.ts); index < samples.length; index++) {
      const sample = samples[index]!;
      if (sample.at >= taskEnd) break;
      extensionUs += Math.max(0, Math.min(sample.at + sample.us, taskEnd) - Math.max(sample.at, event.ts));
    }
    yield { event, extensionUs };
  }
}

/** Runs `action` under the sampling profiler and a trace at once: the samples, and the tasks they fall in. */
export async function profiledAndTraced(
  cdp: CDPSession,
  action: () => Promise<void>,
  categories = TASK_CATEGORIES,
): Promise<{ profile: Profile; trace: TraceEvent[] }> {
  let profile: Profile | null = null;
  const trace = await traced(
    cdp,
    async () => {
      profile = await profiled(cdp, action);
    },
    categories,
  );
  // `traced` rethrows what `action` threw, so a profile is there once it returns.
  return { profile: profile!, trace };
}

/**
 * The long tasks of the main thread from the user-timing mark `fromMark` to the end of the measure `toMeasure`
 * (the thread that recorded the mark is the page's main thread), and the extension's time in each.
 */
export function attributeTasks(
  events: readonly TraceEvent[],
  profile: Profile,
  isOurs: (url: string) => boolean,
  fromMark: string,
  toMeasure: string,
): TaskAttribution | null {
  const mark = events.find((event) => event.name === fromMark);
  if (!mark) return null;
  // A measure is traced as a pair of async events: its end is the last event of that name.
  const measureEvents = events.filter((event) => event.name === toMeasure);
  const end = measureEvents.length > 0 ? Math.max(...measureEvents.map((event) => event.ts)) : Infinity;
  const samples = samplesOf(profile, isOurs).filter((sample) => sample.ours);
  const tasks: LongTask[] = [];
  let longestExtensionTask: LongTask | null = null;
  let heaviestExtensionTask: LongTask | null = null;
  for (const { event, extensionUs } of tasksOnThreadOf(mark, events, samples)) {
    if (event.ts + (event.dur ?? 0) < mark.ts || event.ts > end) continue;
    const task: LongTask = {
      startMs: (event.ts - mark.ts) / 1000,
      wallMs: (event.dur ?? 0) / 1000,
      threadMs: (event.tdur ?? 0) / 1000,
      extensionMs: extensionUs / 1000,
    };
    if (task.wallMs >= LONG_TASK_MS || task.threadMs >= LONG_TASK_MS) tasks.push(task);
    if (task.extensionMs > (longestExtensionTask?.extensionMs ?? 0)) longestExtensionTask = task;
    if (heldByExtension(task) && task.threadMs > (heaviestExtensionTask?.threadMs ?? -1))
      heaviestExtensionTask = task;
  }
  return { longTasks: tasks, longestExtensionTask, heaviestExtensionTask };
}

/**
 * The main thread's CPU time spent on the script (ms): each task's thread time times the share of its wall time the
 * samples put under the script's frames. Unlike the samples alone, time the thread waited for a core is not
 * counted, so it holds on a loaded machine. The thread is the one that recorded `threadMark`; null without it.
 */
export function threadCpuOf(
  events: readonly TraceEvent[],
  profile: Profile,
  isOurs: (url: string) => boolean,
  threadMark: string,
): number | null {
  const mark = events.find((event) => event.name === threadMark);
  if (!mark) return null;
  const samples = samplesOf(profile, isOurs).filter((sample) => sample.ours);
  let us = 0;
  for (const { event, extensionUs } of tasksOnThreadOf(mark, events, samples)) {
    const wall = event.dur ?? 0;
    if (wall > 0) us += (event.tdur ?? 0) * Math.min(1, extensionUs / wall);
  }
  return us / 1000;
}

/**
 * The main thread's CPU time (ms) in every task from the one holding `fromMark` on, whoever ran in it: the page,
 * an extension, the browser's parsing, style, layout and paint. Set against the same page loaded bare, it is what
 * a script added to the page, including what no profiler sample puts under the script's frames: V8 compiling the
 * script and its regular expressions (samples of "(program)"), and the rendering its changes cause. Null without
 * the mark.
 */
export function mainThreadCpuOf(events: readonly TraceEvent[], fromMark: string): number | null {
  const mark = events.find((event) => event.name === fromMark);
  if (!mark) return null;
  let us = 0;
  for (const { event } of tasksOnThreadOf(mark, events, [])) {
    if (event.ts + (event.dur ?? 0) >= mark.ts) us += event.tdur ?? 0;
  }
  return us / 1000;
}

/**
 * The main thread's CPU time (ms) compiling the scripts whose URL passes `isOurs` (`v8.compile` events of a trace
 * with SCRIPT_CATEGORIES), on the thread that recorded `threadMark`: a part of the script's cost that the profiler
 * shows as "(program)". Null without the mark.
 */
export function scriptCompileCpuOf(
  events: readonly TraceEvent[],
  isOurs: (url: string) => boolean,
  threadMark: string,
): number | null {
  const mark = events.find((event) => event.name === threadMark);
  if (!mark) return null;
  let us = 0;
  for (const event of events) {
    if (event.name !== 'v8.compile' || event.pid !== mark.pid || event.tid !== mark.tid) continue;
    const url = event.args?.data?.url;
    if (url !== undefined && isOurs(url)) us += event.tdur ?? event.dur ?? 0;
  }
  return us / 1000;
}
