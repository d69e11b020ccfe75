import { classifyAmount } from './classify';
import { findAmounts } from './find-amounts';
import { findCues, type Cue } from './find-cues';
import { dateRange, pastYearsIn, yearRange, type ReferenceRange } from './plausibility';
import { sentenceAround } from './sentence';
import type { DetectOptions, PriceMention } from './types';

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
  const amounts = findAmounts(text);
  if (amounts.length === 0) return [];
  const date =
    options.date !== undefined && !Number.isNaN(options.date.getTime()) ? options.date : new Date();
  const articleYear = date.getUTCFullYear();
  const atDate = dateRange(date);

  const mentions: ExplainedMention[] = [];
  let sentenceStart = -1;
  let sentenceEnd = -1;
  let cues: Cue[] = [];
  let references: ReferenceRange[] = [atDate];
  for (const amount of amounts) {
    const sentence = sentenceAround(text, amount.groupStart, amount.groupEnd);
    if (sentence.start !== sentenceStart || sentence.end !== sentenceEnd) {
      sentenceStart = sentence.start;
      sentenceEnd = sentence.end;
      cues = findCues(text, sentenceStart, sentenceEnd);
      const years = pastYearsIn(text, sentenceStart, sentenceEnd, articleYear);
      references = years.length === 0 ? [atDate] : [atDate, ...years.map(yearRange)];
    }
    const { kind, reason } = classifyAmount(text, amount, cues, references);
    mentions.push({
      start: amount.start,
      end: amount.end,
      text: text.slice(amount.start, amount.end),
      usd: amount.currency === 'USD' ? amount.value : Number.NaN,
      kind,
      reason,
    });
  }
  return mentions;
}
