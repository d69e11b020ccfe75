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
  WEAK_CLAUSE_WORDS,
} from './vocabulary';

export type CueCategory =
  | 'neutral'
  | 'need'
  | 'cost'
  | 'other-asset'
  | 'non-price'
  | 'bitcoin'
  | 'forecast'
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

const WORD_SPACE = '[^\\S\\r\\n\\u2028\\u2029]+';
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
  { category: 'forecast', source: phrases(FORECAST_WORDS), ceilingUsd: 0 },
  { category: 'price', source: phrases(PRICE_WORDS), ceilingUsd: 0 },
  { category: 'move', source: phrases(MOVE_WORDS), ceilingUsd: 0 },
  { category: 'clause', source: phrases(CLAUSE_WORDS), ceilingUsd: 0 },
  { category: 'weak-clause', source: phrases(WEAK_CLAUSE_WORDS), ceilingUsd: 0 },
];

/** Punctuation that separates clauses; a comma or colon between digits is part of a number. */
const CLAUSE_PUNCTUATION = '[;()\\[\\]—]|[,:](?!\\d)|[ \\u00a0][–-][ \\u00a0]';

const CUE = new RegExp(
  `(?<![\\w-])(?:${WORD_GROUPS.map((group) => `(${group.source})`).join('|')})(?![\\w])|(${CLAUSE_PUNCTUATION})`,
  'gi',
);
const PUNCTUATION_GROUP = WORD_GROUPS.length + 1;

/** All cues in `text[start, end)`, in order. */
export function findCues(text: string, start: number, end: number): Cue[] {
  const cues: Cue[] = [];
  CUE.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = CUE.exec(text)) !== null && match.index < end) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd > end) break;
    if (match[PUNCTUATION_GROUP] !== undefined) {
      cues.push({ category: 'clause', start: match.index, end: matchEnd, ceilingUsd: 0 });
      continue;
    }
    for (let group = 1; group < PUNCTUATION_GROUP; group++) {
      if (match[group] !== undefined) {
        const { category, ceilingUsd } = WORD_GROUPS[group - 1]!;
        cues.push({ category, start: match.index, end: matchEnd, ceilingUsd });
        break;
      }
    }
  }
  // `₿` names bitcoin but is no word character, so it is looked for apart from the word pattern.
  let sign = text.indexOf('\u20bf', start);
  if (sign !== -1 && sign < end) {
    for (; sign !== -1 && sign < end; sign = text.indexOf('\u20bf', sign + 1)) {
      cues.push({ category: 'bitcoin', start: sign, end: sign + 1, ceilingUsd: 0 });
    }
    cues.sort((left, right) => left.start - right.start);
  }
  return cues;
}
