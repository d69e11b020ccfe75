// The browser-agnostic surface e2e scenarios are written against: one scenario, Chromium (Playwright) or
// Firefox ESR (puppeteer-core over WebDriver BiDi). Only what the scenarios need; reach for the driver otherwise.

export type BrowserName = 'chromium' | 'firefox';

/** Extension pages a scenario can open as a tab. */
export type ExtensionPagePath = 'popup.html' | 'options.html' | 'welcome.html';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A DOM node as a test reads it, closed shadow roots included (their content comes first among children). */
export interface DomNode {
  nodeType: number;
  /** Lower-case tag name for elements, else `#text`, `#document-fragment`… */
  name: string;
  /** Text of text nodes, else null. */
  value: string | null;
  attributes: Record<string, string>;
  children: DomNode[];
}

export interface E2EPage {
  readonly browser: BrowserName;
  /** Navigates this tab to a web URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** `location.href` as the page itself reports it. */
  url(): Promise<string>;
  /** Runs `fn` in the page (main world for web pages) and returns its serialisable result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it is truthy; false when it never was within `timeoutMs`. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<boolean>;
  /** Moves the mouse from a little below-left of (x, y) to (x, y) in steps, as a user reaching a word does. */
  hover(x: number, y: number): Promise<void>;
  /** Clicks the first element matching a CSS selector with the mouse (a real user gesture). */
  click(selector: string): Promise<void>;
  /** Focuses the first element matching a CSS selector and types `text` key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Clicks at viewport coordinates with the mouse (a real user gesture). */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses a key (`Escape`, `ArrowDown`, `Alt+Shift+M`…) on the focused element. */
  press(key: string): Promise<void>;
  /** PNG of the viewport, or of `clip` (viewport coordinates); also written to `path` when given. */
  screenshot(options?: { path?: string; clip?: Rect }): Promise<Buffer>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the active tab of its window (what `tabs.query({ active: true })` then returns). */
  bringToFront(): Promise<void>;
  /**
   * Every element named `tag` with its subtree, piercing closed shadow roots the way DevTools and assistive
   * technology do (CDP in Chromium, WebDriver BiDi `includeShadowTree: "all"` in Firefox). Page scripts can't.
   */
  piercingTree(tag: string): Promise<DomNode[]>;
  /**
   * The page's JavaScript heap in use after a forced garbage collection, bytes (every world of the page, content
   * scripts included); null where the driver cannot collect garbage (Firefox over WebDriver BiDi).
   */
  heapUsedAfterGc(): Promise<number | null>;
  /** Uncaught page errors seen so far. */
  readonly errors: readonly string[];
  /** URLs of the requests this page made so far. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** A new tab at a web URL (news hosts resolve to 127.0.0.1). */
  openPage(url: string): Promise<E2EPage>;
  /** A new tab showing one of the extension's pages (popup or options, opened as a tab). */
  openExtensionPage(path: ExtensionPagePath): Promise<E2EPage>;
  /**
   * Sends `message` with `tabs.sendMessage` from an extension page to the content script of `page`'s tab (brought
   * to the front first), exactly as the popup and the keyboard command do; resolves with the answer.
   */
  sendToTab(page: E2EPage, message: unknown): Promise<unknown>;
  /**
   * Runs `fn` in an extension page (options.html, kept open) with `browser`/`chrome` APIs, after bringing `page`'s
   * tab to the front when given (so `tabs.query({ active: true, lastFocusedWindow: true })` finds it).
   */
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A, page?: E2EPage): Promise<R>;
  /** Resolves when the browser goes away (a user closed a headed window, or close()). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

export interface E2ELaunchOptions {
  headless?: boolean;
  /** Extra host names to resolve to 127.0.0.1 (Chromium needs each listed; Firefox resolves every host). */
  hosts?: string[];
  /** Another build of the extension (a folder with manifest.json) than the one the global setup built. */
  extensionPath?: string;
  /** Accept the fixture server's self-signed certificate (HSTS-preloaded hosts). */
  acceptInsecureCerts?: boolean;
}
