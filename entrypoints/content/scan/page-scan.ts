// The page's passes, in one queue: the first in idle time once the page has laid out, a full pass again after a
// client-side navigation or a new article date, a pass over each part of the page that changed (added content, a
// custom element upgraded), and, outside the queue, an immediate re-read of a small text change (a ticker's price).
// How one pass is spread over time (viewport first, slices, idle time) is runPass's (scan-scheduler.ts).
import { mayHoldAmount } from '@/lib/detect';
import type { PageTimers } from '../page-timers';
import { SCAN_MEASURE, SCAN_START_MARK, VIEWPORT_MEASURE } from '../performance-marks';
import { collectTextBlocks, type TextBlock } from './collect-text-blocks';
import { isInsideSkipped } from './page-rules';
import { runInSlices, runPass } from './scan-scheduler';
import { composedContains } from './shadow-roots';
import { watchUpgrades } from './upgrade-watch';
import { viewportStart } from './viewport-start';
import { watchMutations } from './watch-mutations';

/** The first pass starts when the page is idle, or after this long at the latest, ms. */
const FIRST_SCAN_TIMEOUT_MS = 1_000;
/** Slices of a pass past the viewport wait for idle time, or this long at the latest, ms. */
const IDLE_SLICE_TIMEOUT_MS = 50;

/** Head changes that may move the article's date (meta tags, JSON-LD); a new <title> alone does not. */
const mayChangeDate = (root: Element) => root.localName !== 'title';

export interface PageScanOptions {
  window: Window;
  signal: AbortSignal;
  timers: PageTimers;
  /** Runs a callback only while the scan is on, reporting what it throws. */
  guard: <A extends unknown[]>(run: (...args: A) => void) => (...args: A) => void;
  onError: (error: unknown) => void;
  /** Finds a block's amounts and marks them. */
  readBlock: (block: TextBlock) => void;
  /**
   * The one-time work the first block holding an amount would pay for (the detector's patterns, the article's date
   * and body), as small steps; asked for before each pass, empty once done.
   */
  preparationSteps: () => (() => void)[];
  /**
   * `roots` are about to be read again: their marks go. Returns what to do once they are read (show the marks,
   * keep the tooltip on a mark that replaced the one it showed, report the count).
   */
  beginRead: (roots: Element[]) => () => void;
  /** Marks found between two calls are in document order. */
  endRun: () => void;
  /** Shows the marks found so far (between slices over the viewport). */
  show: () => void;
  /** A full pass other than the first starts: what was found about the page's layout is out of date. */
  onRepeatPass: () => void;
  /** The page's head changed in a way that may move the article's date: true when that was handled (a full pass). */
  onHeadChanged: () => boolean;
  /** The extension's own nodes (the tooltip's host), whose changes are not the page's. */
  isOwnNode: (node: Node) => boolean;
}

export interface PageScan {
  /** Reads the whole page again, viewport first. */
  fullScan(): void;
  stop(): void;
}

export function startPageScan(options: PageScanOptions): PageScan {
  const { window, signal, timers, guard, readBlock } = options;
  const document = window.document;

  const idle = () =>
    new Promise<void>((resolve) => {
      timers.requestIdleCallback(resolve, { timeout: IDLE_SLICE_TIMEOUT_MS });
    });

  const onUndefined = watchUpgrades({
    setTimeout: timers.setTimeout,
    onUpgraded: guard((hosts: Element[]) => void enqueueScan(hosts)),
  });
  const scanOptions = {
    mayHold: mayHoldAmount,
    // Observing a root again only renews its registration; the root, not the observer, holds it.
    onShadowRoot: (root: ShadowRoot) => watcher.observe(root),
    onUndefined,
  };

  const isOutsideViewport = (block: TextBlock): 'below' | 'above' | false => {
    const rect = block.owner.getBoundingClientRect();
    if (rect.top > window.innerHeight) return 'below';
    return rect.bottom < 0 ? 'above' : false;
  };

  let firstPassDone = false;
  let queue: Promise<void> = Promise.resolve();
  let viewportMeasured = false;
  const onPastViewport = () => {
    if (viewportMeasured || !firstPassDone) return;
    viewportMeasured = true;
    performance.measure(VIEWPORT_MEASURE, SCAN_START_MARK);
  };
  const enqueueScan = (roots: Element[], startAt: Element | null = null) => {
    queue = queue
      .then(async () => {
        if (signal.aborted) return;
        const finishRead = options.beginRead(roots);
        for (const root of roots) {
          if (!root.isConnected || isInsideSkipped(root)) continue;
          // A root's blocks come in document order but where the scan says not: the marks between are one run
          // (ended too before a rescan between slices adds its own).
          const blocks = collectTextBlocks(root, { ...scanOptions, startAt, onOrderBreak: options.endRun });
          const done = await runPass(blocks, readBlock, {
            signal,
            isOutsideViewport,
            show: options.show,
            onPastViewport,
            idle,
            prepare: options.preparationSteps,
          });
          options.endRun();
          if (!done) return;
        }
        finishRead();
      })
      .catch(options.onError);
    return queue;
  };

  /** Re-reads small blocks at once (before the next paint), outside the queue (duplicates are skipped by add). */
  const rescanNow = (roots: Element[]) => {
    const finishRead = options.beginRead(roots);
    // Between two slices of a pass: its run of marks ends here, and each root's marks are a run of their own.
    options.endRun();
    for (const root of roots) {
      if (!root.isConnected || isInsideSkipped(root)) continue;
      for (const block of collectTextBlocks(root, { ...scanOptions, onOrderBreak: options.endRun }))
        readBlock(block);
      options.endRun();
    }
    finishRead();
  };

  const fullScan = () => {
    const first = !firstPassDone;
    if (!first) options.onRepeatPass();
    firstPassDone = true;
    if (first) performance.mark(SCAN_START_MARK);
    const done = enqueueScan([document.body ?? document.documentElement], viewportStart(window));
    if (first) {
      void done.then(() => {
        if (!signal.aborted) performance.measure(SCAN_MEASURE, SCAN_START_MARK);
      });
    }
  };

  const watcher = watchMutations(document.documentElement, {
    isOwnNode: options.isOwnNode,
    onDirty: guard((roots: Element[]) => {
      // A router that swaps <head> content (meta tags, JSON-LD) may have changed the article's date.
      const inHead = roots.filter((root) => !document.body || !composedContains(document.body, root));
      if (inHead.some(mayChangeDate) && options.onHeadChanged()) return;
      const inBody = roots.filter((root) => !inHead.includes(root));
      if (inBody.length > 0) void enqueueScan(inBody);
    }),
    onTextChanged: guard(rescanNow),
    schedule: (flush) => void timers.requestIdleCallback(guard(flush), { timeout: 150 }),
    scheduleBeforePaint: (flush) => void timers.requestAnimationFrame(guard(flush)),
  });

  /**
   * The first pass waits for idle time, after the page's own first layout and paint. Its one-time work (the
   * detector's patterns, the article's date and body) comes first, in slices with the page's frames between them,
   * so that the pass can read what the reader sees and show its marks in its first slices.
   */
  const prepareThenScan = async () => {
    const prepared = await runInSlices(options.preparationSteps().values(), (step) => step(), { signal });
    if (prepared && !signal.aborted) fullScan();
  };
  timers.requestIdleCallback(
    guard(() => void prepareThenScan().catch(options.onError)),
    {
      timeout: FIRST_SCAN_TIMEOUT_MS,
    },
  );

  return { fullScan, stop: () => watcher.disconnect() };
}
