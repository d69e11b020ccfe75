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

describe("a long text's lower-case copy, made once for all its amounts", () => {
  // Any rule that lower-cases a piece of the text itself (a sentence, a slice) evicts the kept copy of the whole
  // text, and the next amount makes that copy again: quadratic in a long text with many amounts (twice so far).
  it('is made once however many amounts the text holds', async () => {
    const { detectPriceMentions } = await import('./index');
    const sentences = [
      'Bitcoin rose 2.4% to $64,250 on Monday, its highest level in two weeks.',
      'Production costs have risen sharply. It kept rising to $81,000, miners said.',
      'The average cost to produce one bitcoin is now about $58,400, according to the report.',
      'Analysts at the bank said bitcoin could hit $90,000 by the end of the year.',
      'That works out to $43,100 per coin for the quarter.',
      'Der Bitcoin fiel um 3.000 auf 61.500 Dollar, dann auf 60.900; il peut également plonger à 58 000 dollars.',
    ];
    const text = Array.from({ length: 60 }, (_, index) => sentences[index % sentences.length]).join(' ');
    const lowerCase = String.prototype.toLowerCase;
    let copiesOfTheWholeText = 0;
    String.prototype.toLowerCase = function (this: string) {
      if (this.length >= text.length) copiesOfTheWholeText++;
      return lowerCase.call(this);
    };
    try {
      const found = detectPriceMentions(text, { date: new Date('2024-06-01') });
      expect(found.length).toBeGreaterThan(60);
    } finally {
      String.prototype.toLowerCase = lowerCase;
    }
    expect(copiesOfTheWholeText).toBe(1);
  });
});
