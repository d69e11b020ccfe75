import { execFileSync } from 'node:child_process';

/** End-to-end suites test the built extension, so build it once before they run: chrome-mv3, and firefox-mv2. */
export default function setup(): void {
  if (process.env.MINER_MARGIN_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}
