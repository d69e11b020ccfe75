import { describe, expect, test } from 'vitest';
import { onEscape, stepIndex } from './keyboard-navigation';

describe('stepIndex', () => {
  test('the first step goes to the first mention, or the last when going back', () => {
    expect(stepIndex(null, 1, 4)).toBe(0);
    expect(stepIndex(null, -1, 4)).toBe(3);
  });
  test('steps wrap at both ends', () => {
    expect(stepIndex(3, 1, 4)).toBe(0);
    expect(stepIndex(0, -1, 4)).toBe(3);
    expect(stepIndex(1, 1, 4)).toBe(2);
  });
  test('no mentions, nowhere to go', () => expect(stepIndex(null, 1, 0)).toBeNull());
  test('a cursor past a shrunken list starts over', () => expect(stepIndex(7, 1, 3)).toBe(0));
});

describe('onEscape', () => {
  const key = (name: string) => ({ key: name }) as KeyboardEvent;
  test('closes an open tooltip', () => {
    let closed = 0;
    onEscape(
      () => true,
      () => closed++,
    )(key('Escape'));
    expect(closed).toBe(1);
  });
  test('leaves Escape alone when the tooltip is closed, and other keys always', () => {
    let closed = 0;
    onEscape(
      () => false,
      () => closed++,
    )(key('Escape'));
    onEscape(
      () => true,
      () => closed++,
    )(key('Enter'));
    expect(closed).toBe(0);
  });
});
