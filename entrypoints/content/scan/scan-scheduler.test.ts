import { describe, expect, test } from 'vitest';
import { runInSlices, runPass } from './scan-scheduler';

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

describe('runPass', () => {
  // Items are positions relative to the viewport: 0 in it, 1 below it, -1 above it.
  const where = (item: number) =>
    (item > 0 ? 'below' : item < 0 ? 'above' : false) as 'below' | 'above' | false;
  const run = async (items: number[]) => {
    let clock = 0;
    const log: string[] = [];
    const done = await runPass(
      items[Symbol.iterator](),
      (item) => {
        clock += 3;
        log.push(String(item));
      },
      {
        signal: new AbortController().signal,
        isOutsideViewport: where,
        show: () => void log.push('show'),
        idle: async () => void log.push('idle'),
        pause: async () => void log.push('yield'),
        budgetMs: 5,
        now: () => clock,
      },
    );
    return { done, log };
  };

  test('over the viewport: marks shown after each slice, then idle slices once past it, shown at the end', async () => {
    const { done, log } = await run([0, 0, 0, 1, 1, 1, 1]);
    expect(done).toBe(true);
    expect(log).toEqual(['0', '0', 'show', 'yield', '0', '1', 'show', 'idle', '1', '1', 'idle', '1', 'show']);
  });

  test('blocks above the viewport before any in it (a pass from the top of a scrolled page) do not end it', async () => {
    const { log } = await run([-1, -1, -1, -1, 0, 1]);
    expect(log).toEqual([
      '-1',
      '-1',
      'show',
      'yield',
      '-1',
      '-1',
      'show',
      'yield',
      '0',
      '1',
      'show',
      'idle',
      'show',
    ]);
  });

  test('one-time steps run in idle slices of their own before the first item, only when there is one', async () => {
    let clock = 0;
    const log: string[] = [];
    const schedule = (prepared: string[]) => ({
      signal: new AbortController().signal,
      isOutsideViewport: where,
      show: () => void log.push('show'),
      idle: async () => void log.push('idle'),
      pause: async () => void log.push('yield'),
      prepare: () =>
        prepared.map((name) => () => {
          clock += 3;
          log.push(name);
        }),
      budgetMs: 5,
      now: () => clock,
    });
    const handle = (item: number) => {
      clock += 3;
      log.push(String(item));
    };
    expect(await runPass([0, 1][Symbol.iterator](), handle, schedule(['a', 'b', 'c']))).toBe(true);
    expect(log).toEqual(['idle', 'a', 'b', 'idle', 'c', 'idle', '0', '1', 'show', 'idle', 'show']);
    log.length = 0;
    expect(await runPass([][Symbol.iterator](), handle, schedule(['a']))).toBe(true);
    expect(log).toEqual(['show']);
  });
});
