import { scanMentions } from './detect-mentions';
import { cuePatternSteps } from './find-cues';
import { everyTimeUpTo } from './plausibility';
import type { DetectOptions, PriceMention } from './types';
export type { DetectOptions, MentionKind, PriceMention } from './types';
export { explainPriceMentions, type ExplainedMention } from './detect-mentions';
export { mayHoldAmount } from './may-hold-amount';

/**
 * Every monetary amount in `text` with what it is about: bitcoin's price, its production cost, a forecast of its
 * price, or anything else. `options.date` is the article's date (today when absent), used to tell a plausible
 * bitcoin price from another amount.
 */
export function detectPriceMentions(text: string, options: DetectOptions = {}): PriceMention[] {
  return scanMentions(text, options);
}

/**
 * The detector's one-time cost on a page (its cue patterns compiled, one letter's per step: their sources are built
 * with the extension, not on the page; then one sentence read to compile the rest) as steps of a few ms each, for
 * a caller to run apart in idle time before the first detection. Running them changes no result; skipping them
 * moves their cost into the first detection. From the first step on, the cue search reads two-byte copies of the
 * sentences (`cuePatternSteps`): a page's one-byte and two-byte blocks share one compilation of each cue pattern.
 */
export function detectionPreparationSteps(): (() => void)[] {
  return [
    ...cuePatternSteps(),
    () => void scanMentions('Bitcoin rose 3% to $70,000, above the $87,000 it costs to mine one coin.', {}),
    // The price ranges of every year up to now, read for the first amount that fits no kind at its article's date.
    () => void everyTimeUpTo(new Date()),
  ];
}
