// The content script runs on every matched page: its size is a budget, checked on the build the other e2e suites
// load (the global setup builds it).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { chromeExtensionPath } from './support/extension-path';

/**
 * The target is 30 KB (1 KB = 1,000 B, GNU gzip -9 as CI prints it); it is NOT met: the seven-language detector,
 * the frames support, the tooltip's context and the data-age line took the script to 34,998 B on
 * 6 Dec 2026, and the split that would load the detector and tooltip only on pages with a candidate amount is still
 * to be built (README, Performance). Until then this is a ceiling at that size plus 500 B, so the script cannot grow
 * unnoticed; lower it, never raise it, as the split lands.
 */
const CONTENT_SCRIPT_CEILING_BYTES = 35_500;

test('the content script stays under its ceiling (35.5 KB gzip; the 30 KB target is not met)', () => {
  const script = join(chromeExtensionPath(), 'content-scripts', 'content.js');
  const gzipped = execFileSync('gzip', ['-9', '-c', script]).length;
  expect(gzipped).toBeGreaterThan(10_000); // the real bundle, not an empty file
  expect(gzipped).toBeLessThanOrEqual(CONTENT_SCRIPT_CEILING_BYTES);
});

test('the popup and options pages the suites load are the production build users install', () => {
  const chunks = join(chromeExtensionPath(), 'chunks');
  const scripts = readdirSync(chunks).filter((name) => name.endsWith('.js'));
  expect(scripts.some((name) => name.startsWith('popup-'))).toBe(true);
  // React's development build (NODE_ENV=test, which vitest sets) prints this hint; its production build has none.
  const development = scripts.filter((name) =>
    readFileSync(join(chunks, name), 'utf8').includes('React DevTools for a better development experience'),
  );
  expect(development).toEqual([]);
});
