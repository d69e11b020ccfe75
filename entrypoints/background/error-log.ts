// Errors never silent: the content script's errors (a `page-error` message) and the background's own are counted
// per tab in storage.session (kept while the worker sleeps) and answered to the popup (`get-tab-problems`).
import { browser, type Browser } from 'wxt/browser';
import type { ToBackgroundMessage } from '@/lib/messages';
import {
  BACKGROUND_KEY,
  describeError,
  problemsFor,
  readProblems,
  withoutTab,
  withProblem,
  type ProblemsByTab,
} from '@/lib/problems/tab-problems';
import { TAB_PROBLEMS_STORAGE_KEY } from '@/lib/storage-keys';

type Message = Extract<ToBackgroundMessage, { type: 'page-error' | 'get-tab-problems' }>;

function isProblemMessage(message: unknown): message is Message {
  const { type } = (message ?? {}) as { type?: unknown };
  return type === 'page-error' || type === 'get-tab-problems';
}

// storage.session: Chromium MV3 and Firefox 115+; memory where a browser has none.
const area = (): Browser.storage.StorageArea | null => browser.storage.session ?? null;
let memory: ProblemsByTab = {};
let queue = Promise.resolve();

async function read(): Promise<ProblemsByTab> {
  const session = area();
  if (!session) return memory;
  return readProblems((await session.get(TAB_PROBLEMS_STORAGE_KEY))[TAB_PROBLEMS_STORAGE_KEY]);
}

function change(update: (all: ProblemsByTab) => ProblemsByTab): Promise<void> {
  queue = queue
    .then(async () => {
      const next = update(await read());
      memory = next;
      await area()?.set({ [TAB_PROBLEMS_STORAGE_KEY]: next });
    })
    .catch(() => undefined);
  return queue;
}

/** Counts an error of the background's own (not tied to one tab); it shows in the popup of every tab. */
export function reportBackgroundError(context: string, error: unknown): Promise<void> {
  console.error(`Miner Margin: ${context}`, error);
  return change((all) => withProblem(all, BACKGROUND_KEY, `${context}: ${describeError(error)}`));
}

/** Listens for content-script errors and the popup's question; forgets a tab's errors when it navigates. */
export function registerErrorLog(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isProblemMessage(message)) return undefined;
    if (message.type === 'get-tab-problems')
      return queue.then(async () => problemsFor(await read(), message.tabId));
    const tabId = sender.tab?.id;
    if (tabId !== undefined) void change((all) => withProblem(all, String(tabId), message.message));
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading' && changeInfo.url)
      void change((all) => withoutTab(all, String(tabId)));
  });
  browser.tabs.onRemoved.addListener((tabId) => void change((all) => withoutTab(all, String(tabId))));
}
