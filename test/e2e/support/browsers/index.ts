// One entry point: launch the named browser with the built extension. Scenarios take an E2EBrowser.
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser, E2ELaunchOptions } from './types';

export type { BrowserName, E2EBrowser, E2ELaunchOptions, E2EPage, ExtensionPagePath, Rect } from './types';
export { extensionBuildPath } from './extension-builds';

export function launchBrowser(name: BrowserName, options: E2ELaunchOptions = {}): Promise<E2EBrowser> {
  return name === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
