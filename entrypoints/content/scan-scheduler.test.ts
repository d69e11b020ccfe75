import { expect, test } from 'vitest';
import { runInSlices } from './scan-scheduler';

function* numbers(count: number) {
  for (let index = 0; index < count; index++) yield index;
}

test('work is cut into slices of the budget, with a pause between them', async () => {
  let clock = 0;
  const slices: number[][] = [[]];
  const done = await runInSlices(
    numbers(10),
    (item) => {
      clock += 3; // each item costs 3 ms
      slices.at(-1)?.push(item);
    },
    {
      budgetMs: 8,
      now: () => clock,
      pause: async () => void slices.push([]),
    },
  );
  expect(done).toBe(true);
  expect(slices).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
});

test('an aborted run stops between slices', async () => {
  let clock = 0;
  const handled: number[] = [];
  const controller = new AbortController();
  const done = await runInSlices(
    numbers(10),
    (item) => {
      clock += 5;
      handled.push(item);
    },
    {
      budgetMs: 8,
      now: () => clock,
      signal: controller.signal,
      pause: async () => controller.abort(),
    },
  );
  expect(done).toBe(false);
  expect(handled).toEqual([0, 1]);
});
