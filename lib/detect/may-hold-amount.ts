// The currency anchor every amount has, in a module of its own: the content script's first stage, which runs on
// every page, tests text with it without loading the detector.

/**
 * Every amount has a currency symbol or word; searching for those first is much faster than trying the amount
 * forms at every digit.
 */
export const CURRENCY_ANCHOR = /[$€£¥]|USD|EUR|GBP|JPY|[Dd]ollar|[Dd]ólar|[Ee]uros?|yen/g;
const ANY_ANCHOR = new RegExp(CURRENCY_ANCHOR.source);

/**
 * False when `text` has no currency symbol or word, so holds no amount: a cheap test for a piece of a longer text
 * (a text node). A currency word split between two pieces (`dol<b>lars</b>`) is missed.
 */
export function mayHoldAmount(text: string): boolean {
  return ANY_ANCHOR.test(text);
}
