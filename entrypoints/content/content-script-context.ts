// The content script's context: WXT's ContentScriptContext cut to what the first stage uses (wxt.config.ts aliases
// WXT's module to this file for the content script, as it does webextension-polyfill). WXT's constructor, which runs
// on every matched page before the script's main, told older copies of the script to stop (an event dispatched on
// the page's document, and a listener for newer ones) and set up an AbortController and a location watcher: a third
// of the script's evaluation task (thread CPU on the bench's article without an amount, 40 alternated loads: 1.40 ms
// with WXT's, 0.97 ms without). Two copies of the script in one frame (a user-added site inside another site) are
// kept apart by `isFirstCopy` instead.
import { browser } from 'wxt/browser';

/** What index.ts uses of a content script's context (WXT's own class fits it too). */
export interface FirstStageContext {
  /** True once the extension is reloaded or removed under the page (its runtime id is gone). */
  readonly isInvalid: boolean;
  /** Calls `callback` once, when the context is found invalid. */
  onInvalidated(callback: () => void): void;
  /** Calls `listener` when the page's address changes without a new document (a client-side navigation). */
  addEventListener(target: Window, type: 'wxt:locationchange', listener: () => void): void;
}

const FIRST_COPY_KEY = 'minerMarginFirstStage';

/** False for a second copy of the content script in the same frame (the first one already runs there). */
export function isFirstCopy(): boolean {
  const scope = globalThis as Record<string, unknown>;
  if (scope[FIRST_COPY_KEY]) return false;
  scope[FIRST_COPY_KEY] = true;
  return true;
}

export class ContentScriptContext implements FirstStageContext {
  #invalid = false;
  #onInvalidated: (() => void)[] = [];

  // WXT's entry calls `new ContentScriptContext(name, options)`; neither is needed here.
  constructor(..._: unknown[]) {}

  get isInvalid(): boolean {
    if (!this.#invalid && browser.runtime?.id == null) {
      this.#invalid = true;
      for (const callback of this.#onInvalidated.splice(0)) callback();
    }
    return this.#invalid;
  }

  onInvalidated(callback: () => void): void {
    if (this.#invalid) callback();
    else this.#onInvalidated.push(callback);
  }

  /** As WXT's location watcher: the Navigation API's navigate event where there is one, else a look every second. */
  addEventListener(target: Window, type: 'wxt:locationchange', listener: () => void): void {
    if (type !== 'wxt:locationchange' || this.isInvalid) return;
    let last = target.location.href;
    const onChange = (href: string) => {
      if (href === last || this.isInvalid) return;
      last = href;
      listener();
    };
    const navigation = (target as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      const onNavigate = (event: Event) =>
        onChange(new URL((event as Event & { destination: { url: string } }).destination.url).href);
      navigation.addEventListener('navigate', onNavigate);
      this.onInvalidated(() => navigation.removeEventListener('navigate', onNavigate));
    } else {
      const timer = target.setInterval(() => onChange(target.location.href), 1_000);
      this.onInvalidated(() => target.clearInterval(timer));
    }
  }
}
