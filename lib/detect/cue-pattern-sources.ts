/**
 * Turns the vocabulary into the sources `find-cues.ts` compiles its patterns from. Run at build time (see
 * `vite-plugin.ts`): the extension ships the finished sources, not the word lists and this code.
 */
import type { CueCategory, CueSearch } from './find-cues';
import {
  BITCOIN_NAMES,
  CLAUSE_WORDS,
  COST_VERBS,
  COST_WORDS,
  FORECAST_WORDS,
  GENERIC_COIN_NAMES,
  MOVE_WORDS,
  NEED_WORDS,
  NEUTRAL_WORDS,
  NON_PRICE_WORDS,
  OTHER_ASSETS,
  PRICE_WORDS,
  TARGET_WORDS,
  WEAK_CLAUSE_WORDS,
} from './vocabulary';
import { alternativesByFirstLetter, captureGroupCount, LATIN_LETTERS } from './word-pattern';

/** What a cue of a word group is: its category and, for another asset, the ceiling of its price. */
export interface CueGroup {
  category: CueCategory;
  ceilingUsd: number;
}

/** A word group as the cue patterns are compiled from it. */
export interface CueWordGroup extends CueGroup {
  /**
   * Its words, a line for each letter a–z they start with (the letter, then an alternation of what follows it) and
   * a line for those not starting with one (`\\d+-day`, `über`), spaces as written in the word lists. A letter's
   * pattern is its line in each group, in group order.
   */
  words: string;
}

/**
 * A space in the word lists stands for any run of spaces, ` +` in a pattern: cues are matched in a copy of the
 * sentence where every space that does not break a line is a plain space (the patterns are a third shorter than
 * with a space class at each space, and compile about twice as fast). find-cues.ts writes the spaces of the shipped
 * words the same way.
 */
const WORD_SPACE = ' +';

/**
 * The word groups with their words as one alternation each, each space in them written `space`. Earlier groups win when two phrases start at the same
 * word (`bitcoin cash` is another asset, `price target` a forecast, `break even` a cost). Other assets get one group
 * each so their ceiling is known from the group that matched.
 */
export function cueWordGroups(space = WORD_SPACE): (CueGroup & { source: string })[] {
  const phrases = (list: readonly string[]) => list.map((entry) => entry.replaceAll(' ', space)).join('|');
  return [
    { category: 'neutral', source: phrases(NEUTRAL_WORDS), ceilingUsd: 0 },
    { category: 'need', source: phrases(NEED_WORDS), ceilingUsd: 0 },
    { category: 'cost', source: phrases(COST_WORDS), ceilingUsd: 0 },
    ...OTHER_ASSETS.map((asset) => ({
      category: 'other-asset' as const,
      source: phrases([asset.pattern]),
      ceilingUsd: asset.ceilingUsd,
    })),
    { category: 'non-price', source: phrases(NON_PRICE_WORDS), ceilingUsd: 0 },
    { category: 'bitcoin', source: phrases(BITCOIN_NAMES), ceilingUsd: 0 },
    { category: 'target', source: phrases(TARGET_WORDS), ceilingUsd: 0 },
    { category: 'forecast', source: phrases(FORECAST_WORDS), ceilingUsd: 0 },
    { category: 'price', source: phrases(PRICE_WORDS), ceilingUsd: 0 },
    { category: 'move', source: phrases(MOVE_WORDS), ceilingUsd: 0 },
    { category: 'clause', source: phrases(CLAUSE_WORDS), ceilingUsd: 0 },
    { category: 'weak-clause', source: phrases(WEAK_CLAUSE_WORDS), ceilingUsd: 0 },
    { category: 'cost-verb', source: phrases(COST_VERBS), ceilingUsd: 0 },
    { category: 'generic-coin', source: phrases(GENERIC_COIN_NAMES), ceilingUsd: 0 },
  ];
}

/** The capture groups the find-cues patterns add are the only ones: a word list's own would shift them. */
function assertNoCaptureGroup(source: string): void {
  if (captureGroupCount(source) > 0)
    throw new Error(`A word pattern holds a capturing group; use (?:…): ${source}`);
}

/** The word groups, earlier first (when words of two groups start at the same word, the earlier group's win). */
/**
 * The word groups, earlier first (when words of two groups start at the same word, the earlier group's win). Each
 * group's words are split by their first letter only: also grouping them by their next characters
 * (`prefixAlternation`) made the shipped words about 500 B gzip larger and no faster to match, a letter's pattern
 * being its groups' short alternations. Spaces are shipped as written (one character each, about 90 B gzip less);
 * find-cues.ts makes each ` +`.
 */
/**
 * `find-cues.ts` looks for words not starting with a letter a–z only where a digit or a non-ASCII letter is (not at
 * an ASCII letter: so the first character may not be optional either).
 */
function assertStartsWithDigitOrNonAscii(alternative: string): void {
  if (!/^(?:\\d|[^\0-\x7f])(?![?*]|\{0)/.test(alternative)) {
    throw new Error(
      `A word must start with a letter, a digit (\\d) or a letter beyond ASCII: ${alternative}`,
    );
  }
}

/** `find-cues.ts` matches the words in a sentence's lower case, without the `i` flag: they must be lower case. */
function assertLowerCase(source: string): void {
  const literal = source.replace(/\\./g, '');
  if (literal !== literal.toLowerCase())
    throw new Error(`A word pattern holds an upper-case letter: ${source}`);
}

export function buildCueWordGroups(wordGroups = cueWordGroups(' ')): CueWordGroup[] {
  return wordGroups.map(({ category, ceilingUsd, source }) => {
    assertNoCaptureGroup(source);
    assertLowerCase(source);
    const { rests, others } = alternativesByFirstLetter([source], 0);
    for (const other of others) assertStartsWithDigitOrNonAscii(other);
    const lines = [...rests]
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([first, rest]) => first + rest);
    if (others.length > 0) lines.push(others.join('|'));
    return { category, ceilingUsd, words: lines.join('\n') };
  });
}

/**
 * For tests: the cues of a sentence as one alternation of every word group reads them, each group one capture group,
 * in group order, then clause punctuation. What matches first here is the definition of a cue; the letters' patterns
 * must find the same (`findCues(text, start, end, referenceCueSearch(CLAUSE_PUNCTUATION))`).
 */
export function referenceCueSearch(clausePunctuation: string, wordGroups = cueWordGroups()): CueSearch {
  const alternation = wordGroups.map(({ source }) => `(${source})`).join('|');
  const pattern = new RegExp(
    `(?<![\\w${LATIN_LETTERS}-])(?:${alternation})(?![\\w${LATIN_LETTERS}])|${clausePunctuation}`,
    'gi',
  );
  return (sentence, found) => {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(sentence)) !== null) {
      const capture = match.findIndex((text, number) => number > 0 && text !== undefined);
      found(match.index, match.index + match[0].length, capture === -1 ? null : wordGroups[capture - 1]!);
    }
  };
}
