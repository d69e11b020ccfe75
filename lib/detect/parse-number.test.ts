import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    ['70,000', false, 70_000],
    ['70,000.50', false, 70_000.5],
    ['1,200,000', false, 1_200_000],
    ['70.5', false, 70.5],
    ['70', false, 70],
    ['70.000', false, 70_000],
    ['70.000,50', false, 70_000.5],
    ['1.250', true, 1.25],
    ['70 000', false, 70_000],
    ['70\u00a0000', false, 70_000],
    ['70\u202f000,25', false, 70_000.25],
    ['1,5', false, 1.5],
    ['1.2345', false, 1.2345],
  ] as const)('reads %j (magnitude after: %s) as %d', (raw, followedByMagnitude, expected) => {
    expect(parseNumber(raw, followedByMagnitude)).toBeCloseTo(expected, 9);
  });

  it('is NaN without digits', () => {
    expect(parseNumber('', false)).toBeNaN();
  });
});
