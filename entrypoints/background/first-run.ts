// The first-run page opens once, when the extension is installed (not on updates or browser restarts).
import { browser } from 'wxt/browser';

export const FIRST_RUN_PAGE = '/welcome.html';

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PAGE) });
  });
}
