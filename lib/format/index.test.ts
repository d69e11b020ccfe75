import { describe, expect, test } from 'vitest';
import { formatDate, formatHashprice, formatMonth, formatPercent, formatUsd, isoDay } from './index';

describe('formatUsd', () => {
  test('whole dollars with thousands separators from $100 up', () => {
    expect(formatUsd(70000)).toBe('$70,000');
    expect(formatUsd(87312.6)).toBe('$87,313');
  });
  test('cents below $100', () => {
    expect(formatUsd(45.2)).toBe('$45.20');
  });
});

describe('formatPercent', () => {
  test('positive margins carry a plus sign', () => expect(formatPercent(0.123)).toBe('+12.3%'));
  test('negative margins carry a true minus sign', () => expect(formatPercent(-0.0814)).toBe('\u22128.1%'));
  test('zero has no sign', () => expect(formatPercent(0)).toBe('0.0%'));
});

describe('dates', () => {
  test('a day reads as "5 Feb 2026" in UTC', () =>
    expect(formatDate(new Date('2026-02-05T00:00:00Z'))).toBe('5 Feb 2026'));
  test('a series month reads as "Feb 2026"', () => expect(formatMonth('2026-02')).toBe('Feb 2026'));
  test('an unexpected month string is shown as it is', () => expect(formatMonth('soon')).toBe('soon'));
  test('isoDay is the UTC calendar day', () =>
    expect(isoDay(new Date('2024-04-22T23:59:00Z'))).toBe('2024-04-22'));
});

test('hashprice per PH per day', () => expect(formatHashprice(45.2)).toBe('$45.20/PH/day'));
