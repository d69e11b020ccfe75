import { describe, expect, it } from 'vitest';
import {
  captureGroupCount,
  expandLeadingGroups,
  firstLetterAlternation,
  prefixAlternation,
  splitTopLevel,
} from './word-pattern';

describe('word patterns', () => {
  it('splits only at top-level bars', () => {
    expect(splitTopLevel('a(?:b|c)|[|]d|e')).toEqual(['a(?:b|c)', '[|]d', 'e']);
  });

  it('counts capturing groups as the regular-expression engine does', () => {
    const patterns = [
      'a(?:b|c)',
      '(a)|[(]b',
      '\\(x(?=y)(?!z)(?<=w)(?<!v)',
      '(?<name>a)(b(c))',
      '[\\]()](d)',
      'e\\\\(f)',
    ];
    for (const pattern of patterns) {
      expect(captureGroupCount(pattern)).toBe(new RegExp(`${pattern}|`).exec('')!.length - 1);
    }
  });

  it('expands leading groups so every alternative starts with a letter', () => {
    expect(expandLeadingGroups('(?:would |will )?need')).toEqual(['would need', 'will need', 'need']);
    expect(expandLeadingGroups('(?:may|can) (?:hit|reach)')).toEqual([
      'may (?:hit|reach)',
      'can (?:hit|reach)',
    ]);
  });

  it('matches exactly what the flat alternation matches, first listed first', () => {
    const words = ['bitcoin cash', 'bitcoins?', 'price targets?', 'prices?', '(?:would )?need to', 'would'];
    const flat = new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi');
    const grouped = new RegExp(`\\b(?:${firstLetterAlternation(words)})\\b`, 'gi');
    const text = 'Bitcoin cash and bitcoins: the price target would need to be met, prices would say.';
    expect([...text.matchAll(grouped)].map((match) => match[0])).toEqual(
      [...text.matchAll(flat)].map((match) => match[0]),
    );
  });

  it('groups alternatives by their next characters without changing what matches first', () => {
    const words = ['cost +to', 'costs?', 'co[uû]t', 'cost', 'a +drop', 'a?b', 'a +dip', 'ab', 'close', 'c'];
    expect(prefixAlternation(['ost', 'old', 'up'])).toBe('o(?:st|ld)|up');
    const flat = new RegExp(`\\b(?:${words.join('|')})`, 'gi');
    const grouped = new RegExp(`\\b(?:${prefixAlternation(words)})`, 'gi');
    const text = 'cost  to costs coût cost a  drop b a dip ab close c cab';
    expect([...text.matchAll(grouped)].map((match) => [match.index, match[0]])).toEqual(
      [...text.matchAll(flat)].map((match) => [match.index, match[0]]),
    );
  });
});
