// Keyboard commands (manifest `commands`, rebindable by the user): step to the next or previous mention on the
// active tab; and the tooltip's "How is this estimated?" link, which opens the explanation page.
import { browser, type Browser } from 'wxt/browser';
import type { ToContentMessage } from '@/lib/messages';

export const COMMAND_DIRECTIONS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export const EXPLANATION_PAGE = '/explain.html';

async function stepOnActiveTab(direction: 1 | -1, tab?: Browser.tabs.Tab): Promise<void> {
  const target =
    tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  const message: ToContentMessage = { type: 'step-mention', direction };
  // No content script on this tab (not an enabled site): nothing to step through.
  await browser.tabs.sendMessage(target.id, message).catch(() => undefined);
}

export function registerMentionCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = COMMAND_DIRECTIONS[command];
    if (direction !== undefined) void stepOnActiveTab(direction, tab);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'open-explanation') return undefined;
    void browser.tabs.create({ url: browser.runtime.getURL(EXPLANATION_PAGE) });
    return undefined;
  });
}
