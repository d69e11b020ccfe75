// Chromium: every warning, error and uncaught exception of the extension, through CDP. Playwright's own console
// events leave out content scripts' isolated worlds, so each page gets a CDP session with Runtime enabled, which
// reports every world of the page; a message is the extension's when its top stack frame is an extension script
// (content script) or the page is an extension page. The service worker's console comes through Playwright.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { isExtensionUrl, recordExtensionProblem } from './extension-console';

interface StackTrace {
  callFrames: { url: string }[];
}

function fromExtension(stack: StackTrace | undefined, pageUrl: string): boolean {
  return isExtensionUrl(pageUrl) || isExtensionUrl(stack?.callFrames[0]?.url);
}

async function watchPage(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page).catch(() => null);
  if (!cdp) return;
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (!['warning', 'error', 'assert'].includes(event.type)) return;
    if (!fromExtension(event.stackTrace as StackTrace | undefined, page.url())) return;
    const text = event.args.map((arg) => arg.value ?? arg.description ?? '').join(' ');
    recordExtensionProblem(`console.${event.type} in ${page.url()}`, text);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const url = exceptionDetails.url ?? exceptionDetails.stackTrace?.callFrames[0]?.url;
    if (!isExtensionUrl(page.url()) && !isExtensionUrl(url)) return;
    const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
    recordExtensionProblem(`uncaught in ${page.url()}`, text);
  });
  await cdp.send('Runtime.enable').catch(() => undefined);
}

function watchWorker(worker: Worker): void {
  if (!isExtensionUrl(worker.url())) return;
  worker.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error')
      recordExtensionProblem(`service worker console.${message.type()}`, message.text());
  });
}

/** Watches every page and service worker of the context, present and future. */
export function watchExtensionConsole(context: BrowserContext): void {
  for (const page of context.pages()) void watchPage(context, page);
  context.on('page', (page) => void watchPage(context, page));
  for (const worker of context.serviceWorkers()) watchWorker(worker);
  context.on('serviceworker', watchWorker);
}
