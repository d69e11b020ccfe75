// The currency anchor every amount has, in a module of its own: the content script's first stage, which runs on
// every page, tests text with it without loading the detector.

/**
 * Every amount has a currency symbol or word; searching for those first is much faster than trying the amount
 * forms at every digit. `Europe`, `European` are no anchor: no amount form reads `euro` before a letter.
 */
export const CURRENCY_ANCHOR = /[$€£¥]|USD|usd|EUR|GBP|JPY|[Dd]ollar|[Dd]ólar|[Ee]uros?(?![A-Za-z])|yen/g;

/**
 * The anchor as it can end an amount: a currency code or word not followed by a letter (find-amounts.ts' forms
 * never read `Europe`, `Cheyenne` or `USDT` as a currency), so the test below answers no for far more ordinary text.
 * Each alternative is at least as loose as the amount forms' own (the end of a text node passes the lookahead).
 */
const ANCHOR_ENDING_AMOUNT =
  /[$€£¥]|(?:USD|usd|EUR|GBP|JPY|[Dd]ollar(?:s|i|o)?|[Dd]ólar(?:es)?|[Ee]uros?|yen)(?![A-Za-z])/;

/**
 * False when `text` cannot hold (the currency of) an amount: a cheap test for a piece of a longer text (a text
 * node). A currency word split between two pieces (`dol<b>lars</b>`) is missed.
 */
export function mayHoldAmount(text: string): boolean {
  return ANCHOR_ENDING_AMOUNT.test(text);
}
