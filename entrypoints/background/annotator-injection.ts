// Injects the content script's second stage (the annotator, entrypoints/annotator.ts) into the frame whose first
// stage asks for it (a `load-annotator` message): only pages holding a candidate amount pay for the detector, the
// marks and the tooltip. Firefox's first stage always asks; Chromium's imports the file itself and asks only when
// that failed (entrypoints/content/second-stage.ts). The host access it needs is the first stage's own: the
// manifest's built-in sites, a user-added site's granted origins, or the popup's activeTab grant.
import { browser, type Browser } from 'wxt/browser';
import { describeError } from '@/lib/problems/tab-problems';
import { SECOND_STAGE_FILE } from '../content/second-stage';

const isLoadRequest = (message: unknown) => (message as { type?: unknown } | null)?.type === 'load-annotator';

/** Answers once the script has run in that frame; with the error's text when it could not be injected. */
export function registerAnnotatorInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isLoadRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve('no tab');
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [SECOND_STAGE_FILE] })
      .then(
        () => true,
        (error: unknown) => describeError(error),
      );
  });
}
