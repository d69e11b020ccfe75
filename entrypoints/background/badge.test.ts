import { expect, test } from 'vitest';
import { badgeText, tabBadge } from './badge';

test('the badge shows the count, nothing for none, 99+ above 99', () => {
  expect(badgeText(4, true)).toBe('4');
  expect(badgeText(0, true)).toBe('');
  expect(badgeText(120, true)).toBe('99+');
});

test('the badge is empty when the user turned it off', () => expect(badgeText(4, false)).toBe(''));

const SITES = [
  { host: 'coindesk.com', enabled: false, builtIn: true },
  { host: 'theblock.co', enabled: true, builtIn: true },
];

test('a tab on a paused site shows "off" in grey, even with the count badge turned off', () => {
  expect(tabBadge(3, true, 'https://www.coindesk.com/x', SITES)).toEqual({ text: 'off', color: '#57534e' });
  expect(tabBadge(0, false, 'https://www.coindesk.com/x', SITES).text).toBe('off');
});

test('other tabs show their count', () => {
  expect(tabBadge(3, true, 'https://www.theblock.co/x', SITES)).toEqual({ text: '3', color: '#c2410c' });
  expect(tabBadge(3, true, undefined, SITES).text).toBe('3');
  expect(tabBadge(3, true, 'not a url', SITES).text).toBe('3');
});
