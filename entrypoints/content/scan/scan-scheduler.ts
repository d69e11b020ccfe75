// Runs work in short slices and yields to the page between them, so scanning a huge page never holds the main
// thread long enough to be a long task (> 50 ms).

/** Work per slice, ms; well under the 50 ms long-task threshold, leaving room for the page. */
export const SLICE_BUDGET_MS = 5;

type SchedulerLike = { yield?: () => Promise<void> };

/** Lets the page run (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  /** Stops between slices once aborted; the promise then resolves to false. */
  signal?: AbortSignal;
  budgetMs?: number;
  now?: () => number;
  pause?: () => Promise<void>;
}

/** Calls `handle` for each item, yielding whenever a slice's budget is spent; true when every item was handled. */
export async function runInSlices<T>(
  items: Iterator<T>,
  handle: (item: T) => void,
  options: SliceOptions = {},
): Promise<boolean> {
  const { signal, pause = yieldToPage } = options;
  const budgetMs = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  for (;;) {
    if (signal?.aborted) return false;
    const sliceEnd = now() + budgetMs;
    do {
      const next = items.next();
      if (next.done) return true;
      handle(next.value);
    } while (now() < sliceEnd);
    await pause();
  }
}

function* withFirst<T>(first: T, rest: Iterator<T>): Generator<T> {
  yield first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

export interface PassSchedule<T> {
  signal: AbortSignal;
  /** True for a block below the viewport (or above it, once the viewport's own blocks were read). */
  isOutsideViewport: (item: T) => 'below' | 'above' | false;
  /** Marks found so far are shown (after each slice over the viewport, and once past it). */
  show: () => void;
  /** Called once, when the pass has read past the viewport. */
  onPastViewport?: () => void;
  /** Waits for the page's idle time (requestIdleCallback with a timeout). */
  idle: () => Promise<void>;
  /**
   * One-time work the first item would otherwise pay for (compiling patterns, measuring the page), as small steps;
   * asked for once the pass has a first item, and run before it in idle time of its own.
   */
  prepare?: () => (() => void)[];
  /** Between slices over the viewport (yieldToPage); budget and clock of a slice (for tests). */
  pause?: () => Promise<void>;
  budgetMs?: number;
  now?: () => number;
}

/**
 * The scheduling policy of a full pass, in one place: the items come viewport first (collectTextBlocks' startAt);
 * while the pass is over the viewport it runs in slices with only the page's own frames between them, and shows
 * its marks after each slice; once past the viewport, the rest is read in slices in idle time, and shown at the
 * end. Before the first item, the schedule's one-time steps run in slices in idle time, none in the same task as
 * the pass's own work: handled with the first item they made one task of 90-150 ms on a 5 MB page. True when every
 * item was handled.
 */
export async function runPass<T>(
  items: Iterator<T>,
  handle: (item: T) => void,
  schedule: PassSchedule<T>,
): Promise<boolean> {
  if (schedule.prepare) {
    const first = items.next();
    if (first.done) {
      schedule.show();
      return true;
    }
    const steps = schedule.prepare();
    if (steps.length > 0) {
      await schedule.idle();
      const prepared = await runInSlices(steps.values(), (step) => step(), {
        signal: schedule.signal,
        budgetMs: schedule.budgetMs,
        now: schedule.now,
        pause: schedule.idle,
      });
      if (!prepared) return false;
      await schedule.idle();
    }
    items = withFirst(first.value, items);
  }
  let overViewport = true;
  let seenVisible = false;
  const pause = schedule.pause ?? yieldToPage;
  const handleInPass = (item: T) => {
    handle(item);
    if (!overViewport) return;
    const outside = schedule.isOutsideViewport(item);
    if (outside === false) seenVisible = true;
    else if (outside === 'below' || seenVisible) {
      overViewport = false;
      schedule.show();
      schedule.onPastViewport?.();
    }
  };
  const done = await runInSlices(items, handleInPass, {
    signal: schedule.signal,
    budgetMs: schedule.budgetMs,
    now: schedule.now,
    pause: () => {
      if (overViewport) {
        schedule.show();
        return pause();
      }
      return schedule.idle();
    },
  });
  if (done) schedule.show();
  return done;
}
