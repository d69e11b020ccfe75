import { CUE_WORD_GROUPS } from './cue-pattern-data';
import type { CueGroup } from './cue-pattern-sources';
import { keptForLastText } from './kept-for-last-text';
// (lower-case-copy.ts imports this module's characters: used in functions only, the cycle is harmless.)
import { asciiLowerCase } from './lower-case-copy';
import { LATIN_LETTERS } from './word-pattern';

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

/** Cues are matched in a copy of the sentence where every space that does not break a line is a plain space. */
const OTHER_SPACE = /[^\S\r\n\u2028\u2029 ]/g;

/**
 * Three characters the lower case reads otherwise than a case-insensitive pattern: `İ` (lower case two characters
 * long), the Kelvin sign (lower case `k`) and `ẞ` (`ß`); a case-insensitive pattern matches none of them, so the
 * copies have `NO_CUE` in their place (the unit test checks these are all, for every character and every character
 * or class of the shipped patterns).
 */
export const CASE_FOLDS_APART = /[\u0130\u212a\u1e9e]/g;
/**
 * A character no pattern matches (the word joiner). Not a noncharacter such as U+FFFF: the bundle holds it as
 * written, and Chrome refuses to load a script holding a noncharacter ("isn't UTF-8 encoded").
 */
export const NO_CUE = '\u2060';

/**
 * Whether the patterns read every sentence as a two-byte string (`NO_CUE` appended): from the first of the
 * `cuePatternSteps`, which prepare the detector for a page. V8 compiles a pattern apart for one-byte strings (every
 * character up to U+00FF) and two-byte ones, and a page's blocks are of both kinds (one `’` makes a block two-byte,
 * and every sentence sliced from it), so each pattern a page used was compiled twice. Not outside a page: the cue
 * search of a one-byte text reads its two-byte copy about 12 % slower. The patterns have no `$` or `\b`: they read
 * `NO_CUE` as the end of the sentence.
 */
let twoByteSentences = false;

/**
 * Punctuation that separates clauses; a comma or colon between digits is part of a number. (`nextCueStart` stops
 * where it may start: at `;()[]`, at a comma or colon before no digit, at a space before a dash, at a
 * character beyond ASCII.)
 */
export const CLAUSE_PUNCTUATION = '[;()\\[\\]—]|[,:](?!\\d)|[ \\u00a0][–-][ \\u00a0]';

/** A pattern of several word groups' words, each group one capture group: the one that matched names the cue. */
interface GroupedPattern {
  pattern: RegExp;
  /** The word group of each capture group (capture 1 first). */
  groupOfCapture: readonly number[];
}

/**
 * The word patterns are compiled on a page's first cue search, and a letter's only when a sentence has a word
 * starting with it: compiling them all as one alternation took 40–70 ms whatever the text, paid by every page with
 * an amount, in one piece. Each letter's alternation is small (1–3 ms), so a short text pays for the letters it
 * uses, in pieces. At every word start the letter's pattern is tried, then the others (not starting with a letter),
 * then clause punctuation: the same matches, in the same order of preference, as one alternation of them all
 * (`referenceCueSearch`, which the tests compare with). In a letter's pattern each word group's words are one
 * capture group, so the match tells the cue's group: no pattern per category is compiled to look it up afterwards
 * (those took about 15 ms per page).
 */
interface CuePatterns {
  /** A cue not starting with a letter a–z, at a place: a word not starting with one, or clause punctuation. */
  special: RegExp;
  /** The groups' words by their first letter (`wordsByStart`). */
  words: Map<string, [group: number, alternation: string][]>;
  /** Each letter's pattern, compiled on first use (null: no word starts with it), by char code of the lower case. */
  letters: (GroupedPattern | null | undefined)[];
  others: GroupedPattern | null;
  groups: readonly CueGroup[];
}
let patterns: CuePatterns | undefined;

/** The pattern of `words` after `start`, each `[group, alternation]` one capture group, in group order. */
function groupedPattern(start: string, words: readonly (readonly [number, string])[]): GroupedPattern {
  const alternation = words.map(([, alternatives]) => `(${alternatives})`).join('|');
  return {
    pattern: new RegExp(`${start}(?:${alternation})(?![\\w${LATIN_LETTERS}])`, 'y'),
    groupOfCapture: words.map(([group]) => group),
  };
}

/**
 * The groups' words by how they start: `[group, alternation]` of each group that has words starting with a letter,
 * by the letter (without it), and of those not starting with one, under ''.
 */
