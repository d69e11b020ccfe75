import { scanMentions } from './detect-mentions';
import { findCues, primeCueCategories } from './find-cues';
import { dateRange } from './plausibility';

/**
 * A text that takes every path of the detector at `date`: amounts plausible at that date as a price, a change, a
 * cost and a target, a past year and month, another asset, a range, a sum and a per-unit figure.
 */
function warmUpText(date: Date): string {
  const price = Math.max(1, Math.round(dateRange(date).lowUsd));
  // Grouped by hand: toLocaleString's first call loads number formatting data (ms of its own).
  const usd = (value: number) => `$${String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, ',')}`;
  return (
    `Bitcoin rose ${usd(price / 20)} to ${usd(price)} in January 2024, a ${usd(price * 0.97)}–${usd(price * 1.03)} range. ` +
    `Miners said it cost about ${usd(price * 1.1)} to produce one, below a ${usd(price * 2)} target by 2030; ` +
    `ether traded at $2,000 as ETFs drew $500 million and hashprice fell to $40/PH/day. BTC hit ${Math.round(price / 1000)}K.`
  );
}

/**
 * Runs the detector's patterns before a page is scanned. The first run of its large word pattern costs tens of ms
 * whatever the length of the text (compilation), and native code only comes with a later run; without this, that
 * fixed cost lands in the first scan. Two steps (the word pattern, then the rest), each under a long task, meant
 * for two separate idle callbacks.
 */
export const DETECTOR_WARM_UP_STEPS: readonly ((date: Date) => void)[] = [
  (date) => {
    const text = warmUpText(date);
    findCues(text, 0, text.length);
  },
  (date) => {
    const text = warmUpText(date);
    scanMentions(text, { date });
    scanMentions(text, { date });
    primeCueCategories();
  },
];
