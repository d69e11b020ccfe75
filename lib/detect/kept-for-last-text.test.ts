import { expect, test } from 'vitest';
import { keptForLastText } from './kept-for-last-text';

test('makes a copy once for a text asked for again in a row, again after another text', () => {
  const made: string[] = [];
  const upper = keptForLastText((text) => {
    made.push(text);
    return text.toUpperCase();
  });
  expect(upper('')).toBe('');
  expect(upper('abc')).toBe('ABC');
  expect(upper('abc')).toBe('ABC');
  expect(upper('xyz')).toBe('XYZ');
  expect(upper('abc')).toBe('ABC');
  expect(made).toEqual(['abc', 'xyz', 'abc']);
});
