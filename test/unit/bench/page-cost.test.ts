import { expect, test } from 'vitest';
import { cpuOf, type Profile } from '../../bench/page-cost';

const frame = (url: string) => ({ functionName: 'f', url, lineNumber: 0, columnNumber: 0 });
const isExtension = (url: string) => url.startsWith('chrome-extension://');

test('a sample counts for the time to the next one, up to twice the usual spacing (a longer gap is idle time)', () => {
  // Samples 0.3 ms apart: 5 in the extension, the last of them followed by 10 ms without a sample, then the page's.
  const profile: Profile = {
    startTime: 0,
    nodes: [
      { id: 1, callFrame: frame(''), children: [2, 3] },
      { id: 2, callFrame: frame('chrome-extension://abc/content.js') },
      { id: 3, callFrame: frame('https://www.coindesk.com/app.js') },
    ],
    samples: [2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3],
    timeDeltas: [0, 300, 300, 300, 300, 10_000, 300, 300, 300, 300, 300],
  };
  // 4 × 0.3 ms, and the last sample before the gap at most 0.6 ms (not 10 ms).
  expect(cpuOf(profile, isExtension).ms).toBeCloseTo(1.2 + 0.6, 5);
  expect(cpuOf(profile, (url) => url.startsWith('https://')).ms).toBeCloseTo(5 * 0.3, 5);
});
