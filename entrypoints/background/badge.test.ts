import { expect, test } from 'vitest';
import { badgeText } from './badge';

test('the badge shows the count, nothing for none, 99+ above 99', () => {
  expect(badgeText(4, true)).toBe('4');
  expect(badgeText(0, true)).toBe('');
  expect(badgeText(120, true)).toBe('99+');
});

test('the badge is empty when the user turned it off', () => expect(badgeText(4, false)).toBe(''));
