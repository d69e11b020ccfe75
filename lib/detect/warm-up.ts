import { scanMentions } from './detect-mentions';
import { findCues, primeCueCategories } from './find-cues';

/** The patterns do not depend on a date: any date whose price makes the amounts below plausible will do. */
export const WARM_UP_DATE = new Date(Date.UTC(2026, 1, 5));
/** Takes every path of the detector: a price, a change, a range, a cost, a target, a past time, another asset, a sum. */
export const WARM_UP_TEXT =
  'Bitcoin rose $3,500 to $70,000 in January 2024, a $67,900–$72,100 range. Miners said it cost about ' +
  '$77,000 to produce one, below a $140,000 target by 2030; ether traded at $2,000 as ETFs drew $500 million ' +
  'and hashprice fell to $40/PH/day. BTC hit 70K.';

/**
 * Runs the detector's patterns before a page is scanned. The first run of its large word pattern costs tens of ms
 * whatever the length of the text (compilation), and native code only comes with a later run; without this, that
 * fixed cost lands in the first scan. Two steps (the word pattern, then the rest), each under a long task, meant
 * for two separate idle callbacks.
 */
export const DETECTOR_WARM_UP_STEPS: readonly (() => void)[] = [
  () => void findCues(WARM_UP_TEXT, 0, WARM_UP_TEXT.length),
  () => {
    scanMentions(WARM_UP_TEXT, { date: WARM_UP_DATE });
    scanMentions(WARM_UP_TEXT, { date: WARM_UP_DATE });
    primeCueCategories();
  },
];
