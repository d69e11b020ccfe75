import { scanMentions } from './detect-mentions';
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
