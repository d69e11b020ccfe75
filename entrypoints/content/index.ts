// Content script, first stage (./second-stage.ts): on every matched page and frame it checks whether the page holds
// a candidate amount; only then are the settings read and, on an enabled site, the annotator loaded and started.
// Thin wiring of settings, messages and lifetime around it.
import { browser } from 'wxt/browser';
import type { CostContext } from '@/lib/annotation/cost-context';
import type { ToBackgroundMessage, ToContentMessage } from '@/lib/messages';
import { DEFAULT_SITES, type Settings } from '@/lib/settings/schema';
import { enabledSiteFor, hostnameOfUrl } from '@/lib/settings/sites';
import { describeError } from '@/lib/problems/tab-problems';
import './highlights.css';
import { holdsCandidateAmount, watchForCandidateAmount } from './candidate-amount';
import { isFirstCopy, type FirstStageContext } from './content-script-context';
import { supportsHighlights } from './marks/mark-mentions';
import type { PageAnnotator } from './page-annotator';
import { ANNOTATOR_LOAD_MEASURE, FIRST_LOOK_MARK, SCAN_MEASURE, SCAN_START_MARK } from './performance-marks';
import { loadSecondStage, type SecondStage } from './second-stage';
import { readSettings } from '@/lib/settings/read-settings';
import {
  LIVE_DATA_STORAGE_KEY as LIVE_DATA_KEY,
  SETTINGS_STORAGE_KEY as SETTINGS_KEY,
} from '@/lib/storage-keys';

const send = (message: ToBackgroundMessage) => browser.runtime.sendMessage(message).catch(() => undefined);

/** Errors are never silent: logged, and counted for this tab by the background (the popup shows them). */
function reportError(error: unknown): void {
  console.warn('Miner Margin:', error);
  void send({ type: 'page-error', message: describeError(error) });
}

/**
 * The page's host; an about:srcdoc or about:blank frame has none of its own and goes by its origin (the parent's).
 * Read from `document.URL`, not `location`: the first read of `location` in the content script's world builds its
 * object, which every page paid for (a profile of a page without an amount put 4 % of the first stage's samples there).
 */
function pageHostname(): string {
  return hostnameOfUrl(document.URL) || (window.origin === 'null' ? '' : hostnameOfUrl(window.origin));
}

/** Frames mark their own text; the top frame alone answers the popup and the keyboard command. */
const isTopFrame = window === window.top;

