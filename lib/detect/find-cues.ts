import {
  BITCOIN_NAMES,
  CLAUSE_WORDS,
  COST_WORDS,
  FORECAST_WORDS,
  MOVE_WORDS,
  NEED_WORDS,
  NEUTRAL_WORDS,
  NON_PRICE_WORDS,
  OTHER_ASSETS,
  PRICE_WORDS,
  TARGET_WORDS,
  WEAK_CLAUSE_WORDS,
} from './vocabulary';
import { firstLetterAlternation } from './word-pattern';

export type CueCategory =
  | 'neutral'
  | 'need'
  | 'cost'
  | 'other-asset'
  | 'non-price'
  | 'bitcoin'
  | 'forecast'
  | 'target'
  | 'price'
  | 'move'
  | 'clause'
  | 'weak-clause';

/** A word or phrase in a sentence that tells what an amount near it is about. */
export interface Cue {
  category: CueCategory;
  start: number;
  end: number;
  /** For `other-asset`: above this an amount cannot be the asset's price. */
  ceilingUsd: number;
}

/**
 * Cues are matched in a copy of the sentence where every space that does not break a line is a plain space, so a
 * space in the word lists is ` +`: the patterns are a third shorter than with a space class at each space, and
 * compile about twice as fast (tens of ms, once per page).
 */
const WORD_SPACE = ' +';
const OTHER_SPACE = /[^\S\r\n\u2028\u2029 ]/g;
const phrases = (list: readonly string[]) => list.map((entry) => entry.replaceAll(' ', WORD_SPACE)).join('|');

/**
 * Earlier categories win when two phrases start at the same word (`bitcoin cash` is another asset, `price target` a
 * forecast, `break even` a cost). Other assets get one group each so their ceiling is known without re-matching.
 */
const WORD_GROUPS: { category: CueCategory; source: string; ceilingUsd: number }[] = [
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
];

/** Punctuation that separates clauses; a comma or colon between digits is part of a number. */
const CLAUSE_PUNCTUATION = '[;()\\[\\]—]|[,:](?!\\d)|[ \\u00a0][–-][ \\u00a0]';

/**
 * One alternation grouped by first letter, without capture groups (they make every match costly); the category
 * is looked up after.
 */
const CUE = new RegExp(
  `(?<![\\w-])(?:${firstLetterAlternation(WORD_GROUPS.map((group) => group.source))})(?![\\w])|${CLAUSE_PUNCTUATION}`,
  'gi',
);
const WHOLE_GROUPS = WORD_GROUPS.map((group) => ({
  ...group,
  whole: new RegExp(`^(?:${group.source})$`, 'i'),
}));

/** Category of each cue text seen so far, as written (the vocabulary is small, so this stays small). */
const categoryOfText = new Map<string, { category: CueCategory; ceilingUsd: number }>();
const CATEGORY_CACHE_LIMIT = 20_000;
const CLAUSE = { category: 'clause' as const, ceilingUsd: 0 };

function categoryOf(cueText: string): { category: CueCategory; ceilingUsd: number } {
  const code = cueText.charCodeAt(0);
  const isLetterOrDigit =
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (!isLetterOrDigit) return CLAUSE;
  let found = categoryOfText.get(cueText);
  if (found === undefined) {
    // Same order as the alternation, so the first category whose words match the whole text is the one matched.
    const group = WHOLE_GROUPS.find((candidate) => candidate.whole.test(cueText));
    found = group === undefined ? CLAUSE : { category: group.category, ceilingUsd: group.ceilingUsd };
    if (categoryOfText.size < CATEGORY_CACHE_LIMIT) categoryOfText.set(cueText, found);
  }
  return found;
}

/** Compiles every category pattern (each is compiled on its first use otherwise, in the middle of a scan). */
export function primeCueCategories(): void {
  for (const group of WHOLE_GROUPS) group.whole.test('');
}

/** All cues in `text[start, end)`, in order, with offsets into `text`. */
export function findCues(text: string, start: number, end: number): Cue[] {
  const cues: Cue[] = [];
  // Matching on the slice bounds the search: a sentence without cues must not scan the rest of the text.
  const sentence = text.slice(start, end).replace(OTHER_SPACE, ' ');
  CUE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CUE.exec(sentence)) !== null) {
    const cueStart = start + match.index;
    const { category, ceilingUsd } = categoryOf(match[0]);
    cues.push({ category, start: cueStart, end: cueStart + match[0].length, ceilingUsd });
  }
  // `₿` names bitcoin but is no word character, so it is looked for apart from the word pattern.
  let sign = sentence.indexOf('\u20bf');
  if (sign !== -1) {
    for (; sign !== -1; sign = sentence.indexOf('\u20bf', sign + 1)) {
      cues.push({ category: 'bitcoin', start: start + sign, end: start + sign + 1, ceilingUsd: 0 });
    }
    cues.sort((left, right) => left.start - right.start);
  }
  return cues;
}
