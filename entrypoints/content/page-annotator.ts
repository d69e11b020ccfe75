// The orchestrator: hands a block from scan/ to classify-block (lib/detect) to marks/, and a mark from the pointer,
// the keyboard command or the popup to lib/annotation and tooltip/. Reads the page; changes nothing in it. Nothing
// costly happens before a block holds a candidate amount: no article date, no pattern compiled, no tooltip.
import type { CostContext, CostContextRequest } from '@/lib/annotation/cost-context';
import { describeMention } from '@/lib/annotation/describe-mention';
import { outsideArticleDate, type ArticleDate } from '@/lib/annotation/article-date';
import { detectionPreparationSteps } from '@/lib/detect';
import type { LiveSnapshot } from '@/lib/live/live-data-state';
import { liveToday } from '@/lib/live/live-today';
import { costAt, margin } from '@/lib/economics';
import { isoDay } from '@/lib/format';
import type { PageMention, PageReport } from '@/lib/messages';
import type { Settings } from '@/lib/settings/schema';
import { createBlockClassifier } from './classify-block';
import { createMentionMarker, type MarkedKind } from './marks/mark-mentions';
import { createMarkedMentions, type MarkedMention } from './marks/marked-mentions';
import { createRangeMeasurer } from './marks/live-range';
import { createPageTimers } from './page-timers';
import { rangeInBlock, type TextBlock } from './scan/collect-text-blocks';
import { findArticleDate } from './scan/find-article-date';
import { startPageScan } from './scan/page-scan';
import { stepIndex } from './tooltip/keyboard-navigation';
import { createMentionTooltip } from './tooltip/mention-tooltip';

export interface PageAnnotatorOptions {
  window: Window;
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
  const { window } = options;
  const document = window.document;
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const timers = createPageTimers(window, signal);
  let settings = options.settings;
  let liveSnapshot: LiveSnapshot | null = null;
  let kinds = shownKinds(settings);
  // Looked up when a block first holds a candidate amount.
  let articleDate: ArticleDate | null = null;
  const currentArticleDate = () => (articleDate ??= findArticleDate(document, window.location));
  let cursor: number | null = null;
  let lastPriceCount = -1;