function wordsByStart(): Map<string, [group: number, alternation: string][]> {
  const byStart = new Map<string, [number, string][]>();
  CUE_WORD_GROUPS.forEach((group, index) => {
    // A space in the words stands for any run of spaces (the sentence is matched with plain spaces).
    for (const line of group.words.replaceAll(' ', ' +').split('\n')) {
      const first = line[0]!;
      const start = first >= 'a' && first <= 'z' ? first : '';
      const words = byStart.get(start) ?? [];
      words.push([index, start === '' ? line : line.slice(1)]);
      byStart.set(start, words);
    }
  });
  return byStart;
}

function cuePatterns(): CuePatterns {
  if (patterns) return patterns;
  const words = wordsByStart();
  const others = words.get('') ?? [];
  const otherWords = others.map(([, words]) => words).join('|');
  return (patterns = {
    special: new RegExp(
      `${otherWords ? `(?<![\\w${LATIN_LETTERS}-])(?:${otherWords})(?![\\w${LATIN_LETTERS}])|` : ''}${CLAUSE_PUNCTUATION}`,
      'y',
    ),
    words,
    letters: [],
    others: others.length > 0 ? groupedPattern('', others) : null,
    groups: CUE_WORD_GROUPS,
  });
}

/** The pattern of words starting with this letter (any case), compiled on first use; null when there are none. */
function letterPattern(found: CuePatterns, code: number): GroupedPattern | null {
  const lower = code | 0x20;
  let pattern = found.letters[lower];
  if (pattern === undefined) {
    const letter = String.fromCharCode(lower);
    const words = found.words.get(letter);
    pattern = found.letters[lower] = words ? groupedPattern(letter, words) : null;
  }
  return pattern;
}

/**
 * Runs `grouped` at `index` of `sentence`: the word group of the words it matched there (the match ends at
 * `grouped.pattern.lastIndex`), or -1.
 */
function groupAt(grouped: GroupedPattern, sentence: string, index: number): number {
  grouped.pattern.lastIndex = index;
  const match = grouped.pattern.exec(sentence);
  if (match === null) return -1;
  let capture = 1;
  while (match[capture] === undefined) capture++;
  return grouped.groupOfCapture[capture - 1]!;
}

/** The ASCII characters that start clause punctuation whatever follows them: `;()[]`. */
const isClauseMark = (code: number) =>
  code === 59 || code === 40 || code === 41 || code === 91 || code === 93;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;
/** The letters of `LATIN_LETTERS`, by char code (a comparison or two, not a pattern, in the loop below). */
const isLatinLetter = (code: number) => code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
/** A character no word starts right after: a letter (`LATIN_LETTERS` too), digit, `_` or `-`. */
const isWordCharacter = (code: number) =>
  isAsciiLetter(code) || isDigit(code) || code === 95 || code === 45 || isLatinLetter(code);
const CLAUSE: CueGroup = { category: 'clause', ceilingUsd: 0 };

/**
 * Where a cue may start at or after `from` (-1: nowhere): a letter or digit where a word may start (not after a
 * letter, digit, `_` or `-`), or where clause punctuation or a word starting beyond ASCII may (the special pattern
 * tells). Other ASCII characters (`.`, `$`, `%`, `/`, a comma inside a number) start no cue: no pattern is tried
 * there. A loop over the characters rather than a pattern tried at each word start: the inside of a word costs a
 * comparison or two a character, not a pattern call a word.
 */
function nextCueStart(sentence: string, from: number): number {
  let inWord = isWordCharacter(sentence.charCodeAt(from - 1));
  for (let index = from; index < sentence.length; index++) {
    const code = sentence.charCodeAt(index);
    if (isAsciiLetter(code) || isDigit(code)) {
      if (!inWord) return index;
    } else {
      inWord = code === 95 /* _ */ || code === 45; /* - */
      if (code === 32) {
        const after = sentence.charCodeAt(index + 1);
        if (after === 45 || after === 0x2013 /* - – */) return index;
      } else if (
        code > 0x7f ||
        isClauseMark(code) ||
        ((code === 44 || code === 58) /* , : */ && !isDigit(sentence.charCodeAt(index + 1)))
      ) {
        return index;
      }
    }
  }
  return -1;
}

