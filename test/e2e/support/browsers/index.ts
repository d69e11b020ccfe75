// One entry point: launch the named browser with the built extension. Scenarios take an E2EBrowser.
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser, E2ELaunchOptions } from './types';

export type { BrowserName, E2EBrowser, E2ELaunchOptions, E2EPage, ExtensionPagePath, Rect } from './types';
export { extensionBuildPath } from './extension-builds';

export function launchBrowser(name: BrowserName, options: E2ELaunchOptions = {}): Promise<E2EBrowser> {
  return name === 'firefox' ? launchFirefox(options) : launchChromium(options);
}

/**
 * Browsers the scenarios in test/e2e/firefox/ run in: Firefox by default (Chromium has its own suites beside
 * them); `MINER_MARGIN_E2E_BROWSERS=chromium,firefox` runs the same scenarios in both.
 */
export function browsersUnderTest(): BrowserName[] {
  const listed = (process.env.MINER_MARGIN_E2E_BROWSERS ?? 'firefox').split(',').map((name) => name.trim());
  const known = listed.filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');
  if (known.length !== listed.length) throw new Error(`MINER_MARGIN_E2E_BROWSERS: chromium and/or firefox`);
  return known;
}
