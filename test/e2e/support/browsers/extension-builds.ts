import { resolve } from 'node:path';
import type { BrowserName } from './types';

/** The build folder each browser loads: WXT's default manifest version per browser (MV3 Chrome, MV2 Firefox). */
export const BUILD_FOLDERS: Record<BrowserName, string> = {
  chromium: 'chrome-mv3',
  firefox: 'firefox-mv2',
};

/** The built extension for `browser` in the folder the global setup built into (MINER_MARGIN_OUT_DIR). */
export function extensionBuildPath(browser: BrowserName): string {
  return resolve(process.env.MINER_MARGIN_OUT_DIR ?? '.output', BUILD_FOLDERS[browser]);
}