/** Cues of `sentence` (offsets from `start`) through the letters' patterns. */
function searchByLetter(found: CuePatterns, sentence: string, start: number, cues: Cue[]): void {
  const { special, others, groups } = found;
  let end = -1;
  // On from the end of the cue found, else from the next character (a failed pattern leaves `end` behind `index`).
  for (
    let index = nextCueStart(sentence, 0);
    index !== -1;
    index = nextCueStart(sentence, Math.max(end, index + 1))
  ) {
    const code = sentence.charCodeAt(index);
    if (isAsciiLetter(code)) {
      // A word starts here: its letter's words. The others (starting with a digit or a letter beyond ASCII, as
      // cue-pattern-sources.ts checks) cannot match at an ASCII letter: the one alternation would find the same.
      const letter = letterPattern(found, code);
      if (letter === null) continue;
      const group = groupAt(letter, sentence, index);
      end = letter.pattern.lastIndex;
      if (group === -1) continue;
      pushCue(cues, sentence, index, end, groups[group]!, start);
    } else {
      special.lastIndex = index;
      if (!special.test(sentence)) continue;
      end = special.lastIndex;
      // A word starting with a digit (`52-week highs`) or a letter beyond ASCII (`über`, `évolue`): its group is
      // the others pattern's; anything else (a dash, a no-break space before one) is clause punctuation.
      const word = (isDigit(code) || code > 0x7f) && others !== null ? groupAt(others, sentence, index) : -1;
      const cueGroup = word === -1 ? CLAUSE : groups[word]!;
      pushCue(cues, sentence, index, end, cueGroup, start);
    }
  }
}

/**
 * A search for the cues of a sentence in place of the letters' patterns (for tests: `referenceCueSearch`): calls
 * `found` with each cue's bounds and word group (null: clause punctuation), in order.
 */
export type CueSearch = (
  sentence: string,
  found: (index: number, end: number, group: CueGroup | null) => void,
) => void;

/** Adds the cue found at `[index, end)` of `sentence` (offsets from `start`). */
function pushCue(
  cues: Cue[],
  sentence: string,
  index: number,
  end: number,
  group: CueGroup,
  start: number,
): void {
  const { category, ceilingUsd } = group;
  // `stock-based compensation`, `gold-backed`: another asset's name as a modifier names no asset.
  if (category === 'other-asset' && sentence.charCodeAt(end) === 45) return;
  cues.push({ category, start: start + index, end: start + end, ceilingUsd });
}

/**
 * The copy of the text the letters' patterns read: its lower case (`asciiLowerCase`, which classification reads too,
 * made once for a text) with plain spaces. The patterns' words are written in lower case, and the patterns compiled
 * without the `i` flag: compiling the 27 case-insensitive patterns took a quarter to a third longer (in a fresh
 * Chromium page, medians of 9: 36 ms against 29 for one-byte strings, 38 against 26 for two-byte ones), paid by
 * every page. Each sentence is sliced from the copy: lower-casing each apart, and first looking in it for characters
 * to replace, took a tenth of the cue search or more. The lower case of a sentence and of the whole text differ only
 * at a `Σ` (`ς` at a word's end, else `σ`), which no pattern tells apart (the unit test checks).
 */
const cueCopy = keptForLastText((text) => asciiLowerCase(text).replace(OTHER_SPACE, ' '));

/**
 * All cues in `text[start, end)`, in order, with offsets into `text`, through the letters' patterns, or `search`.
 */
export function findCues(text: string, start: number, end: number, search?: CueSearch): Cue[] {
  const cues: Cue[] = [];
  // Matching on the slice bounds the search: a sentence without cues must not scan the rest of the text.
  const sentence = search
    ? text.slice(start, end).replace(OTHER_SPACE, ' ')
    : cueCopy(text).slice(start, end);
  if (search)
    search(sentence, (index, cueEnd, group) =>
      pushCue(cues, sentence, index, cueEnd, group ?? CLAUSE, start),
    );
  else searchByLetter(cuePatterns(), twoByteSentences ? sentence + NO_CUE : sentence, start, cues);
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

/**
 * Runs a compiled pattern on a two-byte string, as `findCues` does once the steps run: the engine compiles it on
 * first use, and again to machine code on a later use.
 */
function warm(pattern: RegExp): void {
  for (let run = 0; run < 2; run++) {
    pattern.lastIndex = 0;
    pattern.test(NO_CUE);
  }
}

/**
 * The cue patterns' one-time cost (compiling each letter's pattern, then the others) as small steps of a few ms
 * each, so a caller can run them apart (in idle time) before the first cue search instead of inside it. From the
 * first step on, the cue search reads two-byte copies of the sentences, which the steps compile the patterns for
 * (`twoByteSentences`): a page's caller runs them. Running them changes no result.
 */
export function cuePatternSteps(): (() => void)[] {
  const steps: (() => void)[] = [];
  for (let code = 97; code <= 122; code++) {
    steps.push(() => {
      twoByteSentences = true;
      const pattern = letterPattern(cuePatterns(), code);
      if (pattern) warm(pattern.pattern);
    });
  }
  steps.push(() => {
    const { special, others } = cuePatterns();
    warm(special);
    if (others) warm(others.pattern);
  });
  return steps;
}
