import { execFileSync } from 'node:child_process';

/**
 * End-to-end suites test the built extension, so build it once before they run: chrome-mv3, and firefox-mv2.
 * Vitest sets NODE_ENV=test, which would give React's development build (441 KB) in the popup and options pages;
 * the suites test the production build users install.
 */
export default function setup(): void {
  if (process.env.MINER_MARGIN_SKIP_BUILD === '1') return;
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env });
}
