import { describe, expect, it } from 'vitest';
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
});
