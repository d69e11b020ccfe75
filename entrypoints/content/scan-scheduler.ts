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
  const { signal, budgetMs = SLICE_BUDGET_MS, now = () => performance.now(), pause = yieldToPage } = options;
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
