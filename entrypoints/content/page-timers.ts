// The content script's timers, all cancelled when its lifetime ends through one abort listener. (WXT's ctx timers
// add an abort listener per call and never remove it: a 10 Hz ticker grew the page's heap by 174 KB a minute.)

export interface PageTimers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: () => void): number;
  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): number;
}

export function createPageTimers(window: Window, signal: AbortSignal): PageTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const idles = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const id of timeouts) window.clearTimeout(id);
      for (const id of frames) window.cancelAnimationFrame(id);
      for (const id of idles) window.cancelIdleCallback(id);
      timeouts.clear();
      frames.clear();
      idles.clear();
    },
    { once: true },
  );
  return {
    setTimeout(handler, ms) {
      if (signal.aborted) return 0;
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        handler();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      timeouts.delete(id);
      window.clearTimeout(id);
    },
    requestAnimationFrame(callback) {
      if (signal.aborted) return 0;
      const id = window.requestAnimationFrame(() => {
        frames.delete(id);
        callback();
      });
      frames.add(id);
      return id;
    },
    requestIdleCallback(callback, options) {
      if (signal.aborted) return 0;
      const id = window.requestIdleCallback(() => {
        idles.delete(id);
        callback();
      }, options);
      idles.add(id);
      return id;
    },
  };
}
