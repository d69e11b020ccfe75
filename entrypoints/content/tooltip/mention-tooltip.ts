// The "show" stage: the tooltip for one mark, from the pointer, the keyboard command or the popup. Nothing is set
// up until there is something to show: the UI host, the tooltip and the announcer come with the first show, and
// hover tracking with the first mark.
import type { CostContext } from '@/lib/annotation/cost-context';
import type { MentionDescription } from '@/lib/annotation/describe-mention';
import type { PageTimers } from '../page-timers';
import { toLiveRange } from '../marks/live-range';
import { createAnnouncer, type Announcer } from './announcer';
import { findRangeAt } from './hit-test';
import { trackHover } from './hover-tracker';
import { onEscape } from './keyboard-navigation';
import { createTooltip, type Tooltip } from './tooltip';
import { createUiHost, type UiHost } from './ui-host';

/**
 * How long a tooltip waits for its cost context before it opens without it. Opened at once and grown when the
 * context came, it moved its own link away from a pointer on its way there; the background answers within a few
 * milliseconds when it is awake, and a waking service worker can take longer (then the lines are added as they come).
 */
export const CONTEXT_WAIT_MS = 150;

export interface MentionTooltipOptions<M extends { range: AbstractRange }> {
  document: Document;
  signal: AbortSignal;
  timers: PageTimers;
  /** Marks (of the shown kinds) touching a text node: the hover's candidates. */
  marksAt: (node: Node) => readonly M[];
  clientRects: (range: AbstractRange) => Iterable<DOMRectReadOnly>;
  /** Open shadow roots holding marks, for the caret position inside them. */
  shadowRoots: () => ShadowRoot[];
  describe: (mention: M) => MentionDescription;
  /** More for the tooltip, from the background (the cost context), or null; the tooltip waits for it a little. */
  contextFor: (mention: M, description: MentionDescription) => Promise<CostContext | undefined> | null;
  onError: (error: unknown) => void;
  hoverDelayMs: () => number;
  theme: () => 'auto' | 'light' | 'dark';
  openExplanation: () => void;
  /** Wraps event handlers (errors reported, nothing run after stop). */
  guard: <A extends unknown[]>(run: (...args: A) => void) => (...args: A) => void;
}

export interface MentionTooltip<M> {
  /** Starts following the pointer (called once there is a mark to hover). */
  watchHover(): void;
  show(mention: M, fromKeyboard: boolean): void;
  hide(): void;
  /** The mention whose tooltip is open. */
  readonly active: M | null;
  setTheme(theme: 'auto' | 'light' | 'dark'): void;
  /** Shown when the UI host is this node (our own mutations are not the page's). */
  isOwnNode(node: Node): boolean;
  destroy(): void;
}

export function createMentionTooltip<M extends { range: AbstractRange }>(
  options: MentionTooltipOptions<M>,
): MentionTooltip<M> {
  const { document, signal, guard } = options;
  let parts: { ui: UiHost; tooltip: Tooltip; announcer: Announcer } | null = null;
  let active: M | null = null;
  let hovering = false;

  const open = () => {
    if (parts) return parts;
    const ui = createUiHost(document);
    const tooltip = createTooltip(ui.root, { onExplain: options.openExplanation });
    tooltip.setTheme(options.theme());
    const announcer = createAnnouncer(ui.root);
    document.addEventListener(
      'keydown',
      onEscape(() => tooltip.isOpen, guard(hide)),
      { capture: true, signal },
    );
    return (parts = { ui, tooltip, announcer });
  };

  function hide() {
    active = null;
    parts?.tooltip.hide();
  }

  /** Counts shows: a context that comes after another show (or a hide and a show again) is not this one's. */
  let shows = 0;

  function show(mention: M, fromKeyboard: boolean) {
    const description = options.describe(mention);
    // The tooltip follows the text while it is open: it gets a live Range of its own.
    const live = toLiveRange(mention.range);
    if (!live) return hide();
    active = mention;
    const thisShow = ++shows;
    const isCurrent = () => thisShow === shows && active === mention && !signal.aborted;
    let opened = false;
    const reveal = (context?: CostContext) => {
      if (opened || !isCurrent()) return;
      opened = true;
      const { ui, tooltip, announcer } = open();
      ui.raise();
      tooltip.show(live, description);
      if (context) tooltip.showContext(context);
      if (fromKeyboard) announcer.announce(description.spoken);
    };
    const pending = options.contextFor(mention, description);
    if (!pending) return reveal();
    const late = options.timers.setTimeout(reveal, CONTEXT_WAIT_MS);
    pending.then(
      (context) => {
        options.timers.clearTimeout(late);
        if (!opened) reveal(context);
        else if (context && isCurrent()) parts?.tooltip.showContext(context);
      },
      (error: unknown) => {
        options.timers.clearTimeout(late);
        reveal();
        options.onError(error);
      },
    );
  }

  return {
    watchHover() {
      if (hovering) return;
      hovering = true;
      trackHover<M>({
        document,
        isHost: (target) => !!parts && target === parts.ui.host,
        signal,
        setTimeout: options.timers.setTimeout,
        clearTimeout: options.timers.clearTimeout,
        requestAnimationFrame: options.timers.requestAnimationFrame,
        hitTest: (x, y) =>
          findRangeAt(document, x, y, options.marksAt, options.clientRects, options.shadowRoots()),
        delayMs: options.hoverDelayMs,
        active: () => active,
        onEnter: guard((mention: M) => show(mention, false)),
        onLeave: guard(hide),
      });
    },
    show,
    hide,
    get active() {
      return active;
    },
    setTheme: (theme) => parts?.tooltip.setTheme(theme),
    isOwnNode: (node) => !!parts && node === parts.ui.host,
    destroy() {
      hide();
      parts?.tooltip.destroy();
      parts?.ui.remove();
      parts = null;
    },
  };
}
