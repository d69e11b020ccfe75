// Firefox: every warning and error the extension logs or throws, from WebDriver BiDi's log.entryAdded on the
// driver's connection (puppeteer's page console events leave out content scripts' sandboxes). An entry is the
// extension's when its top stack frame is a moz-extension:// script: the content script in a page, the background
// page and the extension's own pages (reachable with --remote-allow-system-access).
import type { Browser } from 'puppeteer-core';
import { isExtensionUrl, recordExtensionProblem } from '../extension-console';

interface LogEntry {
  type: 'console' | 'javascript' | string;
  level: 'debug' | 'info' | 'warn' | 'error';
  text: string | null;
  method?: string;
  stackTrace?: { callFrames: { url: string }[] };
}

interface EventSource {
  on(event: 'log.entryAdded', listener: (entry: LogEntry) => void): void;
}

export function watchFirefoxExtensionConsole(browser: Browser): void {
  const connection = (browser as unknown as { connection: EventSource }).connection;
  connection.on('log.entryAdded', (entry) => {
    if (entry.level !== 'warn' && entry.level !== 'error') return;
    const url = entry.stackTrace?.callFrames[0]?.url;
    if (!isExtensionUrl(url)) return;
    const where = entry.type === 'javascript' ? 'uncaught' : `console.${entry.method ?? entry.level}`;
    recordExtensionProblem(`${where} in ${url}`, entry.text ?? '');
  });
}
