// Pointer hover over marked ranges: a passive listener, hit-tested once per animation frame, shows after the
// hover delay and hides after a short grace period (time to move into the tooltip and click its link).

/** Time to move from a mention into the tooltip before it hides, ms. */
export const HIDE_GRACE_MS = 300;

export interface HoverTrackerOptions<T> {
  document: Document;
  /** Whether an event target is our UI host: the pointer over it is over the tooltip. */
  isHost: (target: EventTarget | null) => boolean;
  signal: AbortSignal;
  setTimeout: (handler: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  requestAnimationFrame: (callback: () => void) => number;
  hitTest: (x: number, y: number) => T | null;
  delayMs: () => number;
  /** The mention whose tooltip is open, if any. */
  active: () => T | null;
  onEnter: (mention: T) => void;
  onLeave: () => void;
}

export function trackHover<T>(options: HoverTrackerOptions<T>): void {
  const { document, signal } = options;
  let frameRequested = false;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let pending: { mention: T; timer: number } | null = null;
  let hideTimer: number | null = null;

  const cancelHide = () => {
    if (hideTimer !== null) options.clearTimeout(hideTimer);
    hideTimer = null;
  };
  const cancelPending = () => {
    if (pending) options.clearTimeout(pending.timer);
    pending = null;
  };
  const scheduleHide = () => {
    if (hideTimer !== null || options.active() === null) return;
    hideTimer = options.setTimeout(() => {
      hideTimer = null;
      if (!signal.aborted) options.onLeave();
    }, HIDE_GRACE_MS);
  };

  const evaluate = () => {
    frameRequested = false;
    if (!last || signal.aborted) return;
    if (options.isHost(last.target)) {
      cancelPending();
      cancelHide();
      return;
    }
    const hit = options.hitTest(last.x, last.y);
    if (hit === null) {
      cancelPending();
      scheduleHide();
      return;
    }
    cancelHide();
    if (hit === options.active() || pending?.mention === hit) return;
    cancelPending();
    const timer = options.setTimeout(() => {
      pending = null;
      if (!signal.aborted) options.onEnter(hit);
    }, options.delayMs());
    pending = { mention: hit, timer };
  };

  document.addEventListener(
    'pointermove',
    (event) => {
      last = { x: event.clientX, y: event.clientY, target: event.target };
      if (frameRequested) return;
      frameRequested = true;
      options.requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true, signal },
  );
  document.documentElement.addEventListener(
    'pointerleave',
    () => {
      last = null;
      cancelPending();
      scheduleHide();
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelPending();
    cancelHide();
  });
}
