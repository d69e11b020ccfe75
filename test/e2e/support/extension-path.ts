import { resolve } from 'node:path';

/** The built Chrome MV3 extension the e2e suites load (the folder the global setup built into). */
export function chromeExtensionPath(): string {
  return resolve(process.env.MINER_MARGIN_OUT_DIR ?? '.output', 'chrome-mv3');
}
