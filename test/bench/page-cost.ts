/**
 * What a page pays, measured from outside (../shared recipe "measuring from outside"): V8's sampling profiler over
 * the page's renderer, every sample whose stack holds a script of interest. The extension's cost is every sample
 * with a `chrome-extension://` frame; mark.js's is every sample with a frame of `mark.min.js` or the script that
 * calls it, served as files on a host the extension does not run on. Both load the same HTML in the same run.
 */
import type { CDPSession, Page } from 'playwright-core';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
export type Profile = { nodes: ProfileNode[]; startTime?: number; samples?: number[]; timeDeltas?: number[] };

export interface CpuCost {
  /** CPU time of the samples that match, ms. */
  ms: number;
  /** The matching samples' own functions by self time, ms, largest first. */
  top: { name: string; ms: number }[];
}

/** Whether each profile node has a frame whose URL passes `matches` on its stack (itself or a caller). */
function nodesMatching(profile: Profile, matches: (url: string) => boolean): (id: number) => boolean {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const isOurs = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = isOurs.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const answer = !!node && (matches(node.callFrame.url) || (up !== undefined && ours(up)));
    isOurs.set(id, answer);
    return answer;
  };
  return ours;
}

export interface Sample {
  /** When it was taken, µs on the renderer's monotonic clock (the clock of trace events). */
  at: number;
  /** The time it stands for (up to the next sample), µs. */
  us: number;
  node: number;
  ours: boolean;
}

/**
 * The profile's samples with their times, in time order, each marked when its stack holds a frame whose URL passes
 * `matches`. V8 can record a sample out of order (a negative time delta; DevTools sorts them too): read in the
 * recorded order, such a sample stood for a negative time, and a page's few extension samples summed to -1.1 ms.
 */
export function samplesOf(profile: Profile, matches: (url: string) => boolean): Sample[] {
  const ours = nodesMatching(profile, matches);
  const nodes = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const timed: { at: number; node: number }[] = [];
  let at = profile.startTime ?? 0;
  for (let index = 0; index < nodes.length; index++) {
    at += deltas[index] ?? 0;
    timed.push({ at, node: nodes[index]! });
  }
  // A stable sort: samples recorded at one time keep their order.
  timed.sort((left, right) => left.at - right.at);
  return timed.map(({ at: time, node }, index) => ({
    at: time,
    us: index + 1 < timed.length ? timed[index + 1]!.at - time : 0,
    node,
    ours: ours(node),
  }));
}

/**
 * Sums the CPU time of samples with a frame whose URL passes `matches`, and its top functions by self time. A sample
 * stands for the time up to the next one, but for at most twice the profile's usual spacing (its median, ~0.3 ms
 * here for a requested 0.2 ms): a longer gap is time the thread was idle or the sampler did not run, which the
 * sample cannot vouch for. Uncapped, the one sample before the page went idle took the whole idle stretch: on the
 * no-amount article 9.9 of 9.9 ms came from samples standing for over 1 ms (a `performance.mark` or a
 * `runtime.sendMessage`, the last call before idle), against 0.4–2.6 ms by the count of samples.
 */
export function cpuOf(profile: Profile, matches: (url: string) => boolean): CpuCost {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = samplesOf(profile, matches);
  const spacings = samples.map((sample) => sample.us).sort((a, b) => a - b);
  const longest = 2 * (spacings[Math.floor(spacings.length / 2)] ?? 0);
  let micros = 0;
  const self = new Map<string, number>();
  for (const sample of samples) {
    if (!sample.ours) continue;
    const us = Math.min(sample.us, longest);
    micros += us;
    const frame = byId.get(sample.node)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anon)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(name, (self.get(name) ?? 0) + us);
  }
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
  return { ms: micros / 1000, top };
}

export const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

/** Runs `action` under the sampling profiler (200 µs interval) and returns the profile. */
export async function profiled(cdp: CDPSession, action: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    await action();
  } finally {
    // stop in any case so the next run can start
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  return profile;
}

/**
 * The heap after GC as the median of three readings a second apart: single readings of the same page scatter by
 * about ±12 KB (a 30 s window read +24.3, +0.6 and −23.3 KB/min in three runs of the same build).
 */
export async function settledHeapAfterGc(cdp: CDPSession, page: Page): Promise<number> {
  const readings: number[] = [];
  for (let index = 0; index < 3; index++) {
    if (index > 0) await page.waitForTimeout(1_000);
    readings.push(await heapAfterGc(cdp));
  }
  return readings.sort((a, b) => a - b)[1]!;
}

/** Least-squares slope of `y` over `x`. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/** The page's heap after a forced collection, bytes (content scripts' worlds included). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** Marked by installProbes at the document's start, on the page's main thread: where a load's CPU is counted from. */
export const DOCUMENT_START_MARK = 'bench:document-start';

/**
 * Page-world probe, installed before any page script: long tasks, and the first animation frame in which a range of
 * the named highlight lies in the viewport (time from the page's time origin).
 */
export function installProbes(highlightName: string): void {
  // DOCUMENT_START_MARK (this function runs serialized in the page: it cannot refer to the constant).
  performance.mark('bench:document-start');
  const state = {
    longTasks: [] as { start: number; duration: number }[],
    /** Long animation frames: their task work (scripts, before the frame's rendering), ms. */
    longFrames: [] as { start: number; work: number }[],
    firstMarkInView: null as number | null,
  };
  (window as unknown as { benchProbe: typeof state }).benchProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { renderStart: number })[]) {
      const work = entry.renderStart > 0 ? entry.renderStart - entry.startTime : entry.duration;
      state.longFrames.push({ start: entry.startTime, work });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  const live = document.createRange();
  const watch = () => {
    const highlight = CSS.highlights?.get(highlightName);
    if (highlight) {
      for (const range of highlight) {
        const r = range as AbstractRange;
        try {
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
        } catch {
          continue;
        }
        const rect = live.getBoundingClientRect();
        if (rect.bottom > 0 && rect.top < innerHeight && rect.width > 0) {
          // When this frame's rendering steps run (after the task that showed the mark); the rAF timestamp is the
          // frame's begin time, which can come before that task.
          state.firstMarkInView = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

export interface PageProbe {
  longTasks: { start: number; duration: number }[];
  longFrames: { start: number; work: number }[];
  firstMarkInView: number | null;
  scanStart: number | null;
  scanEnd: number | null;
  /** The first stage's look at the page (miner-margin:first-look), from the time origin. */
  firstLook: number | null;
  /** From the content script's first look to the annotator's start (miner-margin:annotator-load), ms. */
  annotatorLoad: number | null;
}

export function readProbe(page: Page): Promise<PageProbe> {
  return page.evaluate(() => {
    const probe = (
      window as unknown as {
        benchProbe?: Omit<PageProbe, 'scanStart' | 'scanEnd' | 'annotatorLoad' | 'firstLook'>;
      }
    ).benchProbe;
    const start = performance.getEntriesByName('miner-margin:scan-start')[0];
    const scan = performance.getEntriesByName('miner-margin:scan')[0];
    const load = performance.getEntriesByName('miner-margin:annotator-load')[0];
    const look = performance.getEntriesByName('miner-margin:first-look')[0];
    return {
      annotatorLoad: load?.duration ?? null,
      longTasks: probe?.longTasks ?? [],
      longFrames: probe?.longFrames ?? [],
      firstMarkInView: probe?.firstMarkInView ?? null,
      scanStart: start?.startTime ?? null,
      scanEnd: scan ? scan.startTime + scan.duration : null,
      firstLook: look?.startTime ?? null,
    };
  });
}
