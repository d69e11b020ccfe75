import { expect, test } from 'vitest';
import { lazy } from './lazy';

test('makes its value on the first call only, and keeps it', () => {
  let made = 0;
  const value = lazy(() => ({ made: ++made }));
  expect(made).toBe(0);
  const first = value();
  expect(value()).toBe(first);
  expect(made).toBe(1);
});