  const guard =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!signal.aborted) run(...args);
      } catch (error) {
        options.onError(error);
      }
    };

  // ---- mark: the set of marked mentions (the highlights are registered with the first mark)
  const marker = createMentionMarker();
  let markerShown = false;
  const measurer = createRangeMeasurer(document);
  const marked = createMarkedMentions(
    marker,
    () => kinds,
    () => window.innerHeight,
    measurer,
  );
  const dateOf = (mention: { outsideArticle: boolean }): ArticleDate =>
    mention.outsideArticle ? outsideArticleDate() : currentArticleDate();

  // ---- show
  const tooltip = createMentionTooltip<MarkedMention>({
    document,
    signal,
    timers,
    guard,
    marksAt: (node) => marked.at(node).filter((mention) => kinds.has(mention.kind)),
    clientRects: measurer.clientRects,
    shadowRoots: marked.shadowRoots,
    describe: (mention) =>
      describeMention(mention, dateOf(mention), settings, liveToday(liveSnapshot, settings)),
    contextFor: (mention, description) => {
      if (mention.kind === 'btc-cost') return null;
      // The page's own quoted cost: its first btc-cost mention in the article, shown or not.
      const quoted = marked.all().find((other) => other.kind === 'btc-cost' && !other.outsideArticle);
      return options.requestCostContext({
        date: dateOf(mention).date.toISOString().slice(0, 10),
        priceUsd: mention.usd,
        costUsd: description.costUsd,
        costSource: description.costSource,
        regime: description.regime,
        articleCostUsd: quoted?.usd ?? null,
      });
    },
    onError: options.onError,
    hoverDelayMs: () => settings.display.hoverDelayMs,
    theme: () => settings.display.theme,
    openExplanation: options.openExplanation,
  });

  let followingScroll = false;
  const followScroll = () => {
    if (followingScroll) return;
    followingScroll = true;
    let frame = false;
    document.addEventListener(
      'scroll',
      () => {
        if (frame) return;
        frame = true;
        timers.requestAnimationFrame(
          guard(() => {
            frame = false;
            marked.followViewport();
          }),
        );
      },
      { passive: true, capture: true, signal },
    );
  };

  const reportCount = () => {
    const count = kinds.has('btc-price') ? marked.count('btc-price') : 0;
    if (count === lastPriceCount) return;
    lastPriceCount = count;
    options.onPriceCount(count);
  };

  /** Hands found mentions to the highlights; the first time, the highlights, hover and scroll watch start. */
  const showMarks = () => {
    if (marked.size === 0 && !markerShown) return;
    if (!markerShown) {
      markerShown = true;
      marker.showKinds(kinds);
      tooltip.watchHover();
      followScroll();
    }
    marked.commit();
  };

  // ---- find text → classify → mark
  const classifier = createBlockClassifier(document, currentArticleDate);
  const readBlock = (block: TextBlock) => {
    try {
      // A mention keeps the block's text, never the block: the block holds its text nodes (block.nodes()), and
      // every node a content script holds keeps an entry in its world's wrapper table (Blink keeps an isolated
      // world's wrappers in a hash map; the page's own world keeps them in the node). Kept for thousands of
      // mentions, a 5 MB page's nodes grew that table to 8 MB, and each doubling was one step inside a DOM call
      // of the pass, up to 37-55 ms of thread time (issue 13; test/e2e/content-large-page.e2e.test.ts).
      const blockText = block.text;
      for (const { found, outsideArticle } of classifier.classify(block)) {
        const mapped = rangeInBlock(block, found.start, found.end);
        if (!mapped) continue;
        let context: string | undefined;
        let range: StaticRange | undefined;
        const { bounds } = mapped;
        marked.add({
          bounds,
          nodes: mapped.nodes,
          get range() {
            return (range ??= new StaticRange(bounds));
          },
          text: found.text,
          usd: found.usd,
          kind: found.kind,
          // Only the popup's list reads it: put together when asked.
          get context() {
            return (context ??= contextAround(blockText, found.start, found.end));
          },
          outsideArticle,
        });
      }
    } catch (error) {
      // One odd block (a hostile page, an edge case in detection) must not stop the rest of the pass.
      options.onError(error);
    }
  };

  const keepTooltipOnReplacement = (previous: MarkedMention | null) => {
    if (!previous || marked.has(previous)) return;
    // A live ticker re-rendered the hovered amount: follow it to the mention now over the same text node.
    const replacement = previous.nodes.flatMap((node) => marked.at(node))[0];
    if (replacement && kinds.has(replacement.kind)) tooltip.show(replacement, false);
    else tooltip.hide();
  };

  /**
   * What the first block holding an amount would pay for, run before the first pass (scan/page-scan.ts) and, when a
   * later pass still needs some of it, by that pass before its first block: the detector's patterns and the article's
   * date (once a page), the article's body (once a full pass).
   */
  let detectorPrepared = false;
  const preparationSteps = (): (() => void)[] => {
    const steps: (() => void)[] = [];
    if (!detectorPrepared) {
      detectorPrepared = true;
      steps.push(...detectionPreparationSteps());
    }
    if (articleDate === null) steps.push(() => void currentArticleDate());
    if (classifier.needsArticleBody) steps.push(() => classifier.findArticleBodyIfNeeded());
    // As in readBlock: an odd page must not stop the pass (a failed step is paid again by the first block).
    return steps.map((step) => () => {
      try {
        step();
      } catch (error) {
        options.onError(error);
      }
    });
  };

  /** Re-reads the article date (when it was ever needed); when it changed, everything is re-read. True when so. */
  const refreshArticleDate = (): boolean => {
    if (articleDate === null) return false;
    const next = findArticleDate(document, window.location);
    if (next.date.getTime() === articleDate.date.getTime() && next.source === articleDate.source)
      return false;
    articleDate = next;
    tooltip.hide();
    scan.fullScan();
    return true;
  };

  const reach = (mention: MarkedMention) => {
    const rect = measurer.boundingRect(mention.range);
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight)) {
      const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      mention.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: reducedMotion ? 'instant' : 'smooth',
      });
    }
    tooltip.show(mention, true);
  };

  const step = (direction: 1 | -1): boolean => {
    const list = marked.inOrder();
    const active = tooltip.active;
    const current = active ? list.indexOf(active) : -1;
    cursor = stepIndex(current >= 0 ? current : cursor, direction, list.length);
    const mention = cursor === null ? undefined : list[cursor];
    if (!mention) return false;
    reach(mention);
    return true;
  };

  // ---- the passes over the page
  const scan = startPageScan({
    window,
    signal,
    timers,
    guard,
    onError: options.onError,
    readBlock,
    preparationSteps,
    beginRead: (roots) => {
      const previous = tooltip.active;
      marked.removeWithin(roots);
      return () => {
        showMarks();
        keepTooltipOnReplacement(previous);
        reportCount();
      };
    },
    endRun: marked.endRun,
    show: showMarks,
    // The first pass reads with the body its preparation found; later ones look it up again (the page changed).
    onRepeatPass: () => classifier.forgetArticleBody(),
    onHeadChanged: () => refreshArticleDate(),
    isOwnNode: (node) => tooltip.isOwnNode(node),
  });

  return {
    updateSettings: guard((next: Settings) => {
      settings = next;
      kinds = shownKinds(next);
      if (markerShown) marker.showKinds(kinds);
      tooltip.setTheme(next.display.theme);
      const active = tooltip.active;
      if (active && !kinds.has(active.kind)) tooltip.hide();
      else if (active) tooltip.show(active, false);
      reportCount();
    }),
    updateLiveSnapshot: guard((snapshot: LiveSnapshot | null) => {
      liveSnapshot = snapshot;
      const active = tooltip.active;
      if (active) tooltip.show(active, false);
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
      const date = currentArticleDate();
      return {
        url: window.location.href,
        articleDate: isoDay(date.date),
        dateSource: date.source === 'outside-article' ? 'today' : date.source,
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
      timers.setTimeout(
        guard(() => {
          if (!refreshArticleDate()) {
            tooltip.hide();
            scan.fullScan();
          }
        }),
        NAVIGATION_SETTLE_MS,
      );
    }),
    stop() {
      if (signal.aborted) return;
      lifetime.abort();
      scan.stop();
      for (const mention of marked.all()) marked.remove(mention);
      marker.clear();
      tooltip.destroy();
      options.onPriceCount(0);
    },
  };
}
