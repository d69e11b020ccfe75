// The content script's `browser` (wxt.config.ts aliases webextension-polyfill to this file for the content script
// only). The polyfill built its wrappers of every API on every page, about 35 ms of each page's main thread before
// the script had read a word; the content script (and WXT's context) use a handful of calls. Firefox has
// `browser` natively; Chromium's `chrome` returns promises (MV3) except that an onMessage listener answers through
// sendResponse, which the wrapper below provides.
type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean;
interface ChromeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}
interface ExtensionApi {
  runtime: { id?: string; onMessage: ChromeEvent<Listener>; [key: string]: unknown };
  storage: unknown;
  [key: string]: unknown;
}
interface ChromeApi {
  runtime: { id?: string; onMessage: ChromeEvent<ChromeListener>; [key: string]: unknown };
  [key: string]: unknown;
}

function fromChrome(chrome: ChromeApi): ExtensionApi {
  const wrapped = new Map<Listener, ChromeListener>();
  const onMessage: ChromeEvent<Listener> = {
    addListener(listener) {
      const wrapper: ChromeListener = (message, sender, sendResponse) => {
        const result = listener(message, sender);
        if (!(result instanceof Promise)) return false;
        result.then(sendResponse, () => sendResponse(undefined));
        return true;
      };
      wrapped.set(listener, wrapper);
      chrome.runtime.onMessage.addListener(wrapper);
    },
    removeListener(listener) {
      const wrapper = wrapped.get(listener);
      if (wrapper) chrome.runtime.onMessage.removeListener(wrapper);
      wrapped.delete(listener);
    },
  };
  // runtime.id is read live: it goes away when the extension is reloaded (WXT's context checks it).
  const runtime = new Proxy(chrome.runtime, {
    get: (target, key) => (key === 'onMessage' ? onMessage : Reflect.get(target, key)),
  }) as unknown as ExtensionApi['runtime'];
  return new Proxy(chrome, {
    get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)),
  }) as unknown as ExtensionApi;
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ChromeApi };
const api: ExtensionApi =
  scope.browser?.runtime?.id !== undefined ? scope.browser : fromChrome(scope.chrome as ChromeApi);

export default api;
