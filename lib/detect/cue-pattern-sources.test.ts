import { describe, expect, it } from 'vitest';
import { CUE_WORD_GROUPS, CUE_WORD_GROUPS_PREBUILT } from './cue-pattern-data';
import { buildCueWordGroups, cueWordGroups } from './cue-pattern-sources';

describe('cue word groups', () => {
  it('are served built by the Vite plugin, as the extension ships them', () => {
    expect(CUE_WORD_GROUPS_PREBUILT).toBe(true);
  });

  it('are what the builder makes from the word lists now', () => {
    expect(CUE_WORD_GROUPS).toEqual(buildCueWordGroups());
    // Unbounded ceilings survive the trip through the served module (JSON has no Infinity).
    expect(CUE_WORD_GROUPS.some((group) => group.ceilingUsd === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it("list each group's words once per first letter a–z, and those starting otherwise on one line of their own", () => {
    for (const group of CUE_WORD_GROUPS) {
      const firsts = group.words.split('\n').map((line) => (/^[a-z]/.test(line) ? line[0] : '~'));
      expect(new Set(firsts).size).toBe(firsts.length);
      expect(firsts).toEqual([...firsts].sort());
    }
    const bitcoin = CUE_WORD_GROUPS.find((group) => group.category === 'bitcoin')!;
    const underB = bitcoin.words.split('\n').find((line) => line.startsWith('b'))!;
    expect(new RegExp(`^b(?:${underB.slice(1)})$`, 'i').test('Bitcoin')).toBe(true);
  });

  it('refuses a word with a capturing group, which would shift the groups that name the cue', () => {
    const words = [{ ...cueWordGroups()[0]!, source: 'r(ose|ise)' }];
    expect(() => buildCueWordGroups(words)).toThrow(/capturing group/);
  });

  it('refuses an upper-case letter, which find-cues would never match (it reads the lower case), but in an escape', () => {
    for (const source of ['Ether', 'pre[ÇC]o']) {
      expect(() => buildCueWordGroups([{ ...cueWordGroups()[0]!, source }])).toThrow(/upper-case/);
    }
    expect(() => buildCueWordGroups([{ ...cueWordGroups()[0]!, source: 'a\\D?b\\S' }])).not.toThrow();
  });

  it('refuses a word starting with something find-cues does not look for words at', () => {
    const words = [{ ...cueWordGroups()[0]!, source: '[ae]ther|$pecial' }];
    expect(() => buildCueWordGroups(words)).toThrow(/must start with/);
    // find-cues tries the words not starting with a letter a–z only where a digit or a letter beyond ASCII is: an
    // optional first character would let them match at an ASCII letter.
    for (const source of ['é?tat', '\\d*-day', 'ü{0,1}ber']) {
      expect(() => buildCueWordGroups([{ ...cueWordGroups()[0]!, source }])).toThrow(/must start with/);
    }
    expect(() =>
      buildCueWordGroups([{ ...cueWordGroups()[0]!, source: '\\d+-day|\\d{2}-week|über' }]),
    ).not.toThrow();
  });
});
