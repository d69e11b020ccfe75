// Content script: thin wiring of settings, messages and lifetime around the page annotator.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CostContext } from '@/lib/annotation/cost-context';
import type { ToBackgroundMessage, ToContentMessage } from '@/lib/messages';
import { DEFAULT_SITES, type Settings } from '@/lib/settings/schema';
import { enabledSiteFor } from '@/lib/settings/sites';
import { storedSnapshot } from '@/lib/live/live-today';
import { describeError } from '@/lib/problems/tab-problems';
import './highlights.css';
import { supportsHighlights } from './marks/mark-mentions';
import { startPageAnnotator, type PageAnnotator } from './page-annotator';
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

/** The page's host; an about:srcdoc or about:blank frame has none of its own and goes by its origin (the parent's). */
function pageHostname(): string {
  if (window.location.hostname) return window.location.hostname;
  return window.origin === 'null' ? '' : new URL(window.origin).hostname;
}

/** Frames mark their own text; the top frame alone answers the popup and the keyboard command. */
const isTopFrame = window === window.top;

function run(ctx: ContentScriptContext): void {
  if (!supportsHighlights()) return;
  let annotator: PageAnnotator | null = null;
  let liveData: unknown = null;

  const apply = (settings: Settings) => {
    if (ctx.isInvalid) return;
    const enabled = enabledSiteFor(pageHostname(), settings.sites) !== undefined;
    if (!enabled) {
      annotator?.stop();
      annotator = null;
      // Tells the background this tab has nothing marked (its badge then shows whether the site is paused).
      void send({ type: 'mention-count', count: 0 });
      return;
    }
    if (annotator) {
      annotator.updateSettings(settings);
      return;
    }
    annotator = startPageAnnotator({
      window,
      settings,
      onPriceCount: (count) => void (isTopFrame && send({ type: 'mention-count', count })),
      openExplanation: () => void send({ type: 'open-explanation' }),
      requestCostContext: (request) =>
        send({ type: 'cost-context', request }) as Promise<CostContext | undefined>,
      onError: reportError,
    });
    annotator.updateLiveSnapshot(storedSnapshot(liveData));
  };

  const onMessage = (message: ToContentMessage) => {
    if (ctx.isInvalid || !isTopFrame) return undefined;
    switch (message.type) {
      case 'get-page-report':
        return Promise.resolve(annotator?.report() ?? null);
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
  browser.runtime.onMessage.addListener(onMessage);

  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) apply(readSettings(change.newValue));
    const live = changes[LIVE_DATA_KEY];
    if (area === 'local' && live) {
      liveData = live.newValue;
      annotator?.updateLiveSnapshot(storedSnapshot(liveData));
    }
  };
  browser.storage.onChanged.addListener(onStorageChange);
  const unwatch = () => browser.storage.onChanged.removeListener(onStorageChange);
  ctx.addEventListener(window, 'wxt:locationchange', () => annotator?.rescanAll());
  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    annotator?.stop();
    annotator = null;
  });
  Promise.all([browser.storage.sync.get(SETTINGS_KEY), browser.storage.local.get(LIVE_DATA_KEY)]).then(
    ([stored, local]) => {
      liveData = local[LIVE_DATA_KEY];
      apply(readSettings(stored[SETTINGS_KEY]));
    },
    reportError,
  );
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
  main(ctx) {
    try {
      run(ctx);
    } catch (error) {
      reportError(error);
    }
  },
});
