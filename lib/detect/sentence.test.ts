import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seeded-random';
import { sentenceAround } from './sentence';

const sentenceOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const { start, end } = sentenceAround(text, at, at + needle.length);
  return text.slice(start, end);
};

describe('sentenceAround', () => {
  it('ends at the terminator and starts after the previous one', () => {
    expect(sentenceOf('Ether fell. Bitcoin rose to $70,000. Gold held.', '$70,000')).toBe(
      'Bitcoin rose to $70,000.',
    );
  });

  it('treats a line break as a boundary (headlines have no period)', () => {
    expect(sentenceOf('Bitcoin slips below $70K\nMiners struggle', '$70K')).toBe('Bitcoin slips below $70K');
  });

  it('does not end a sentence at abbreviations, initials or decimals', () => {
    const text = 'The U.S. fund, run by J. P. Morgan Inc. and others, saw bitcoin at $70,000.50 today.';
    expect(sentenceOf(text, '$70,000.50')).toBe(text);
  });

  it('keeps closing quotes with the sentence', () => {
    expect(sentenceOf('He said "bitcoin is at $70,000." Then he left.', '$70,000')).toBe(
      'He said "bitcoin is at $70,000."',
    );
  });

  it('reads a sentence of any length to its real ends', () => {
    const text = `Intro. ${'word '.repeat(2000)}$70,000 ${'word '.repeat(2000)}. Outro.`;
    const at = text.indexOf('$');
    expect(sentenceAround(text, at, at + 7)).toEqual({ start: 7, end: text.length - 7 });
  });

  it('starts where the previous sentence, read forwards, ends (backwards search, window by window)', () => {
    // Terminators, quotes, breaks, abbreviations, ordinals and long runs without any, so that the backwards search
    // crosses several of its windows.
    const pieces = [
      'word ',
      'word ',
      'word ',
      'word ',
      'words ',
      'x',
      '. ',
      '.',
      '!',
      '?',
      ' ',
      '"',
      "'",
      '\u201d',
      ')',
      '\n',
      '\r',
      '\u2028',
      '\u00a0',
      '\t',
      '4',
      '12',
      'U.S',
      'Mr',
      'Inc',
      'J',
      ' Januar',
      '$70,000',
      'word '.repeat(40),
    ];
    const random = seededRandom(13);
    for (let run = 0; run < 2000; run++) {
      let text = '';
      for (let count = Math.floor(random() * 60); count >= 0; count--) {
        text += pieces[Math.floor(random() * pieces.length)];
      }
      // Where each sentence ends, read forwards (each search goes on past the end of the previous one).
      const ends: number[] = [];
      for (let at = 0; at < text.length; at = ends.at(-1)! + 1) ends.push(sentenceAround(text, at, at).end);
      const from = Math.floor(random() * (text.length + 1));
      let start = 0;
      for (const end of ends) if (end < from && end + 1 > start) start = end + 1;
      expect(sentenceAround(text, from, from).start, JSON.stringify([text, from])).toBe(start);
    }
  });
});
