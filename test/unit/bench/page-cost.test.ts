import { expect, test } from 'vitest';
import { cpuOf, samplesOf, type Profile } from '../../bench/page-cost';

const frame = (url: string) => ({ functionName: 'f', url, lineNumber: 0, columnNumber: 0 });
const isExtension = (url: string) => url.startsWith('chrome-extension://');
/** A profile's tree: node 2 is the extension's script, node 3 the page's. */
const EXTENSION_AND_PAGE = {
  startTime: 0,
  nodes: [
    { id: 1, callFrame: frame(''), children: [2, 3] },
    { id: 2, callFrame: frame('chrome-extension://abc/content.js') },
    { id: 3, callFrame: frame('https://www.coindesk.com/app.js') },
  ],
};

test('a sample counts for the time to the next one, up to twice the usual spacing (a longer gap is idle time)', () => {
  // Samples 0.3 ms apart: 5 in the extension, the last of them followed by 10 ms without a sample, then the page's.
  const profile: Profile = {
    ...EXTENSION_AND_PAGE,
    samples: [2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3],
    timeDeltas: [0, 300, 300, 300, 300, 10_000, 300, 300, 300, 300, 300],
  };
  // 4 × 0.3 ms, and the last sample before the gap at most 0.6 ms (not 10 ms).
  expect(cpuOf(profile, isExtension).ms).toBeCloseTo(1.2 + 0.6, 5);
  expect(cpuOf(profile, (url) => url.startsWith('https://')).ms).toBeCloseTo(5 * 0.3, 5);
});

test('samples recorded out of order are read in time order, none standing for a negative time', () => {
  // The third sample was recorded 0.2 ms before the second (a negative delta): in time order 0, 0.1, 0.3, 0.6 ms.
  const profile: Profile = {
    ...EXTENSION_AND_PAGE,
    samples: [3, 2, 2, 3],
    timeDeltas: [0, 300, -200, 500],
  };
  const samples = samplesOf(profile, isExtension);
  expect(samples.map((sample) => [sample.at, sample.us])).toEqual([
    [0, 100],
    [100, 200],
    [300, 300],
    [600, 0],
  ]);
  expect(samples.every((sample) => sample.us >= 0)).toBe(true);
  // The two extension samples stand for 0.2 + 0.3 ms (read in the recorded order, one stood for -0.2 ms).
  expect(cpuOf(profile, isExtension).ms).toBeCloseTo(0.5, 5);
});
