import { describe, expect, it } from 'vitest';
import { CUE_WORD_GROUPS } from './cue-pattern-data';
import { referenceCueSearch } from './cue-pattern-sources';
import { CASE_FOLDS_APART, CLAUSE_PUNCTUATION, NO_CUE, cuePatternSteps, findCues } from './find-cues';

const cuesOf = (text: string) =>
  findCues(text, 0, text.length).map((cue) => `${cue.category}:${text.slice(cue.start, cue.end)}`);

describe('findCues', () => {
  it('names assets, verbs, forecasts and clause breaks', () => {
    expect(cuesOf('Ether fell, while bitcoin could reach the target')).toEqual([
      'other-asset:Ether',
      'move:fell',
      'clause:,',
      'clause:while',
      'bitcoin:bitcoin',
      'forecast:could',
      'move:reach',
      'target:target',
    ]);
  });

  it('prefers the longer, more specific phrase at the same word', () => {
    expect(cuesOf('Bitcoin Cash')).toEqual(['other-asset:Bitcoin Cash']);
    expect(cuesOf('price target')).toEqual(['target:price target']);
    expect(cuesOf('the cost to mine one bitcoin')).toEqual(['cost:cost to mine one bitcoin']);
    expect(cuesOf('will need to hold')).toEqual(['need:will need to', 'move:hold']);
  });

  it('reads typographic apostrophes and the ₿ sign', () => {
    expect(cuesOf('the world’s largest cryptocurrency')).toEqual(['bitcoin:largest cryptocurrency']);
    expect(cuesOf('₿ price')).toEqual(['bitcoin:₿', 'price:price']);
  });

  it('does not take the comma inside a number for a clause break', () => {
    expect(cuesOf('at 70,000')).toEqual(['move:at']);
  });

  it('starts and ends no word next to a letter beyond ASCII (no `e` in `journée`, no `rent` in `suggèrent`)', () => {
    expect(cuesOf('La journée suggère une année calme')).toEqual([]);
    expect(cuesOf('Les options suggèrent une hausse')).toEqual([]);
    expect(cuesOf('le bitcoin a passé la journée')).toEqual(['bitcoin:bitcoin', 'move:passé']);
    // `at` in `até` and `pass` in `passée` were cues by accident: each is a word of its own now.
    expect(cuesOf('uma queda repentina até 55.500$')).toEqual(['move:até']);
  });

  it('reads words that start with a letter beyond ASCII by their word group, not as clause breaks', () => {
    expect(cuesOf('Bitcoin stieg über 70.000 Dollar')).toEqual([
      'bitcoin:Bitcoin',
      'move:stieg',
      'move:über',
    ]);
    expect(cuesOf('Bitcoin übertraf 70.000 Dollar')).toEqual(['bitcoin:Bitcoin', 'move:übertraf']);
    // Dashes (characters beyond ASCII too) are still clause punctuation.
    expect(cuesOf('Bitcoin — a coin')).toEqual(['bitcoin:Bitcoin', 'clause:—']);
    expect(cuesOf('Bitcoin\u00a0–\u00a0a coin')).toEqual(['bitcoin:Bitcoin', 'clause:\u00a0–\u00a0']);
  });

  it('does not read a word inside a hyphenated word (the second-largest is ether, not bitcoin)', () => {
    expect(cuesOf('second-largest cryptocurrency')).toEqual(['other-asset:second-largest cryptocurrency']);
    expect(cuesOf('post-bitcoin')).toEqual([]);
  });

  it('gives offsets into the whole text when searching part of it', () => {
    const text = 'Gold rose. Bitcoin fell.';
    expect(findCues(text, 11, text.length).map((cue) => [cue.category, cue.start])).toEqual([
      ['bitcoin', 11],
      ['move', 19],
    ]);
  });
});

/** The texts of the project's own mentions corpus. */
async function corpusTexts(): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const corpus = JSON.parse(
    readFileSync(new URL('../../test/fixtures/mentions-corpus.json', import.meta.url), 'utf8'),
  ) as { snippets: { text: string }[] };
  return corpus.snippets.map((snippet) => snippet.text);
}

describe('findCues strategies', () => {
  it("finds the same cues through the letters' patterns as through the one alternation", async () => {
    const texts = [
      ...(await corpusTexts()),
      'US-based BTC-USD 30-day highs; the 52-week lows (and 200-day peaks) — pre-bitcoin: re-test',
      // Words not starting with a letter a–z next to ones that do: `über`, `évolue`, digits, accented capitals.
      'Bitcoin überstieg 70.000 Dollar und évolue; Über 5,30-day highs, É possível, price-über über-price',
    ];
    const reference = referenceCueSearch(CLAUSE_PUNCTUATION);
    for (const text of texts) {
      expect(findCues(text, 0, text.length)).toEqual(findCues(text, 0, text.length, reference));
    }
  });
});

