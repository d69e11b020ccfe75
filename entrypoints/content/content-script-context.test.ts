import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, isFirstCopy } from './content-script-context';

const runtime = fakeBrowser.runtime as { id?: string };
const extensionId = runtime.id;
afterEach(() => {
  runtime.id = extensionId;
  vi.useRealTimers();
});

test('a second copy of the script in the same frame is told it is not the first', () => {
  const scope = globalThis as Record<string, unknown>;
  delete scope.minerMarginFirstStage;
  expect(isFirstCopy()).toBe(true);
  expect(isFirstCopy()).toBe(false);
  delete scope.minerMarginFirstStage;
});

describe('ContentScriptContext', () => {
  test('is invalid once the runtime id is gone, and calls each invalidation callback once', () => {
    runtime.id = 'abc';
    const ctx = new ContentScriptContext('content', {});
    const calls: string[] = [];
    ctx.onInvalidated(() => calls.push('first'));
    expect(ctx.isInvalid).toBe(false);
    expect(calls).toEqual([]);
    runtime.id = undefined;
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(calls).toEqual(['first']);
    ctx.onInvalidated(() => calls.push('late'));
    expect(calls).toEqual(['first', 'late']);
  });

  test('without the Navigation API, a look every second reports each change of address, until invalidated', () => {
    vi.useFakeTimers();
    runtime.id = 'abc';
    const target = {
      location: { href: 'https://www.coindesk.com/a' },
      setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
      clearInterval: (id: number) => clearInterval(id),
    };
    const ctx = new ContentScriptContext('content', {});
    let changes = 0;
    ctx.addEventListener(target as unknown as Window, 'wxt:locationchange', () => changes++);
    vi.advanceTimersByTime(1_000);
    expect(changes).toBe(0);
    target.location.href = 'https://www.coindesk.com/b';
    vi.advanceTimersByTime(1_000);
    expect(changes).toBe(1);
    vi.advanceTimersByTime(3_000);
    expect(changes).toBe(1);
    runtime.id = undefined;
    target.location.href = 'https://www.coindesk.com/c';
    vi.advanceTimersByTime(2_000);
    expect(changes).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('with the Navigation API, a navigation to another address is reported; the listener goes on invalidation', () => {
    runtime.id = 'abc';
    const navigation = new EventTarget();
    const navigate = (url: string) =>
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    const target = { location: { href: 'https://www.coindesk.com/a' }, navigation };
    const ctx = new ContentScriptContext('content', {});
    let changes = 0;
    ctx.addEventListener(target as unknown as Window, 'wxt:locationchange', () => changes++);
    navigate('https://www.coindesk.com/a');
    expect(changes).toBe(0);
    navigate('https://www.coindesk.com/b');
    expect(changes).toBe(1);
    runtime.id = undefined;
    expect(ctx.isInvalid).toBe(true);
    navigate('https://www.coindesk.com/c');
    expect(changes).toBe(1);
  });
});
