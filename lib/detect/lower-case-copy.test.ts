import { describe, expect, it } from 'vitest';
import { asciiLowerCase, unicodeLowerCase } from './lower-case-copy';

const ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LATIN_LETTERS = `${ASCII_LETTERS}àáâãäçèéêëìíîïñòóôõöùúûüß`;
const everyCharacter = () => Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

/**
 * Every BMP character where `copy` and a case-insensitive pattern (`flags`) disagree: its copy is not one character,
 * a letter of `letters` matches the character but is not its copy (or the other way round), or `inText` (with the
 * flags) and `inCopy` (without) answer differently.
 */
function differences(
  copy: (text: string) => string,
  letters: string,
  flags: string,
  [inText, inCopy]: [RegExp, RegExp],
): string[] {
  const patterns = [...letters].map((letter) => [letter, new RegExp(letter, flags)] as const);
  const found: string[] = [];
  for (const char of everyCharacter()) {
    const lower = copy(char);
    if (lower.length !== 1) found.push(`${char}: length ${lower.length}`);
    for (const [letter, pattern] of patterns)
      if (pattern.test(char) !== (lower === letter)) found.push(`${char} ${letter}`);
    if (inText.test(char) !== inCopy.test(lower)) found.push(`${char}: class`);
  }
  return found;
}

describe('lower-case copies for patterns without the i flag', () => {
  it('asciiLowerCase: an ASCII letter is matched in the copy where a case-insensitive pattern matches it', () => {
    expect(differences(asciiLowerCase, ASCII_LETTERS, 'i', [/[^A-Za-z]/i, /[^A-Za-z]/])).toEqual([]);
    expect(asciiLowerCase('Bitcoin ROSE \u212a')).toBe('bitcoin rose \u2060');
  });

  it('unicodeLowerCase: a letter is matched in the copy where a case-insensitive Unicode pattern matches it', () => {
    expect(differences(unicodeLowerCase, LATIN_LETTERS, 'iu', [/\p{L}/iu, /\p{L}/u])).toEqual([]);
    expect(unicodeLowerCase('Der Kurs STIEG um')).toBe('der kurs stieg um');
  });

  it('makes each copy of a text holding a character only the other copy replaces as that copy alone would', () => {
    // One lower case serves both copies of a text with none of the characters: `ſ` is the Unicode copy's only.
    const text = 'Kurs STIEG um 2.000 Dollar, ſo';
    expect(asciiLowerCase(text)).toBe('kurs stieg um 2.000 dollar, ſo');
    expect(unicodeLowerCase(text)).toBe('kurs stieg um 2.000 dollar, so');
    expect(asciiLowerCase('KURS \u212a')).toBe('kurs \u2060');
    expect(unicodeLowerCase('KURS \u212a')).toBe('kurs k');
  });
});
