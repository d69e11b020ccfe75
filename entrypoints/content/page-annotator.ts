// The page-facing core: scans text into marked mentions, keeps them in step with the page, and shows the tooltip
// for a mention from the pointer, the keyboard command or the popup. Reads the page; changes nothing in it.
import type { CostContext, CostContextRequest } from '@/lib/annotation/cost-context';
import { describeMention } from '@/lib/annotation/describe-mention';
import { outsideArticleDate, type ArticleDate } from '@/lib/annotation/article-date';
import { detectPriceMentions, mayHoldAmount, type PriceMention } from '@/lib/detect';
import { DETECTOR_WARM_UP_STEPS } from '@/lib/detect/warm-up';
import type { LiveSnapshot } from '@/lib/live/live-data-state';
import { liveToday } from '@/lib/live/live-today';
import { costAt, margin } from '@/lib/economics';
import { isoDay } from '@/lib/format';
import type { PageMention, PageReport } from '@/lib/messages';
import type { Settings } from '@/lib/settings/schema';
import { createAnnouncer } from './announcer';
import { collectTextBlocks, rangeInBlock, type TextBlock } from './collect-text-blocks';
import { findArticleDate } from './find-article-date';
import { findRangeAt } from './hit-test';
import { trackHover } from './hover-tracker';
import { onEscape, stepIndex } from './keyboard-navigation';
import { createMentionMarker, type MarkedKind } from './mark-mentions';
import { createMarkedMentions, type MarkedMention } from './marked-mentions';
import { createRangeMeasurer, toLiveRange } from './live-range';
import { isInsideSkipped } from './page-rules';
import { runInSlices } from './scan-scheduler';
import { createTooltip } from './tooltip';
import { createUiHost } from './ui-host';
import { watchMutations } from './watch-mutations';

export const SCAN_START_MARK = 'miner-margin:scan-start';
export const SCAN_MEASURE = 'miner-margin:scan';
/** One measure per warm-up step before the first pass (compiling the detector's patterns; see lib/detect). */
export const WARM_UP_MEASURE = 'miner-margin:warm-up';

/** What the annotator needs from WXT's content-script context (timers stop when the extension reloads). */
export interface Scheduling {
  setTimeout(handler: () => void, ms: number): number;
  requestAnimationFrame(callback: () => void): number;
  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): number;
}

export interface PageAnnotatorOptions {
  window: Window;
  scheduling: Scheduling;
  settings: Settings;
  /** The number of marked Bitcoin price mentions changed (for the toolbar badge). */
  onPriceCount: (count: number) => void;
  openExplanation: () => void;
  /** The background's context for a price (the estimates table is not in the content script). */
  requestCostContext: (request: CostContextRequest) => Promise<CostContext | undefined>;
  onError: (error: unknown) => void;
}

export interface PageAnnotator {
  updateSettings(settings: Settings): void;
  /** The stored live-data snapshot (used for today's figures while fresh and switched on). */
  updateLiveSnapshot(snapshot: LiveSnapshot | null): void;
  report(): PageReport;
  step(direction: 1 | -1): boolean;
  reveal(index: number): boolean;
  /** Re-reads the article date and rescans everything (SPA navigation). */
  rescanAll(): void;
  stop(): void;
}

const CONTEXT_CHARS = 60;
/** Wait after a client-side navigation before re-reading the page, ms. */
const NAVIGATION_SETTLE_MS = 50;
/** The first pass starts when the page is idle, or after this long at the latest, ms. */
const FIRST_SCAN_TIMEOUT_MS = 1_000;
const BLOCKS_WITH_AMOUNTS = { mayHold: mayHoldAmount };
/** The article's own body; text outside it (tickers, rails) is read at today's date. */
const ARTICLE_BODY = 'article, [itemprop="articleBody"], main';

type MarkedFind = PriceMention & { kind: MarkedKind };
const isMarked = (found: PriceMention): found is MarkedFind => found.kind !== 'other';

function shownKinds(settings: Settings): Set<MarkedKind> {
  const kinds = new Set<MarkedKind>();
  if (settings.annotate.btcPrice) kinds.add('btc-price');
  if (settings.annotate.btcCost) kinds.add('btc-cost');
  if (settings.annotate.btcTarget) kinds.add('btc-target');
  return kinds;
}

function contextAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  return `${before}${text.slice(start, end)}${after}`.replace(/\s+/g, ' ').trim();
}

export function startPageAnnotator(options: PageAnnotatorOptions): PageAnnotator {
  const { window, scheduling } = options;
  const document = window.document;
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  let settings = options.settings;
  let liveSnapshot: LiveSnapshot | null = null;
  let kinds = shownKinds(settings);
  let articleDate: ArticleDate = findArticleDate(document, window.location);
  let active: MarkedMention | null = null;
  let cursor: number | null = null;
  let lastPriceCount = -1;

  const marker = createMentionMarker();
  marker.showKinds(kinds);
  const ui = createUiHost(document);
  const tooltip = createTooltip(ui.root, { onExplain: options.openExplanation });
  tooltip.setTheme(settings.display.theme);
  const announcer = createAnnouncer(ui.root);

  const guard =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!signal.aborted) run(...args);
      } catch (error) {
        options.onError(error);
      }
    };

  // ---- the set of marked mentions
  const measurer = createRangeMeasurer(document);
  const marked = createMarkedMentions(
    marker,
    () => kinds,
    () => window.innerHeight,
    measurer,
  );
  const priceCount = () => (kinds.has('btc-price') ? marked.count('btc-price') : 0);
  const reportCount = () => {
    const count = priceCount();
    if (count === lastPriceCount) return;
    lastPriceCount = count;
    options.onPriceCount(count);
  };

  // ---- scanning
  // Around an article, tickers show today's prices while related headlines are about the article's time. So text
  // outside the article's body is read at both dates: an amount plausible today is read at today's figures, one
  // plausible only at the article's date at the article's.
  // undefined: not looked up since the last full pass (a page without an article body is not queried per block).
  let articleBody: Element | null | undefined;
  const isOutsideArticle = (block: TextBlock): boolean => {
    if (articleBody === undefined || (articleBody && !articleBody.isConnected)) {
      articleBody = document.querySelector(ARTICLE_BODY);
    }
    return !!articleBody && !articleBody.contains(block.owner);
  };
  const dateOf = (mention: { outsideArticle: boolean }): ArticleDate =>
    mention.outsideArticle ? outsideArticleDate() : articleDate;

  /** The block's mentions of a marked kind, each with the date it is read at. */
  const detectInBlock = (block: TextBlock): { found: MarkedFind; outsideArticle: boolean }[] => {
    const atArticleDate = detectPriceMentions(block.text, { date: articleDate.date });
    const marked: { found: MarkedFind; outsideArticle: boolean }[] = [];
    if (!isOutsideArticle(block)) {
      for (const found of atArticleDate) if (isMarked(found)) marked.push({ found, outsideArticle: false });
      return marked;
    }
    const atToday = detectPriceMentions(block.text, { date: outsideArticleDate().date });
    atToday.forEach((found, index) => {
      const fallback = atArticleDate[index];
      if (isMarked(found)) marked.push({ found, outsideArticle: true });
      else if (fallback?.start === found.start && isMarked(fallback)) {
        marked.push({ found: fallback, outsideArticle: false });
      }
    });
    return marked;
  };

  const readBlock = (block: TextBlock) => {
    try {
      for (const { found, outsideArticle } of detectInBlock(block)) {
        const mapped = rangeInBlock(block, found.start, found.end);
        if (!mapped) continue;
        let context: string | undefined;
        marked.add({
          ...mapped,
          text: found.text,
          usd: found.usd,
          kind: found.kind,
          // Only the popup's list reads it: put together when asked.
          get context() {
            return (context ??= contextAround(block.text, found.start, found.end));
          },
          outsideArticle,
        });
      }
    } catch (error) {
      // One odd block (a hostile page, an edge case in detection) must not stop the rest of the pass.
      options.onError(error);
    }
  };

  const scanRoot = async (root: Element): Promise<boolean> => {
    if (!root.isConnected || isInsideSkipped(root)) return true;
    return runInSlices(collectTextBlocks(root, BLOCKS_WITH_AMOUNTS), readBlock, { signal });
  };

  const dropMentionsIn = (roots: Element[]) => {
    for (const mention of marked.all()) {
      const node = mention.range.startContainer;
      if (!node.isConnected || mention.range.collapsed || roots.some((root) => root.contains(node))) {
        marked.remove(mention);
      }
    }
  };

  const keepTooltipOnReplacement = (previous: MarkedMention | null) => {
    if (!previous || marked.has(previous)) return;
    // A live ticker re-rendered the hovered amount: follow it to the mention now over the same text node.
    const replacement = previous.nodes.flatMap((node) => marked.at(node))[0];
    if (replacement && kinds.has(replacement.kind)) show(replacement, false);
    else hide();
  };

  let queue: Promise<void> = Promise.resolve();
  let firstPassDone = false;
  const enqueueScan = (roots: Element[]) => {
    queue = queue
      .then(async () => {
        if (signal.aborted) return;
        const previous = active;
        dropMentionsIn(roots);
        for (const root of roots) if (!(await scanRoot(root))) return;
        marked.commit();
        keepTooltipOnReplacement(previous);
        reportCount();
      })
      .catch(options.onError);
    return queue;
  };

  /** Re-reads small blocks at once, outside the queue (duplicates from a scan in flight are skipped by add). */
  const rescanNow = (roots: Element[]) => {
    const previous = active;
    dropMentionsIn(roots);
    for (const root of roots) {
      if (!root.isConnected || isInsideSkipped(root)) continue;
      for (const block of collectTextBlocks(root, BLOCKS_WITH_AMOUNTS)) readBlock(block);
    }
    marked.commit();
    keepTooltipOnReplacement(previous);
    reportCount();
  };

  const fullScan = () => {
    articleBody = undefined;
    const first = !firstPassDone;
    if (first) performance.mark(SCAN_START_MARK);
    const done = enqueueScan([document.body ?? document.documentElement]);
    if (first) {
      firstPassDone = true;
      void done.then(() => {
        if (!signal.aborted) performance.measure(SCAN_MEASURE, SCAN_START_MARK);
      });
    }
  };

  /** Re-reads the article date; when it changed, everything is re-read with it. True when it did. */
  const refreshArticleDate = (): boolean => {
    const next = findArticleDate(document, window.location);
    if (next.date.getTime() === articleDate.date.getTime() && next.source === articleDate.source)
      return false;
    articleDate = next;
    hide();
    fullScan();
    return true;
  };

  // ---- the tooltip
  function show(mention: MarkedMention, fromKeyboard: boolean) {
    const description = describeMention(
      mention,
      dateOf(mention),
      settings,
      liveToday(liveSnapshot, settings),
    );
    // The tooltip follows the text while it is open: it gets a live Range of its own.
    const live = toLiveRange(mention.range);
    if (!live) return hide();
    active = mention;
    tooltip.show(live, description);
    if (fromKeyboard) announcer.announce(description.spoken);
    if (mention.kind === 'btc-cost') return;
    // The page's own quoted cost: its first btc-cost mention in the article, shown or not.
    const quoted = marked.all().find((other) => other.kind === 'btc-cost' && !other.outsideArticle);
    void options
      .requestCostContext({
        date: dateOf(mention).date.toISOString().slice(0, 10),
        priceUsd: mention.usd,
        costUsd: description.costUsd,
        costSource: description.costSource,
        regime: description.regime,
        articleCostUsd: quoted?.usd ?? null,
      })
      .then((context) => {
        if (context && active === mention) tooltip.showContext(context);
      }, options.onError);
  }
  function hide() {
    active = null;
    tooltip.hide();
  }

  const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reach = (mention: MarkedMention) => {
    const rect = measurer.boundingRect(mention.range);
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) {
      mention.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: reducedMotion() ? 'instant' : 'smooth',
      });
    }
    show(mention, true);
  };

  const step = (direction: 1 | -1): boolean => {
    const list = marked.inOrder();
    const current = active ? list.indexOf(active) : -1;
    cursor = stepIndex(current >= 0 ? current : cursor, direction, list.length);
    const mention = cursor === null ? undefined : list[cursor];
    if (!mention) return false;
    reach(mention);
    return true;
  };

  // ---- wiring
  const watcher = watchMutations(document.documentElement, {
    isOwnNode: (node) => node === ui.host,
    onDirty: guard((roots: Element[]) => {
      // A router that swaps <head> content (meta tags) may have changed the article's date.
      if (roots.some((root) => !document.body?.contains(root)) && refreshArticleDate()) return;
      void enqueueScan(roots);
    }),
    onTextChanged: guard(rescanNow),
    schedule: (flush) => void scheduling.requestIdleCallback(guard(flush), { timeout: 150 }),
  });

  trackHover<MarkedMention>({
    document,
    host: ui.host,
    signal,
    setTimeout: scheduling.setTimeout,
    requestAnimationFrame: scheduling.requestAnimationFrame,
    hitTest: (x, y) =>
      findRangeAt(
        document,
        x,
        y,
        (node) => marked.at(node).filter((mention) => kinds.has(mention.kind)),
        measurer.clientRects,
      ),
    delayMs: () => settings.display.hoverDelayMs,
    active: () => active,
    onEnter: guard((mention: MarkedMention) => show(mention, false)),
    onLeave: guard(hide),
  });

  let windowFrame = false;
  document.addEventListener(
    'scroll',
    () => {
      if (windowFrame) return;
      windowFrame = true;
      scheduling.requestAnimationFrame(
        guard(() => {
          windowFrame = false;
          marked.followViewport();
        }),
      );
    },
    { passive: true, capture: true, signal },
  );

  document.addEventListener(
    'keydown',
    onEscape(() => tooltip.isOpen, guard(hide)),
    { capture: true, signal },
  );

  // The first pass waits for idle time, after the page's own first layout and paint. Before it, each in an idle
  // task of its own, the detector's patterns are run once: their first run compiles them (tens of ms, whatever the
  // page's size), which would otherwise weigh on the pass's first slice. Each step is recorded as a measure.
  const warmUp = (step: number) => {
    const run = DETECTOR_WARM_UP_STEPS[step];
    if (!run) {
      scheduling.requestIdleCallback(guard(fullScan), { timeout: FIRST_SCAN_TIMEOUT_MS });
      return;
    }
    const started = performance.now();
    run();
    performance.measure(WARM_UP_MEASURE, { start: started, end: performance.now() });
    scheduling.requestIdleCallback(
      guard(() => warmUp(step + 1)),
      { timeout: FIRST_SCAN_TIMEOUT_MS },
    );
  };
  scheduling.requestIdleCallback(
    guard(() => warmUp(0)),
    { timeout: FIRST_SCAN_TIMEOUT_MS },
  );

  return {
    updateSettings: guard((next: Settings) => {
      settings = next;
      kinds = shownKinds(next);
      marker.showKinds(kinds);
      tooltip.setTheme(next.display.theme);
      if (active && !kinds.has(active.kind)) hide();
      else if (active) show(active, false);
      reportCount();
    }),
    updateLiveSnapshot: guard((snapshot: LiveSnapshot | null) => {
      liveSnapshot = snapshot;
      if (active) show(active, false);
    }),
    report(): PageReport {
      const list = marked.inOrder();
      const costOf = (mention: MarkedMention) => costAt(dateOf(mention).date, settings).usd;
      const pageMentions: PageMention[] = list.map((mention, index) => ({
        index,
        text: mention.text,
        usd: mention.usd,
        kind: mention.kind,
        margin: mention.kind === 'btc-cost' ? null : margin(mention.usd, costOf(mention)),
        context: mention.context,
      }));
      return {
        url: window.location.href,
        articleDate: isoDay(articleDate.date),
        dateSource: articleDate.source === 'outside-article' ? 'today' : articleDate.source,
        mentions: pageMentions,
      };
    },
    step: (direction) => {
      try {
        return !signal.aborted && step(direction);
      } catch (error) {
        options.onError(error);
        return false;
      }
    },
    reveal(index) {
      const mention = marked.inOrder()[index];
      if (!mention || signal.aborted) return false;
      cursor = index;
      reach(mention);
      return true;
    },
    rescanAll: guard(() => {
      // The navigation event comes as the URL changes, before the router has swapped the page: read after it.
      scheduling.setTimeout(
        guard(() => {
          if (!refreshArticleDate()) {
            hide();
            fullScan();
          }
        }),
        NAVIGATION_SETTLE_MS,
      );
    }),
    stop() {
      if (signal.aborted) return;
      lifetime.abort();
      watcher.disconnect();
      hide();
      for (const mention of marked.all()) marked.remove(mention);
      marker.clear();
      tooltip.destroy();
      ui.remove();
      options.onPriceCount(0);
    },
  };
}
