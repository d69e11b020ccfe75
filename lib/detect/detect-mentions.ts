import {
  classifyAmount,
  describeClassification,
  ruleWithoutSentence,
  type Classification,
  type LazyReferences,
} from './classify';
import { findAmounts, type FoundAmount } from './find-amounts';
import { findCues, type Cue } from './find-cues';
import { dateRange, pastTimesIn, plausibleAsAny, type ReferenceRange } from './plausibility';
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

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

function lineStartBefore(text: string, index: number): number {
  for (let at = index - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return at + 1;
  }
  return 0;
}

function lineEndAfter(text: string, index: number): number {
  LINE_BREAK.lastIndex = index;
  return LINE_BREAK.exec(text)?.index ?? text.length;
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
  // Every past time named in the amount's line (a superset of its sentence's: a sentence never crosses a line
  // break), looked up once per line when needed.
  let lineStart = -1;
  let lineEnd = -1;
  let lineReferences: ReferenceRange[] = atDateOnly;
  /**
   * True for an amount that classification would call `other` whatever its sentence: not dollars, priced per some
   * other unit, or no plausible figure of any kind at any time the text names. About half the amounts in news
   * (flows, caps, other coins' prices) end here without their sentence being read.
   */
  const isOtherForSure = (amount: FoundAmount): boolean => {
    if (ruleWithoutSentence(amount)) return true;
    if (plausibleAsAny(amount.value, atDateOnly)) return false;
    if (amount.groupStart < lineStart || amount.groupEnd > lineEnd) {
      lineStart = lineStartBefore(text, amount.groupStart);
      lineEnd = lineEndAfter(text, amount.groupEnd);
      lineReferences = [atDate, ...pastTimesIn(text, lineStart, lineEnd, date)];
    }
    return !plausibleAsAny(amount.value, lineReferences);
  };

  const mentions: PriceMention[] = [];
  let sentenceStart = -1;
  let sentenceEnd = -1;
  let cues: Cue[] = [];
  let pastTimes: ReferenceRange[] | undefined;
  const references: LazyReferences = {
    atDate,
    all: () => (pastTimes ??= [atDate, ...pastTimesIn(text, sentenceStart, sentenceEnd, date)]),
  };
  for (const amount of amounts) {
    if (!explain && isOtherForSure(amount)) {
      const { start, end } = amount;
      const usd = amount.currency === 'USD' ? amount.value : Number.NaN;
      mentions.push({ start, end, text: text.slice(start, end), usd, kind: 'other' });
      continue;
    }
    // Amounts inside the previous sentence share it, its cues and its past times.
    if (amount.groupStart < sentenceStart || amount.groupEnd > sentenceEnd) {
      const sentence = sentenceAround(text, amount.groupStart, amount.groupEnd);
      sentenceStart = sentence.start;
      sentenceEnd = sentence.end;
      cues = findCues(text, sentenceStart, sentenceEnd);
      pastTimes = undefined;
    }
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
