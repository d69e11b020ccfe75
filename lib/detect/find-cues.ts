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
import { alternativesByFirstLetter, firstLetterAlternation } from './word-pattern';

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
  | 'weak-clause'
  | 'cost-verb'
  | 'generic-coin';

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
const wordGroups = (): { category: CueCategory; source: string; ceilingUsd: number }[] => [
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

/** Punctuation that separates clauses; a comma or colon between digits is part of a number. */
const CLAUSE_PUNCTUATION = '[;()\\[\\]—]|[,:](?!\\d)|[ \\u00a0][–-][ \\u00a0]';

/**
 * The word patterns are compiled on a page's first cue search, and a letter's only when a sentence has a word
 * starting with it: compiling them all as one alternation took 40–70 ms whatever the text, paid by every page with
 * an amount, in one piece. Each letter's alternation is small (1–3 ms), so a short text pays for the letters it
 * uses, in pieces. At every word start the letter's pattern is tried, then the others (not starting with a letter),
 * then clause punctuation: the same matches, in the same order of preference, as one alternation of them all
 * (kept as the reference the tests compare with). With each letter's words grouped by their next characters
 * (`prefixAlternation`) this is also about twice as fast per sentence as the one alternation, so it is used always.
 */
interface CuePatterns {
  /**
   * Where a cue may start: a letter where a word may start (its letter's pattern is tried there), a word not
   * starting with a letter, or clause punctuation (both cues as matched).
   */
  starts: RegExp;
  /** Each letter's alternation (source, then compiled on first use), by char code of the lower-case letter. */
  sources: (string | undefined)[];
  compiled: (RegExp | undefined)[];
  others: RegExp | null;
  /** The one alternation of every word and punctuation, once a long run has paid for compiling it. */
  combined: RegExp | null;
  whole: { category: CueCategory; ceilingUsd: number; whole: RegExp }[];
}
let patterns: CuePatterns | undefined;

const sticky = (source: string) => new RegExp(`(?:${source})(?![\\w])`, 'iy');

function cuePatterns(): CuePatterns {
  if (patterns) return patterns;
  const groups = wordGroups();
  const { rests, others } = alternativesByFirstLetter(groups.map((group) => group.source));
  const sources: (string | undefined)[] = [];
  for (const [first, rest] of rests) sources[first.charCodeAt(0)] = `${first}(?:${rest})`;
  const otherWords = others.length > 0 ? `|(?<![\\w-])(?:${others.join('|')})(?![\\w])` : '';
  return (patterns = {
    starts: new RegExp(`(?<![\\w-])[a-z]${otherWords}|${CLAUSE_PUNCTUATION}`, 'gi'),
    sources,
    compiled: [],
    others: others.length > 0 ? sticky(others.join('|')) : null,
    combined: null,
    // Compiled by the engine on first use, one category at a time.
    whole: groups.map((group) => ({ ...group, whole: new RegExp(`^(?:${group.source})$`, 'i') })),
  });
}

/** The pattern of words starting with this letter (any case), compiled on first use; null when there are none. */
function letterPattern(found: CuePatterns, code: number): RegExp | null {
  const lower = code | 0x20;
  let pattern = found.compiled[lower];
  if (pattern === undefined) {
    const source = found.sources[lower];
    if (source === undefined) return null;
    pattern = found.compiled[lower] = sticky(source);
  }
  return pattern;
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

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
    const group = cuePatterns().whole.find((candidate) => candidate.whole.test(cueText));
    found = group === undefined ? CLAUSE : { category: group.category, ceilingUsd: group.ceilingUsd };
    if (categoryOfText.size < CATEGORY_CACHE_LIMIT) categoryOfText.set(cueText, found);
  }
  return found;
}

/** Cues of `sentence` (offsets from `start`) through the letters' patterns. */
function searchByLetter(found: CuePatterns, sentence: string, start: number, cues: Cue[]): void {
  const { starts, others } = found;
  starts.lastIndex = 0;
  let candidate: RegExpExecArray | null;
  while ((candidate = starts.exec(sentence)) !== null) {
    const index = candidate.index;
    let cueText = candidate[0];
    if (cueText.length === 1 && isAsciiLetter(cueText.charCodeAt(0))) {
      // A word starts here: its letter's words, then the others, as the one alternation would try them.
      // (test, not exec: no match array for the many words that are no cue)
      const letter = letterPattern(found, cueText.charCodeAt(0));
      let end = -1;
      if (letter !== null) {
        letter.lastIndex = index;
        if (letter.test(sentence)) end = letter.lastIndex;
      }
      if (end === -1 && others !== null) {
        others.lastIndex = index;
        if (others.test(sentence)) end = others.lastIndex;
      }
      if (end === -1) {
        starts.lastIndex = index + 1;
        continue;
      }
      cueText = sentence.slice(index, end);
      starts.lastIndex = index + cueText.length;
    }
    pushCue(cues, sentence, index, cueText, start);
  }
}

/** Adds the cue found at `index` of `sentence` (offsets from `start`). */
function pushCue(cues: Cue[], sentence: string, index: number, cueText: string, start: number): void {
  const { category, ceilingUsd } = categoryOf(cueText);
  // `stock-based compensation`, `gold-backed`: another asset's name as a modifier names no asset.
  if (category === 'other-asset' && sentence.charCodeAt(index + cueText.length) === 45) return;
  const cueStart = start + index;
  cues.push({ category, start: cueStart, end: cueStart + cueText.length, ceilingUsd });
}

/**
 * All cues in `text[start, end)`, in order, with offsets into `text`, through the letters' patterns; `combined` (for
 * tests) reads them with the one alternation of every word instead, which gives the same cues.
 */
export function findCues(
  text: string,
  start: number,
  end: number,
  strategy: 'by-letter' | 'combined' = 'by-letter',
): Cue[] {
  const cues: Cue[] = [];
  // Matching on the slice bounds the search: a sentence without cues must not scan the rest of the text.
  const sentence = text.slice(start, end).replace(OTHER_SPACE, ' ');
  const found = cuePatterns();
  if (strategy === 'combined') {
    const combined = (found.combined ??= new RegExp(
      `(?<![\\w-])(?:${firstLetterAlternation(wordGroups().map((group) => group.source))})(?![\\w])|${CLAUSE_PUNCTUATION}`,
      'gi',
    ));
    combined.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = combined.exec(sentence)) !== null) pushCue(cues, sentence, match.index, match[0], start);
  } else {
    searchByLetter(found, sentence, start, cues);
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

/** Runs a compiled pattern: the engine compiles it on first use, and again to machine code on a later use. */
function warm(pattern: RegExp): void {
  for (let run = 0; run < 2; run++) {
    pattern.lastIndex = 0;
    pattern.test('');
  }
}

/**
 * The cue patterns' one-time cost (building their sources, compiling each letter's and each category's pattern) as
 * small steps of a few ms each, so a caller can run them apart (in idle time) before the first cue search instead
 * of inside it. Running them changes no result.
 */
export function cuePatternSteps(): (() => void)[] {
  const steps: (() => void)[] = [() => void cuePatterns()];
  for (let code = 97; code <= 122; code++) {
    steps.push(() => {
      const pattern = letterPattern(cuePatterns(), code);
      if (pattern) warm(pattern);
    });
  }
  steps.push(() => {
    const { starts, others } = cuePatterns();
    warm(starts);
    if (others) warm(others);
  });
  for (let index = 0; index < wordGroups().length; index++) {
    steps.push(() => {
      const group = cuePatterns().whole[index];
      if (group) warm(group.whole);
    });
  }
  return steps;
}
