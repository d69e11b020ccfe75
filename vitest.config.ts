import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { cuePatternSourcesPlugin } from './lib/detect/vite-plugin';

export default defineConfig({
  // The detector's cue patterns as the build ships them (lib/detect/vite-plugin.ts).
  plugins: [WxtVitest(), cuePatternSourcesPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.tsx',
            'entrypoints/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['test/setup-unit.ts'],
          // Before the e2e project, not beside it: e2e tests read frames, long tasks and heaps in real time, and
          // unit tests sharing the CPU stretched one frame of the 5 MB page test to 84 ms in a CI run (it passed
          // in the run before, and in local runs alone).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/e2e/support/fail-on-extension-console.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
