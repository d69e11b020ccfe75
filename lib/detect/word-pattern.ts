/**
 * Builds one fast alternation from many word patterns. A flat alternation of hundreds of words makes the regex
 * engine try every word at every position; grouping the words by their first letter (`f(?:ell|ees?)|r(?:ose|…)`)
 * lets it reject most positions after one character, several times faster, with the same matches: within each
 * letter the words keep their order, so the earlier of two words starting at the same place still wins.
 */

/**
 * Letters beyond ASCII a word may hold (Latin-1's and Latin Extended-A and B, not `×` or `÷`), for a pattern's class:
 * no cue starts or ends next to one (`journée` holds no word `e`; `costé` no `cost`), as none does next to an ASCII one.
 */
export const LATIN_LETTERS = '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';

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

/** How many capturing groups `pattern` opens: `(` but not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` (`(?<name>` captures). */
export function captureGroupCount(pattern: string): number {
  let count = 0;
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') {
      const named = pattern[index + 2] === '<' && !'=!'.includes(pattern[index + 3] ?? '');
      if (pattern[index + 1] !== '?' || named) count++;
    }
  }
  return count;
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
 * follows it (grouped `depth` characters deep: `prefixAlternation`), and those not starting with a letter
 * (`\\d+-day`) apart; lower-case letters are expected.
 */
export function alternativesByFirstLetter(
  patterns: readonly string[],
  depth = GROUPING_DEPTH,
): {
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
  return {
    rests: new Map([...byFirst].map(([first, rests]) => [first, prefixAlternation(rests, depth)])),
    others,
  };
}

/** How many characters deep alternatives are grouped by their next character. */
const GROUPING_DEPTH = 3;

/**
 * One alternation of `alternatives` (in order) grouped by their first character, `depth` characters deep:
 * `o(?:st|ld)|u(?:p)` rather than `ost|old|up`, so that the engine tries only the alternatives that share the text's
 * next character. Order is kept where it matters: two alternatives that start with different literal characters never
 * match at the same place, and one that does not start with a literal character (a class, a group, an escape, an
 * optional character) keeps its place among all the others.
 */
export function prefixAlternation(alternatives: readonly string[], depth = GROUPING_DEPTH): string {
  if (depth === 0 || alternatives.length < 2) return alternatives.join('|');
  const blocks: ({ key: string; rests: string[] } | string)[] = [];
  // Blocks by key since the last alternative that could not be grouped.
  let open = new Map<string, { key: string; rests: string[] }>();
  for (const alternative of alternatives) {
    const first = alternative[0];
    const next = alternative[1];
    const literal =
      first !== undefined && /[a-z ]/.test(first) && (next === undefined || !'?*{'.includes(next));
    if (!literal) {
      blocks.push(alternative);
      open = new Map();
      continue;
    }
    // `a +b` is `a` then ` *b`: the repeated character is kept in the rest.
    const rest = next === '+' ? `${first}*${alternative.slice(2)}` : alternative.slice(1);
    let block = open.get(first);
    if (block === undefined) {
      block = { key: first, rests: [] };
      open.set(first, block);
      blocks.push(block);
    }
    block.rests.push(rest);
  }
  return blocks
    .map((block) => {
      if (typeof block === 'string') return block;
      if (block.rests.length === 1) return block.key + block.rests[0];
      return `${block.key}(?:${prefixAlternation(block.rests, depth - 1)})`;
    })
    .join('|');
}

/** One alternation of all `patterns` (in order), grouped by first letter; lower-case letters are expected. */
export function firstLetterAlternation(patterns: readonly string[]): string {
  const { rests, others } = alternativesByFirstLetter(patterns);
  const letterGroups = [...rests].map(([first, rest]) => `${first}(?:${rest})`);
  return [...letterGroups, ...others].join('|');
}
