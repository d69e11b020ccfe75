// Errors counted per tab: the content script's (sent to the background) and the background's own.
import type { TabProblems } from '../messages';

/** How many messages a tab keeps; the count goes on. */
export const KEPT_MESSAGES = 5;

/** The background's own errors, not tied to one tab, are kept under this key and shown on every tab. */
export const BACKGROUND_KEY = 'background';

export type ProblemsByTab = Record<string, TabProblems>;

export const NO_PROBLEMS: TabProblems = { count: 0, messages: [] };

/** The record with one more error for `key` (a tab id or BACKGROUND_KEY). */
export function withProblem(all: ProblemsByTab, key: string, message: string): ProblemsByTab {
  const before = all[key] ?? NO_PROBLEMS;
  return {
    ...all,
    [key]: { count: before.count + 1, messages: [...before.messages, message].slice(-KEPT_MESSAGES) },
  };
}

/** The record without `key` (a tab that navigated or closed). */
export function withoutTab(all: ProblemsByTab, key: string): ProblemsByTab {
  const { [key]: _gone, ...rest } = all;
  return rest;
}

/** What the popup shows for a tab: its own errors and the background's. */
export function problemsFor(all: ProblemsByTab, tabId: number): TabProblems {
  const own = all[String(tabId)] ?? NO_PROBLEMS;
  const background = all[BACKGROUND_KEY] ?? NO_PROBLEMS;
  return {
    count: own.count + background.count,
    messages: [...background.messages, ...own.messages].slice(-KEPT_MESSAGES),
  };
}

/** A stored value of any shape → a record (the background writes it; anything else is dropped). */
export function readProblems(stored: unknown): ProblemsByTab {
  if (typeof stored !== 'object' || stored === null) return {};
  const all: ProblemsByTab = {};
  for (const [key, value] of Object.entries(stored)) {
    const entry = value as Partial<TabProblems> | null;
    if (typeof entry?.count === 'number' && Array.isArray(entry.messages))
      all[key] = { count: entry.count, messages: entry.messages.filter((m) => typeof m === 'string') };
  }
  return all;
}

/** An error of any kind as one line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
