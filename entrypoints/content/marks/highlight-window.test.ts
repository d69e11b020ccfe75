import { expect, test } from 'vitest';
import { rangesNearViewport } from './highlight-window';

type FakeRange = AbstractRange & { top: number };

/** Ranges 100 px apart, scrolled by `scrollY`. */
function ranges(count: number, scrollY: number): FakeRange[] {
  return Array.from({ length: count }, (_, index) => ({ top: index * 100 - scrollY }) as FakeRange);
}
const rectOf = (range: AbstractRange) => ({
  top: (range as FakeRange).top,
  bottom: (range as FakeRange).top + 20,
});

test('the ranges within one viewport above and below are chosen', () => {
  // Viewport 800 px, scrolled to 5,000: ranges from y 4,200 to 6,600 → indexes 42 … 66.
  expect(rangesNearViewport(ranges(1000, 5000), 800, rectOf)).toEqual({ from: 42, to: 67 });
});

test('at the top of the page the span starts at the first range', () => {
  expect(rangesNearViewport(ranges(1000, 0), 800, rectOf)).toEqual({ from: 0, to: 17 });
});

test('the span is capped', () => {
  expect(rangesNearViewport(ranges(1000, 0), 800, rectOf, 800, 5)).toEqual({ from: 0, to: 5 });
});
