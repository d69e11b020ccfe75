/**
 * The features a learned second opinion on an amount's kind reads (issue 12's stacking experiment, dev-time only):
 * the words of the amount's sentence by where they stand, the rules' decision and deciding rule, plausibility at the
 * date and the value's size against the price at the date. The detector's pieces are passed in, so the same features
 * are computed with an older commit's `lib/detect` (the held-out tests rebuild each fold's first contact).
 */

/** What the features need from a `lib/detect` (the current one or an older commit's). */
export interface DetectorPieces {
  explainPriceMentions(
    text: string,
    options: { date?: Date },
  ): { start: number; end: number; text: string; usd: number; kind: string; reason: string }[];
  sentenceAround(text: string, from: number, to: number): { start: number; end: number };
  dateRange(date: Date): { lowUsd: number; highUsd: number; label: string };
  plausibleAgainst(
    usd: number,
    kind: 'price' | 'target' | 'cost' | 'coin-cost' | 'crash',
    references: readonly { lowUsd: number; highUsd: number; label: string }[],
  ): unknown;
}

/** A word's first letters: a poor man's stem that works alike in the seven languages. */
const STEM_LENGTH = 6;
const WORD = /[\p{L}]+|\d{4}(?!\d)/gu;
const CLAUSE_BREAK = /[;:()—–]|,(?!\d)/;

/** Where a word stands from the amount, counted in words. */
function positionBucket(words: number, before: boolean): string {
  if (before) return words <= 3 ? 'b1' : words <= 10 ? 'b2' : 'b3';
  return words <= 3 ? 'a1' : 'a2';
}

interface WordAt {
  word: string;
  start: number;
  end: number;
}

function wordsIn(text: string, start: number, end: number): WordAt[] {
  const words: WordAt[] = [];
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match !== null && match.index < end; match = WORD.exec(text)) {
    words.push({
      word: match[0].toLowerCase().slice(0, STEM_LENGTH),
      start: match.index,
      end: WORD.lastIndex,
    });
  }
  return words;
}

/** The rule's words (the first part of an explanation), and which of asset, cue and forecast it names. */
function ruleOf(reason: string): { rule: string; names: string[] } {
  const parts = reason.split('; ');
  const names = parts.slice(1).map((part) => part.split(' ')[0]!);
  return { rule: parts[0]!, names };
}

/** The features of one detected amount, as strings (hashed by the model). */
export function amountFeatures(
  pieces: DetectorPieces,
  text: string,
  date: Date,
  mention: { start: number; end: number; usd: number; kind: string; reason: string },
  previousInSentence: { kind: string } | undefined,
  withRules = true,
): string[] {
  const features = ['bias'];
  const { rule, names } = ruleOf(mention.reason);
  // Without the rules' decision: the model alone, from the words, plausibility and size.
  const decided = withRules ? `:${mention.kind}` : '';
  if (withRules) {
    features.push(`kind:${mention.kind}`, `rule:${rule}`);
    for (const name of names) features.push(`names:${name}`, `names:${name}:${mention.kind}`);
    if (mention.reason.includes('vs year')) features.push('ref:year');
    if (previousInSentence !== undefined) features.push(`previous:${previousInSentence.kind}`);
  }
  const sentence = pieces.sentenceAround(text, mention.start, mention.end);
  const atDate = [pieces.dateRange(date)];
  for (const as of ['price', 'cost', 'coin-cost', 'target'] as const) {
    const fits = pieces.plausibleAgainst(mention.usd, as, atDate) !== undefined;
    features.push(`fits:${as}:${fits}`, `fits:${as}:${fits}${decided}`);
  }
  const middle = (atDate[0]!.lowUsd + atDate[0]!.highUsd) / 2;
  const size = Math.max(-6, Math.min(6, Math.round(2 * Math.log10(mention.usd / middle))));
  features.push(`size:${size}`, `size:${size}${decided}`);
  const words = wordsIn(text, sentence.start, sentence.end);
  const year = date.getUTCFullYear();
  const before = words.filter((word) => word.end <= mention.start).reverse();
  const after = words.filter((word) => word.start >= mention.end);
  for (const [list, isBefore] of [
    [before, true],
    [after, false],
  ] as const) {
    let clauseBroken = false;
    let previousEdge = isBefore ? mention.start : mention.end;
    list.forEach((word, index) => {
      const between = isBefore ? text.slice(word.end, previousEdge) : text.slice(previousEdge, word.start);
      if (CLAUSE_BREAK.test(between)) clauseBroken = true;
      previousEdge = isBefore ? word.start : word.end;
      const token = /^\d{4}$/.test(word.word) ? `year${Math.sign(Number(word.word) - year)}` : word.word;
      const where = positionBucket(index + 1, isBefore);
      features.push(
        `w:${token}`,
        `${where}:${token}`,
        `${isBefore ? 'b' : 'a'}${clauseBroken ? 'x' : 'c'}:${token}`,
      );
    });
  }
  return features;
}
