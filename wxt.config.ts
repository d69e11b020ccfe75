import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { articlesPlugin } from './lib/dataset/vite-plugin';
import { cuePatternSourcesPlugin } from './lib/detect/vite-plugin';
import { publishedEstimatesPlugin } from './lib/economics/vite-plugin';
import { eagerCompileHint } from './scripts/eager-compile-hint';
import { zodWithoutEvalProbe } from './scripts/zod-without-eval-probe';
import { DEFAULT_SITES } from './lib/settings/schema';
import { sitePatterns } from './lib/settings/sites';

/** The add-on's id on addons.mozilla.org; changing it makes a new listing, so it stays. */
const GECKO_ID = '{3b0c5f52-8e47-4d6a-9b1e-6f2d7a9c4e81}';
const ICON_SIZES = [16, 32, 48, 96, 128];

// https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel test runs build into their own folder (MINER_MARGIN_OUT_DIR); everything else uses .output/.
  outDir: process.env.MINER_MARGIN_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // One drawing, rendered to every size the stores and toolbars ask for (icons/<size>.png).
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: ICON_SIZES },
  // The Firefox sources zip holds what the reviewers need to rebuild the package, not the store's images.
  zip: { excludeSources: ['store/screenshots/**', 'test/demo/screenshots/**'] },
  hooks: {
    // The content script's two stages (the manifest's, run on every page, and the annotator the background injects
    // where the page holds a candidate amount) get a small `browser` of their own instead of webextension-polyfill,
    // whose set-up took about 35 ms of each page's main thread (entrypoints/content/extension-api.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const inPages = (entry: (typeof entrypoints)[number]) =>
        entry.type === 'content-script' || (entry.type === 'unlisted-script' && entry.name === 'annotator');
      if (!entrypoints.some(inPages)) return;
      const shims = [
        { find: /^webextension-polyfill$/, replacement: resolve('entrypoints/content/extension-api.ts') },
        // WXT's context, built before the content script's main on every page, cut to what it uses (same file).
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve('entrypoints/content/content-script-context.ts'),
        },
      ];
      const alias = config.resolve?.alias ?? [];
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [...shims, ...(alias as { find: string | RegExp; replacement: string }[])]
          : [...shims, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  // Compiles lib/dataset/articles/*.md into articles.json; an invalid article fails the build, and so does a bad row
  // of lib/economics/data/published-estimates.csv. The detector's cue patterns are built from its word lists here,
  // not on every page (lib/detect/vite-plugin.ts).
  vite: () => ({
    plugins: [
      articlesPlugin(),
      publishedEstimatesPlugin(),
      cuePatternSourcesPlugin(),
      zodWithoutEvalProbe(),
      eagerCompileHint('annotator.js'),
    ],
    // zod/mini's schema builders have no side effects, but the bundler cannot know: marked pure, a bundle that
    // only needs a constant from a schema module (the content script: DEFAULT_SITES, DEFAULT_SETTINGS) leaves zod
    // out (~6 KB gzip of its 30 KB budget). Names, not `z.x`: the bundler resolves `z.object` to `object`.
    build: {
      rollupOptions: {
        treeshake: {
          manualPureFunctions: [
            ...['z', 'array', 'boolean', 'enum', 'gte', 'literal', 'lte', 'nullable', 'number', 'object'],
            ...['regex', 'string'],
          ],
        },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Miner Margin',
    description: 'Shows what it costs miners to produce a bitcoin next to the Bitcoin prices you read.',
    // activeTab: the popup reads the active tab's address to pause, resume or add its site, or to grant access
    // to an enabled site that has none (no install warning).
    permissions: ['storage', 'scripting', 'alarms', 'activeTab'],
    // The built-in sites, which the content script's matches already cover (no new install warning): the background
    // injects the annotator into their frames (scripting.executeScript needs host access a content script's
    // matches do not give). WXT moves these into `permissions` for Firefox's MV2.
    host_permissions: DEFAULT_SITES.flatMap(sitePatterns),
    optional_host_permissions: ['*://*/*'],
    // Rebindable at chrome://extensions/shortcuts. "Shift with it goes back" cannot be one command (Alt+Shift+M
    // already holds Shift), so going back is its own command: Alt+Shift+Comma, the key beside M. (Chromium on
    // Linux left Alt+Shift+N, +B and +P unassigned in our e2e run, so a letter was not used.)
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show the next Bitcoin price on the page with its production cost',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Show the previous Bitcoin price on the page with its production cost',
      },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 (WXT's Firefox default) has no optional_host_permissions and WXT drops it: without this line
          // Firefox refuses every permissions.request for a host (live data, user-added sites).
          ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : {}),
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the CSS Custom Highlight API (underlines) and data_collection_permissions both arrive in 140;
              // before it the extension would load and silently mark nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chromium 123 for light-dark() in the popup and options (the Highlight API needs 105).
          minimum_chrome_version: '123',
          // The annotator, which the first stage imports (entrypoints/content/second-stage.ts: V8 compiles an
          // imported file off the page's main thread). Any page of an enabled site may need it, user-added sites
          // and their frames included. With use_dynamic_url a page can reach it only at a URL whose id changes
          // every session, so it cannot probe for the extension by it.
          web_accessible_resources: [
            { resources: ['annotator.js'], matches: ['<all_urls>'], use_dynamic_url: true },
          ],
        }),
  }),
});
