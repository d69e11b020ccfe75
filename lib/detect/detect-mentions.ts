import {
  classifyAmount,
  describeClassification,
  ruleWithoutSentence,
  type Classification,
  type LazyReferences,
} from './classify';
import { findAmounts, type FoundAmount } from './find-amounts';
import { findCues, type Cue } from './find-cues';
import {
  dateRange,
  everyTimeUpTo,
  laterYearsIn,
  pastTimesIn,
  plausibleAsAny,
  type ReferenceRange,
} from './plausibility';
import { sentenceAround } from './sentence';
import type { DetectOptions, PriceMention } from './types';

/**
 * How far from an amount its sentence is read, each way. Long sentences (tables and tickers without periods) would
 * otherwise make every amount read the whole of them.
 */
export const CUE_REACH = 300;

/** The cues within CUE_REACH of the amount (cues are in order). */
function cuesNear(cues: Cue[], amount: { groupStart: number; groupEnd: number }): Cue[] {
  if (
    cues.length === 0 ||
    (cues[0]!.start >= amount.groupStart - CUE_REACH && cues.at(-1)!.end <= amount.groupEnd + CUE_REACH)
  ) {
    return cues;
  }
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cues[middle]!.start < amount.groupStart - CUE_REACH) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < cues.length && cues[last]!.end <= amount.groupEnd + CUE_REACH) last++;
  return cues.slice(low, last);
}

/** A mention with the rule that classified it. */
export interface ExplainedMention extends PriceMention {
  reason: string;
}

/**
 * Every monetary amount in `text`, in order, classified from its own sentence only (so that neighbouring
 * sentences never change a kind). Amounts in € or £ (or any non-US dollar) are `other` with `usd` NaN: they are
 * never read as dollars.
 */
export function explainPriceMentions(text: string, options: DetectOptions = {}): ExplainedMention[] {
  return scanMentions(text, options, describeClassification) as ExplainedMention[];
}

/**
 * The scan behind both. With `explain`, every amount is classified in full and its reason put into words (passed
 * in, so a bundle that never explains leaves the words out).
 */
export function scanMentions(
  text: string,
  options: DetectOptions,
  explain?: (text: string, classification: Classification) => string,
): PriceMention[] {
  const amounts = findAmounts(text);
  if (amounts.length === 0) return [];
  const date =
    options.date !== undefined && !Number.isNaN(options.date.getTime()) ? options.date : new Date();
  const atDate = dateRange(date);

  const atDateOnly = [atDate];
  // Every price up to the article's year: looked up only for an amount that fits no kind at the article's date.
  let everyTime: ReferenceRange[] | undefined;

  // The sentence of the amount being read; amounts inside the previous sentence share it, its cues and its past
  // times, each looked up once and only when needed.
  let sentenceStart = -1;
  let sentenceEnd = -1;
  let cues: Cue[] | undefined;
  let pastTimes: ReferenceRange[] | undefined;
  let laterYears: number[] | undefined;
  const enterSentence = (amount: FoundAmount): void => {
    if (amount.groupStart >= sentenceStart && amount.groupEnd <= sentenceEnd) return;
    const sentence = sentenceAround(text, amount.groupStart, amount.groupEnd);
    sentenceStart = sentence.start;
    sentenceEnd = sentence.end;
    cues = undefined;
    pastTimes = undefined;
    laterYears = undefined;
  };
  const references: LazyReferences = {
    atDate,
    laterYears: () => (laterYears ??= laterYearsIn(text, sentenceStart, sentenceEnd, date)),
    all: () => (pastTimes ??= [atDate, ...pastTimesIn(text, sentenceStart, sentenceEnd, date)]),
  };

  /**
   * True for an amount that classification would call `other` whatever its sentence says: not dollars, priced per
   * some other unit, or no plausible figure of any kind at any time its sentence names. About half the amounts in
   * news (flows, caps, other coins' prices) end here without their sentence's words being read.
   */
  const isOtherForSure = (amount: FoundAmount): boolean => {
    if (ruleWithoutSentence(amount)) return true;
    if (plausibleAsAny(amount.value, atDateOnly)) return false;
    // Sums of millions and sub-cent figures fit no time at all: no need to look for the times the sentence names.
    if (!plausibleAsAny(amount.value, (everyTime ??= [everyTimeUpTo(date)]))) return true;
    enterSentence(amount);
    return !plausibleAsAny(amount.value, references.all());
  };

  const mentions: PriceMention[] = [];
  for (const amount of amounts) {
    if (!explain && isOtherForSure(amount)) {
      const { start, end } = amount;
      const usd = amount.currency === 'USD' ? amount.value : Number.NaN;
      mentions.push({ start, end, text: text.slice(start, end), usd, kind: 'other' });
      continue;
    }
    enterSentence(amount);
    cues ??= findCues(text, sentenceStart, sentenceEnd);
    const classification = classifyAmount(text, amount, cuesNear(cues, amount), references);
    const mention: PriceMention = {
      start: amount.start,
      end: amount.end,
      text: text.slice(amount.start, amount.end),
      usd: amount.currency === 'USD' ? amount.value : Number.NaN,
      kind: classification.kind,
    };
    if (explain) (mention as ExplainedMention).reason = explain(text, classification);
    mentions.push(mention);
  }
  return mentions;
}
