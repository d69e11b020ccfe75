import { describe, expect, it } from 'vitest';
import { asciiLowerCase, unicodeLowerCase } from './lower-case-copy';

const ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LATIN_LETTERS = `${ASCII_LETTERS}àáâãäçèéêëìíîïñòóôõöùúûüß`;
const everyCharacter = () => Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('lower-case copies for patterns without the i flag', () => {
  it('asciiLowerCase: an ASCII letter is matched in the copy where a case-insensitive pattern matches it', () => {
    const patterns = [...ASCII_LETTERS].map((letter) => [letter, new RegExp(letter, 'i')] as const);
    const differences: string[] = [];
    for (const char of everyCharacter()) {
      const lower = asciiLowerCase(char);
      if (lower.length !== 1) differences.push(`${char}: length ${lower.length}`);
      for (const [letter, pattern] of patterns)
        if (pattern.test(char) !== (lower === letter)) differences.push(`${char} ${letter}`);
      if (/[^A-Za-z]/i.test(char) !== /[^A-Za-z]/.test(lower)) differences.push(`${char}: class`);
    }
    expect(differences).toEqual([]);
    expect(asciiLowerCase('Bitcoin ROSE \u212a')).toBe('bitcoin rose \u2060');
  });

  it('unicodeLowerCase: a letter is matched in the copy where a case-insensitive Unicode pattern matches it', () => {
    const patterns = [...LATIN_LETTERS].map((letter) => [letter, new RegExp(letter, 'iu')] as const);
    const differences: string[] = [];
    for (const char of everyCharacter()) {
      const lower = unicodeLowerCase(char);
      if (lower.length !== 1) differences.push(`${char}: length ${lower.length}`);
      for (const [letter, pattern] of patterns)
        if (pattern.test(char) !== (lower === letter)) differences.push(`${char} ${letter}`);
      if (/\p{L}/iu.test(char) !== /\p{L}/u.test(lower)) differences.push(`${char}: letter`);
    }
    expect(differences).toEqual([]);
    expect(unicodeLowerCase('Der Kurs STIEG um')).toBe('der kurs stieg um');
  });
});
