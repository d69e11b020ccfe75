import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabProblems } from '@/lib/messages';
import { registerErrorLog, reportBackgroundError } from './error-log';

beforeEach(() => {
  fakeBrowser.reset();
  registerErrorLog();
});

const fromTab = (id: number) => ({ tab: { id } as never, frameId: 0 });

async function problemsOf(tabId: number): Promise<TabProblems> {
  const [answer] = (await fakeBrowser.runtime.onMessage.trigger(
    { type: 'get-tab-problems', tabId },
    {},
    () => undefined,
  )) as unknown as [TabProblems];
  return answer;
}

test('a content-script error is counted for its tab and answered to the popup', async () => {
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page-error', message: 'TypeError: x' },
    fromTab(3),
    () => undefined,
  );
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page-error', message: 'TypeError: y' },
    fromTab(3),
    () => undefined,
  );
  expect(await problemsOf(3)).toEqual({ count: 2, messages: ['TypeError: x', 'TypeError: y'] });
  expect((await problemsOf(4)).count).toBe(0);
});

test('the background’s own errors show on every tab', async () => {
  const error = console.error;
  console.error = () => undefined;
  await reportBackgroundError('could not update site registrations', new Error('denied'));
  console.error = error;
  expect((await problemsOf(4)).messages).toContain('could not update site registrations: Error: denied');
});

test('a tab that navigates to a new page starts from none', async () => {
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page-error', message: 'boom' },
    fromTab(5),
    () => undefined,
  );
  await fakeBrowser.tabs.onUpdated.trigger(
    5,
    { status: 'loading', url: 'https://example.org/next' },
    {} as never,
  );
  expect((await problemsOf(5)).count).toBe(0);
});