function run(ctx: FirstStageContext): void {
  let settings: Settings | null = null;
  let liveData: unknown = null;
  /** A change of the live data came since its read began: the change is the newer value. */
  let liveDataChanged = false;
  let liveDataRead: Promise<void> | null = null;
  /** Only the annotator uses the live data: read when it first loads, not on every page (one storage call less). */
  const readLiveData = () =>
    (liveDataRead ??= browser.storage.local.get(LIVE_DATA_KEY).then((local) => {
      if (!liveDataChanged) liveData = local[LIVE_DATA_KEY];
    }, reportError));
  let annotator: PageAnnotator | null = null;
  let secondStage: SecondStage | null = null;
  /** Set while the second stage loads; the annotator starts with the settings of when it has loaded. */
  let starting: Promise<PageAnnotator | null> | null = null;
  let stopWatching: (() => void) | null = null;
  let looked = false;
  /** The page has held a candidate amount: the annotator starts whenever the site is (or becomes) enabled. */
  let candidateSeen = false;
  let settingsRead: Promise<void> | null = null;
  let followingNavigation = false;
  let loadMeasured = false;

  const isEnabled = () => settings !== null && enabledSiteFor(pageHostname(), settings.sites) !== undefined;

  const startAnnotator = (stage: SecondStage): PageAnnotator | null => {
    secondStage = stage;
    if (ctx.isInvalid || !settings || !isEnabled()) return null;
    // The annotator watches the page itself from here on.
    stopWatching?.();
    stopWatching = null;
    if (looked && !loadMeasured) {
      loadMeasured = true;
      try {
        performance.measure(ANNOTATOR_LOAD_MEASURE, FIRST_LOOK_MARK);
      } catch {
        // The page cleared the mark meanwhile: nothing to measure from.
      }
    }
    annotator ??= stage.startPageAnnotator({
      window,
      settings,
      onPriceCount: (count) => void (isTopFrame && send({ type: 'mention-count', count })),
      openExplanation: () => void send({ type: 'open-explanation' }),
      requestCostContext: (request) =>
        send({ type: 'cost-context', request }) as Promise<CostContext | undefined>,
      onError: reportError,
    });
    annotator.updateLiveSnapshot(stage.storedSnapshot(liveData));
    // WXT watches the address with a 1 s timer once this is listened to: only where there is something to rescan.
    if (!followingNavigation) {
      followingNavigation = true;
      ctx.addEventListener(window, 'wxt:locationchange', () => annotator?.rescanAll());
    }
    return annotator;
  };

  /**
   * Loads the second stage (once) and starts the annotator, if the site is still enabled by then. A browser without
   * the Highlight API gets nothing to mark (asked here, not on every page: building `CSS.highlights` costs a page).
   */
  const annotate = (): Promise<PageAnnotator | null> => {
    if (annotator) return Promise.resolve(annotator);
    if (!supportsHighlights()) return Promise.resolve(null);
    starting ??= Promise.all([loadSecondStage(send, (file) => browser.runtime.getURL(file)), readLiveData()])
      .then(([stage]) => startAnnotator(stage))
      .catch((error: unknown) => {
        reportError(error);
        return null;
      })
      .finally(() => {
        starting = null;
      });
    return starting;
  };

  /** The first stage's look at the page: the annotator where it holds a candidate amount, else a watch for one. */
  const lookAtPage = () => {
    const root = document.body ?? document.documentElement;
    const first = !looked;
    looked = true;
    if (first) performance.mark(FIRST_LOOK_MARK);
    const shadowRoots: ShadowRoot[] = [];
    if (holdsCandidateAmount(root, shadowRoots)) {
      onCandidate();
      return;
    }
    // Nothing to read: this look was the page's first pass (tests and the bench wait for its measure). No count is
    // sent: the background clears a tab's count when it navigates.
    if (first) {
      performance.mark(SCAN_START_MARK);
      performance.measure(SCAN_MEASURE, FIRST_LOOK_MARK);
    }
    stopWatching ??= watchForCandidateAmount(
      document.documentElement,
      () => {
        stopWatching = null;
        onCandidate();
      },
      shadowRoots,
    );
  };

  const stopAll = () => {
    stopWatching?.();
    stopWatching = null;
    annotator?.stop();
    annotator = null;
  };

  const apply = (next: Settings) => {
    if (ctx.isInvalid) return;
    settings = next;
    if (!isEnabled()) {
      stopAll();
      // Tells the background this tab has nothing marked (its badge then shows whether the site is paused).
      if (isTopFrame) void send({ type: 'mention-count', count: 0 });
      return;
    }
    if (annotator) annotator.updateSettings(next);
    else if (candidateSeen) void annotate();
    else if (!stopWatching) lookAtPage();
  };

  /**
   * The settings, read once, when first needed: a page without a candidate amount never asks (the storage call and
   * its listener cost every page). Changes are followed from then on; one that comes before the read answers is
   * the newer value.
   */
  const readSettingsOnce = (): Promise<void> =>
    (settingsRead ??= (() => {
      browser.storage.onChanged.addListener(onStorageChange);
      return browser.storage.sync.get(SETTINGS_KEY).then((stored) => {
        if (settings === null) apply(readSettings(stored[SETTINGS_KEY]));
      }, reportError);
    })());

  function onCandidate(): void {
    candidateSeen = true;
    if (settings === null) void readSettingsOnce();
    else if (isEnabled()) void annotate();
  }

  const onMessage = (message: ToContentMessage) => {
    if (ctx.isInvalid) return undefined;
    switch (message.type) {
      case 'get-page-report':
        // A page with nothing to mark still has a date and an empty list: the popup's question loads the annotator.
        return readSettingsOnce().then(() =>
          !annotator && !isEnabled() ? null : annotate().then((started) => started?.report() ?? null),
        );
      case 'step-mention':
        return Promise.resolve(annotator?.step(message.direction) ?? false);
      case 'reveal-mention':
        return Promise.resolve(annotator?.reveal(message.index) ?? false);
      case 'get-location':
        return Promise.resolve(window.location.href);
      default:
        return undefined;
    }
  };
  // Only the top frame answers; a frame does not register (each listener costs the page the event's set-up).
  if (isTopFrame) browser.runtime.onMessage.addListener(onMessage);

  function onStorageChange(changes: Record<string, { newValue?: unknown }>, area: string): void {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) apply(readSettings(change.newValue));
    const live = changes[LIVE_DATA_KEY];
    if (area === 'local' && live) {
      liveDataChanged = true;
      liveData = live.newValue;
      if (annotator && secondStage) annotator.updateLiveSnapshot(secondStage.storedSnapshot(liveData));
    }
  }
  ctx.onInvalidated(() => {
    if (settingsRead) browser.storage.onChanged.removeListener(onStorageChange);
    if (isTopFrame) browser.runtime.onMessage.removeListener(onMessage);
    stopAll();
  });
  lookAtPage();
}

export default defineContentScript({
  // Built-in sites; user-added sites get this same file registered at run time (entrypoints/background).
  matches: DEFAULT_SITES.flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]),
  runAt: 'document_idle',
  // Same-origin frames of an enabled site (live blogs, embedded posts): their own document is read too, and
  // about:srcdoc / about:blank frames, which match by their parent's URL.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // highlights.css goes into the manifest: applied with the page's first style pass, not as a late restyle.
  cssInjectionMode: 'manifest',
  // WXT's own context tells an older copy of this script to stop with a DOM event, and without this also posts a
  // message to the page's window, which every page's own message listeners would receive on every load. The build
  // replaces that context (./content-script-context.ts); kept should the replacement go.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      if (isFirstCopy()) run(ctx);
    } catch (error) {
      reportError(error);
    }
  },
});