describe('findCues in the lower case', () => {
  /** What a pattern reads one character with: the characters, classes and escapes of the shipped patterns. */
  function patternAtoms(): string[] {
    const sources = [...CUE_WORD_GROUPS.map((group) => group.words), CLAUSE_PUNCTUATION, '[\\w-]'].join('\n');
    const atoms = new Set<string>(['\\w', '\\d']);
    for (const [atom] of sources.matchAll(/\[(?:\\.|[^\]\\])*\]|\\u[0-9a-f]{4}|\\./gi)) atoms.add(atom);
    for (const character of sources.replace(/\\u[0-9a-f]{4}|\\./gi, '')) {
      if (!'()[]|?*+{}^$.\n'.includes(character)) atoms.add(character);
    }
    return [...atoms];
  }

  it('reads every character in the lower case as the case-insensitive patterns read it, but those it replaces', () => {
    const atoms = patternAtoms().map((atom) => [
      new RegExp(`^(?:${atom})$`, 'i'),
      new RegExp(`^(?:${atom})$`),
    ]);
    expect(atoms.length).toBeGreaterThan(60);
    const apart: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const lower = character.toLowerCase();
      const same =
        lower.length === 1 &&
        code > 0x7f === lower.charCodeAt(0) > 0x7f &&
        atoms.every(([caseless, exact]) => caseless!.test(character) === exact!.test(lower));
      if (!same) apart.push(character);
    }
    expect(apart).toEqual(['\u0130', '\u1e9e', '\u212a']);
    expect(apart.join('').replace(CASE_FOLDS_APART, '')).toBe('');
    // What replaces them matches nothing, as they match nothing of the case-insensitive patterns.
    for (const character of [...apart, NO_CUE]) {
      expect(atoms.some(([caseless]) => caseless!.test(character))).toBe(false);
    }
    expect(NO_CUE.toLowerCase()).toBe(NO_CUE);
    // Sentences are sliced from the whole text's lower case, where a final `Σ` is `ς` (alone, `σ`): the same to them.
    expect(atoms.filter(([, exact]) => exact!.test('\u03c2') !== exact!.test('\u03c3'))).toEqual([]);
    expect('ΑΣ Β'.toLowerCase()).toBe('ας β');
    expect(NO_CUE.charCodeAt(0)).toBeGreaterThan(0xff);
    // It ends every sentence: no pattern has an anchor that would tell it from the end.
    const sources = [...CUE_WORD_GROUPS.map((group) => group.words), CLAUSE_PUNCTUATION].join('|');
    expect(sources.replace(/\\./g, '').replace(/\[(?:\\.|[^\]\\])*\]/g, '')).not.toMatch(/[$^.]/);
    expect(sources).not.toMatch(/\\[bB]/);
    // No character beyond the BMP has a lower case of another length.
    for (let point = 0x10000; point <= 0x10ffff; point++) {
      const character = String.fromCodePoint(point);
      if (character.toLowerCase().length !== 2) throw new Error(`U+${point.toString(16)}`);
    }
  });

  it('finds the same cues where the lower case is longer or reads otherwise', () => {
    const reference = referenceCueSearch(CLAUSE_PUNCTUATION);
    for (const text of [
      'İstanbul: Bitcoin fell to $70,000, the price of ether rose',
      'Bitcoin (\u212a) fell; GROẞE Kosten, ether rose',
      'BITCOIN PRICE TARGET — ÜBER 70.000 DOLLAR, Preisziel',
    ]) {
      expect(findCues(text, 0, text.length).length).toBeGreaterThan(2);
      expect(findCues(text, 0, text.length)).toEqual(findCues(text, 0, text.length, reference));
    }
  });
});

describe('findCues on a page (after the preparation steps: sentences read as two-byte strings)', () => {
  it("finds the same cues through the letters' patterns as through the one alternation", async () => {
    const texts = [
      ...(await corpusTexts()),
      // Cues and clause punctuation right at the end, where the patterns read the appended character.
      'bitcoin price target',
      'rose —',
      'fell – ',
      'down -',
      'costs,',
      'İstanbul: BITCOIN (\u212a) PREISZIEL',
    ];
    const reference = referenceCueSearch(CLAUSE_PUNCTUATION);
    const before = texts.map((text) => findCues(text, 0, text.length));
    for (const step of cuePatternSteps()) step();
    texts.forEach((text, index) => {
      const cues = findCues(text, 0, text.length);
      expect(cues).toEqual(before[index]);
      expect(cues).toEqual(findCues(text, 0, text.length, reference));
    });
  });
});
