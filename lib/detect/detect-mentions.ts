import {
  classifyAmount,
  costOfSentenceBefore,
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
  highestPriceBy,
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
 * Every monetary amount in `text`, in order, classified from its own sentence, and from the sentence before only
 * when its own names no topic at all and that one is about a production cost (`Production costs have risen. Analysts
 * put them at $87,000.`). Amounts in € or £ (or any non-US dollar, `$` amounts in pesos) are `other` with `usd` NaN:
 * they are never read as dollars.
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
  const scope = new SentenceScope(text, date);

  const mentions: PriceMention[] = [];
  for (const amount of amounts) {
    if (!explain && scope.isOtherForSure(amount)) {
      const { start, end } = amount;
      const usd = amount.currency === 'USD' ? amount.value : Number.NaN;
      mentions.push({ start, end, text: text.slice(start, end), usd, kind: 'other' });
      continue;
    }
    scope.enter(amount);
    // The amount before this one, when it is in the same sentence: a list or comparison carries its kind over.
    const before = mentions.at(-1);
    const previous = before !== undefined && before.end > scope.start ? before : undefined;
    let classification = classifyAmount(text, amount, cuesNear(scope.cues(), amount), scope, previous);
    classification = costOfSentenceBefore(text, amount, classification, scope) ?? classification;
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

/**
 * A sentence opened by a time the sentence before names (`Then,`, `At the time,`, `Back then`, `Damals`, `À l'époque`,
 * `En ese momento`, `All'epoca`, `Na época`, `Destijds`, `Toen`).
 */
const THEN_OPENING =
  /^(?:then\b|at the time\b(?! of)|back then|damals|à l['’]époque|en ese momento|all['’]epoca|na época|destijds|toen\b)/i;
const THEN_OPENING_REACH = 20;

/**
 * The sentence of the amount being read, for one text: amounts inside the previous sentence share it, its cues and
 * its past times, each looked up once and only when needed. A class rather than closures made per call: a live
 * ticker calls the scan ten times a second, and closures made per call had V8 compile their optimised code again
 * each time the last holder of the old code was collected.
 */
class SentenceScope implements LazyReferences {
  readonly atDate: ReferenceRange;
  readonly atDateOnly: ReferenceRange[];
  /** Every price up to the article's year: looked up only for an amount that fits no kind at the article's date. */
  private everyTimeRanges: ReferenceRange[] | undefined;
  /** Where the sentence being read starts and ends. */
  start = -1;
  end = -1;
  private sentenceCues: Cue[] | undefined;
  private pastTimes: ReferenceRange[] | undefined;
  private later: number[] | undefined;
  private highest: number | undefined;

  constructor(
    private readonly text: string,
    private readonly date: Date,
  ) {
    this.atDate = dateRange(date);
    this.atDateOnly = [this.atDate];
  }

  enter(amount: FoundAmount): void {
    if (amount.groupStart >= this.start && amount.groupEnd <= this.end) return;
    const sentence = sentenceAround(this.text, amount.groupStart, amount.groupEnd);
    this.start = sentence.start;
    this.end = sentence.end;
    this.sentenceCues = undefined;
    this.pastTimes = undefined;
    this.later = undefined;
  }

  cues(): Cue[] {
    return (this.sentenceCues ??= findCues(this.text, this.start, this.end));
  }

  /** The cues of the sentence before, when a space (no line break) parts it from this one. */
  cuesBefore(): Cue[] | undefined {
    const end = this.start - 1;
    return end > 0 && this.text.charCodeAt(end) === 32
      ? findCues(this.text, sentenceAround(this.text, end - 1, end - 1).start, end)
      : undefined;
  }

  everyTime(): readonly ReferenceRange[] {
    return (this.everyTimeRanges ??= [everyTimeUpTo(this.date)]);
  }

  laterYears(): readonly number[] {
    return (this.later ??= laterYearsIn(this.text, this.start, this.end, this.date));
  }

  year(): number {
    return this.date.getUTCFullYear();
  }

  highestPrice(): number {
    return (this.highest ??= highestPriceBy(this.date));
  }

  all(): readonly ReferenceRange[] {
    return (this.pastTimes ??= [this.atDate, ...this.pastTimesNamed()]);
  }

  /**
   * The past times the sentence names, with those of the sentence before in its paragraph when this one opens with a
   * word pointing back to it (`Then, the price was around $8,602`).
   */
  private pastTimesNamed(): ReferenceRange[] {
    const named = pastTimesIn(this.text, this.start, this.end, this.date);
    const end = this.start - 1;
    if (end <= 0 || this.text.charCodeAt(end) !== 32) return named;
    if (!THEN_OPENING.test(this.text.slice(this.start, this.start + THEN_OPENING_REACH))) return named;
    return [
      ...named,
      ...pastTimesIn(this.text, sentenceAround(this.text, end - 1, end - 1).start, end, this.date),
    ];
  }

  /**
   * True for an amount that classification would call `other` whatever its sentence says: not dollars, priced per
   * some other unit, or no plausible figure of any kind at any time its sentence names. About half the amounts in
   * news (flows, caps, other coins' prices) end here without their sentence's words being read.
   */
  isOtherForSure(amount: FoundAmount): boolean {
    if (ruleWithoutSentence(amount)) return true;
    if (plausibleAsAny(amount.value, this.atDateOnly)) return false;
    // Sums of millions and sub-cent figures fit no time at all: no need to look for the times the sentence names.
    if (!plausibleAsAny(amount.value, this.everyTime())) return true;
    this.enter(amount);
    return !plausibleAsAny(amount.value, this.all());
  }
}
