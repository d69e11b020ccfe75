/**
 * Builds one fast alternation from many word patterns. A flat alternation of hundreds of words makes the regex
 * engine try every word at every position; grouping the words by their first letter (`f(?:ell|ees?)|r(?:ose|…)`)
 * lets it reject most positions after one character, several times faster, with the same matches: within each
 * letter the words keep their order, so the earlier of two words starting at the same place still wins.
 */

/** Splits a pattern at its top-level `|` (not inside groups or character classes). */
export function splitTopLevel(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let partStart = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') {
      index++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(') {
      depth++;
    } else if (char === ')') {
      depth--;
    } else if (char === '|' && depth === 0) {
      parts.push(pattern.slice(partStart, index));
      partStart = index + 1;
    }
  }
  parts.push(pattern.slice(partStart));
  return parts;
}

/** Index just past the group that opens at `open` (which holds `(`). */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let index = open; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index + 1;
  }
  throw new Error(`Unbalanced group in word pattern: ${pattern}`);
}

/**
 * Rewrites a word pattern so that each alternative starts with a literal character:
 * `(?:would |will )?need` → `would need`, `will need`, `need`.
 */
export function expandLeadingGroups(pattern: string): string[] {
  const expanded: string[] = [];
  for (const alternative of splitTopLevel(pattern)) {
    if (!alternative.startsWith('(?:')) {
      expanded.push(alternative);
      continue;
    }
    const end = groupEnd(alternative, 0);
    const inner = alternative.slice(3, end - 1);
    const optional = alternative[end] === '?';
    const rest = alternative.slice(optional ? end + 1 : end);
    for (const choice of splitTopLevel(inner)) expanded.push(...expandLeadingGroups(choice + rest));
    if (optional) expanded.push(...expandLeadingGroups(rest));
  }
  return expanded;
}

/**
 * The alternatives of all `patterns` (in order) by their first letter, each letter's as one alternation of what
 * follows it, and those not starting with a letter (`\\d+-day`) apart; lower-case letters are expected.
 */
export function alternativesByFirstLetter(patterns: readonly string[]): {
  rests: Map<string, string>;
  others: string[];
} {
  const byFirst = new Map<string, string[]>();
  const others: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of expandLeadingGroups(pattern)) {
      const first = alternative[0] ?? '';
      if (first >= 'a' && first <= 'z') {
        const rests = byFirst.get(first) ?? [];
        rests.push(alternative.slice(1));
        byFirst.set(first, rests);
      } else if (alternative !== '') {
        others.push(alternative);
      }
    }
  }
  return { rests: new Map([...byFirst].map(([first, rests]) => [first, rests.join('|')])), others };
}

/** One alternation of all `patterns` (in order), grouped by first letter; lower-case letters are expected. */
export function firstLetterAlternation(patterns: readonly string[]): string {
  const { rests, others } = alternativesByFirstLetter(patterns);
  const letterGroups = [...rests].map(([first, rest]) => `${first}(?:${rest})`);
  return [...letterGroups, ...others].join('|');
}
