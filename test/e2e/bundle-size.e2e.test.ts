// The content script runs on every matched page: its size is a budget, checked on the build the other e2e suites
// load (the global setup builds it).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { chromeExtensionPath } from './support/extension-path';

/** 30 KB, read strictly (1 KB = 1,000 B), measured as CI prints it: GNU gzip -9 (zlib's level 9 packs ~1 % looser). */
const CONTENT_SCRIPT_BUDGET_BYTES = 30_000;

test('the content script is at most 30 KB gzip', () => {
  const script = join(chromeExtensionPath(), 'content-scripts', 'content.js');
  const gzipped = execFileSync('gzip', ['-9', '-c', script]).length;
  expect(gzipped).toBeGreaterThan(10_000); // the real bundle, not an empty file
  expect(gzipped).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
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
