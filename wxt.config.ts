import { defineConfig } from 'wxt';
import { articlesPlugin } from './lib/dataset/vite-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel test runs build into their own folder (MINER_MARGIN_OUT_DIR); everything else uses .output/.
  outDir: process.env.MINER_MARGIN_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Compiles lib/dataset/articles/*.md into articles.json; an invalid article fails the build.
  vite: () => ({ plugins: [articlesPlugin()] }),
  manifest: ({ browser }) => ({
    name: 'Miner Margin',
    description: 'Shows what it costs miners to produce a bitcoin next to the Bitcoin prices you read.',
    permissions: ['storage', 'scripting', 'alarms'],
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'miner-margin@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
