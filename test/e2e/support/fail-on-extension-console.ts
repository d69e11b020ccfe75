// e2e setup file: a test fails when the extension warned or threw anywhere while it ran (see extension-console.ts).
import { afterEach, expect } from 'vitest';
import { takeExtensionProblems } from './extension-console';

afterEach(async () => {
  // Let messages already on their way from the browser arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(takeExtensionProblems(), 'warnings or errors from the extension').toEqual([]);
});
