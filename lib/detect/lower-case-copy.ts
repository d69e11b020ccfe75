/**
 * Lower-case copies of a text, of its length, for patterns compiled without the `i` flag (compiling a
 * case-insensitive pattern took about twice as long in a fresh Chromium page): each matches in its copy what the
 * case-insensitive pattern matches in the text. The copy of the last text asked for is kept, as a text's amounts are
 * read one after another.
 */
import { CASE_FOLDS_APART, NO_CUE } from './find-cues';
import { keptForLastText } from './kept-for-last-text';

/**
 * For patterns without the `u` flag whose letters are ASCII: such a pattern with `i` matches an ASCII letter in either
 * case and no other character in its place. `İ` and the Kelvin sign are lower-cased to ASCII (`İ` two characters
 * long) and `ẞ` to `ß`, so the three are `NO_CUE` in the copy, a character matching no letter (as in find-cues.ts).
 */
export const asciiLowerCase = keptForLastText((text) =>
  lowerCase(text, () => text.replace(CASE_FOLDS_APART, NO_CUE)),
);

/**
 * For patterns with the `u` flag: with `i` they match a character whose simple case folding is the pattern's. It is
 * the lower case but for `ſ` (folded `s`), `İ` (folded to itself: a letter matching no word, two characters in
 * lower case) and U+0345 (no letter, but folded to `ι`, one: `\p{L}` matches it), which the copy has as `s` and `ĸ`
 * (a letter without case that no word has).
 */
export const unicodeLowerCase = keptForLastText((text) =>
  lowerCase(text, () => text.replace(FOLDED_APART, (char) => (char === 'ſ' ? 's' : 'ĸ'))),
);
const FOLDED_APART = /\u0130|\u017f|\u0345/g;

/**
 * The lower case of `text` with `apart()` in its place when the text has a character either copy has otherwise. Most
 * texts have none: their lower case is both copies, made once. (Lower-casing a two-byte text is a call into ICU,
 * about 8 ns a character: for a text read once, making the two copies apart took longer than the rest of its
 * detection.)
 */
function lowerCase(text: string, apart: () => string): string {
  return plainLowerCase(text) || apart().toLowerCase();
}
// '' for a text with a character either copy has otherwise.
const plainLowerCase = keptForLastText((text) => (READ_APART.test(text) ? '' : text.toLowerCase()));
// Either copy's characters (`CASE_FOLDS_APART`, `FOLDED_APART`), written out: this module is evaluated before
// find-cues.ts when that is imported first.
const READ_APART = /[\u0130\u212a\u1e9e\u017f]|\u0345/;
