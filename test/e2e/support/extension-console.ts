// Every e2e test fails on any warning or error from the extension: its content script's world in a page, its
// service worker or background page, and its own pages (popup, options). The browser layers record what they see
// here; the e2e setup file (fail-on-extension-console.ts) checks after each test.

const seen: string[] = [];
const allowed: RegExp[] = [];

/** Called by the browser layers for each warning, error or uncaught exception the extension produced. */
export function recordExtensionProblem(where: string, text: string): void {
  seen.push(`${where}: ${text}`);
}

/** A test that provokes an expected warning (an unreachable live-data instance) says so; reset after the test. */
export function allowExtensionProblem(pattern: RegExp): void {
  allowed.push(pattern);
}

/** The problems since the last call that no allowance covers; clears both lists. */
export function takeExtensionProblems(): string[] {
  const unexpected = seen.filter((line) => !allowed.some((pattern) => pattern.test(line)));
  seen.length = 0;
  allowed.length = 0;
  return unexpected;
}

/** Whether a script URL is the extension's (chrome-extension:// or moz-extension://). */
export function isExtensionUrl(url: string | undefined): boolean {
  return !!url && /^(chrome|moz)-extension:\/\//.test(url);
}
