import { describe, expect, test } from 'vitest';
import {
  BACKGROUND_KEY,
  KEPT_MESSAGES,
  problemsFor,
  readProblems,
  withoutTab,
  withProblem,
} from './tab-problems';

describe('errors per tab', () => {
  test('each error counts; only the latest few messages are kept', () => {
    let all = {};
    for (let index = 1; index <= KEPT_MESSAGES + 2; index += 1) all = withProblem(all, '7', `error ${index}`);
    expect(problemsFor(all, 7).count).toBe(KEPT_MESSAGES + 2);
    expect(problemsFor(all, 7).messages.at(-1)).toBe(`error ${KEPT_MESSAGES + 2}`);
    expect(problemsFor(all, 7).messages).toHaveLength(KEPT_MESSAGES);
  });

  test('a tab sees its own errors and the background’s, not another tab’s', () => {
    const all = withProblem(
      withProblem(withProblem({}, '7', 'scan failed'), '8', 'other tab'),
      BACKGROUND_KEY,
      'registration failed',
    );
    expect(problemsFor(all, 7)).toEqual({ count: 2, messages: ['registration failed', 'scan failed'] });
    expect(problemsFor(all, 9)).toEqual({ count: 1, messages: ['registration failed'] });
  });

  test('a tab that navigates starts again from none', () => {
    expect(problemsFor(withoutTab(withProblem({}, '7', 'x'), '7'), 7)).toEqual({ count: 0, messages: [] });
  });

  test('a stored value of another shape reads as none', () => {
    expect(readProblems('x')).toEqual({});
    expect(readProblems({ 7: { count: 'one' }, 8: { count: 1, messages: ['a', 3] } })).toEqual({
      8: { count: 1, messages: ['a'] },
    });
  });
});
