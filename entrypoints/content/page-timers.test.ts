// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { createPageTimers } from './page-timers';

test('timers run until the lifetime ends; then every pending one is cancelled', async () => {
  const lifetime = new AbortController();
  const timers = createPageTimers(window, lifetime.signal);
  const ran: string[] = [];
  timers.setTimeout(() => ran.push('first'), 0);
  await new Promise((resolve) => setTimeout(resolve, 10));
  timers.setTimeout(() => ran.push('after stop'), 0);
  timers.requestAnimationFrame(() => ran.push('frame after stop'));
  lifetime.abort();
  timers.setTimeout(() => ran.push('asked after stop'), 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ran).toEqual(['first']);
});
