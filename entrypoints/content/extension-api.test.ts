import { afterEach, expect, test, vi } from 'vitest';

type ChromeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean;

const scope = globalThis as { chrome?: unknown; browser?: unknown };
const fakeBrowser = scope.browser;
afterEach(() => {
  vi.resetModules();
  delete scope.chrome;
  scope.browser = fakeBrowser;
});

test("in Chromium, a listener's promise answers through sendResponse, and removing it removes its wrapper", async () => {
  const listeners = new Set<ChromeListener>();
  delete scope.browser; // Chromium has no `browser` of its own
  scope.chrome = {
    runtime: {
      id: 'abc',
      onMessage: {
        addListener: (l: ChromeListener) => listeners.add(l),
        removeListener: (l: ChromeListener) => listeners.delete(l),
      },
    },
  };
  const { default: api } = await import('./extension-api');
  expect(api.runtime.id).toBe('abc');
  const listener = (message: unknown) => (message === 'ask' ? Promise.resolve('answer') : undefined);
  api.runtime.onMessage.addListener(listener);
  const [wrapper] = listeners;
  const responses: unknown[] = [];
  expect(wrapper!('other', {}, (response) => responses.push(response))).toBe(false);
  expect(wrapper!('ask', {}, (response) => responses.push(response))).toBe(true);
  await Promise.resolve();
  await Promise.resolve();
  expect(responses).toEqual(['answer']);
  api.runtime.onMessage.removeListener(listener);
  expect(listeners.size).toBe(0);
});
