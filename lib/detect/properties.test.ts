import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPriceMentions, explainPriceMentions } from './index';

const corpus = JSON.parse(
  readFileSync(new URL('../../test/fixtures/mentions-corpus.json', import.meta.url), 'utf8'),
) as { snippets: { text: string; date?: string }[] };

/** Pieces that make money-like and bitcoin-like text likelier than random characters would. */
const PIECES = [
  '$',
  '€',
  '£',
  '¥',
  'US$',
  'C$',
  'USD',
  ' dollars',
  ' euros',
  '₿',
  '70',
  '000',
  ',',
  '.',
  ' ',
  '\u00a0',
  '\u202f',
  'K',
  'k',
  'M',
  'bn',
  ' million',
  ' billion',
  ' trillion',
  '-',
  '–',
  ' to ',
  ' and ',
  'between ',
  '/PH/day',
  ' per bitcoin',
  ' an ounce',
  'bitcoin',
  'Bitcoin’s',
  'BTC',
  'ether',
  ' could hit ',
  ' fell to ',
  ' production cost',
  ' by December',
  ' inflows',
  ' need to ',
  ' rose ',
  '\n',
  '. ',
  '? ',
  '"',
  '9'.repeat(400),
  '1e308',
  'in 2018',
  'since January',
  'U.S.',
  '\ud83d\ude80',
  '\ud800',
  'İ',
  'ß',
  '\u2029',
];
const moneyishText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  moneyishText,
);
const anyDate = fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01') }), {
  nil: undefined,
});

const WORDS = [
  'the',
  'exchange',
  'said',
  'traders',
  'regulators',
  'weather',
  'network',
  'report',
  'quiet',
  'session',
  'analysts',
  'watched',
  'policy',
  'committee',
  'holiday',
  'ahead',
  'of',
  'meeting',
  'wallets',
  'on-chain',
  'data',
  'showed',
  'activity',
  'rose',
  'fell',
  'could',
  'expects',
  'cost',
  'inflows',
  'ether',
  'gold',
  'price',
  'target',
  'and',
  'while',
];
const OTHER_SENTENCES = [
  'Ether traded at $3,000.',
  'Gold rose to $4,000 an ounce.',
  'Spot ETFs drew $500 million.',
  'Analysts expect a rebound by December!',
  'The production cost is rising?',
  'Tesla shares fell to $250.',
];
const unrelatedSentence = fc.oneof(
  fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 15 })
    .map((words) => `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`),
  fc.constantFrom(...OTHER_SENTENCES),
);
const unrelatedSentences = fc.array(unrelatedSentence, { maxLength: 4 });

describe('detectPriceMentions properties', () => {
  it('never throws, whatever the text and date', () => {
    fc.assert(
      fc.property(anyText, anyDate, (text, date) => {
        detectPriceMentions(text, { date });
      }),
      { numRuns: 500 },
    );
  });

  it('returns valid, sorted, non-overlapping offsets', () => {
    fc.assert(
      fc.property(anyText, anyDate, (text, date) => {
        let previousEnd = 0;
        for (const mention of detectPriceMentions(text, { date })) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(typeof mention.usd).toBe('number');
          previousEnd = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives every amount the kind the full classification gives (amounts settled early included)', () => {
    const snippetTexts = corpus.snippets.map((snippet) => snippet.text);
    const text = fc.oneof(
      anyText,
      fc
        .tuple(unrelatedSentences, fc.constantFrom(...snippetTexts), fc.constantFrom(...snippetTexts))
        .map(([before, first, second]) => `${before.join(' ')} ${first} ${second}`),
    );
    fc.assert(
      fc.property(text, anyDate, (sample, date) => {
        const quick = detectPriceMentions(sample, { date }).map(({ start, kind, usd }) => ({
          start,
          kind,
          usd,
        }));
        const full = explainPriceMentions(sample, { date }).map(({ start, kind, usd }) => ({
          start,
          kind,
          usd,
        }));
        expect(quick).toEqual(full);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps each mention’s kind when unrelated sentences are added before or after', () => {
    const snippets = corpus.snippets.filter(
      (snippet) => snippet.text.includes('$') || /\d/.test(snippet.text),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...snippets),
        unrelatedSentences,
        unrelatedSentences,
        (snippet, before, after) => {
          const base = /[.!?]["”’)]*$/.test(snippet.text) ? snippet.text : `${snippet.text}.`;
          const prefix = before.length > 0 ? `${before.join(' ')} ` : '';
          const suffix = after.length > 0 ? ` ${after.join(' ')}` : '';
          const date = new Date(snippet.date ?? '2026-03-10');
          const alone = detectPriceMentions(base, { date });
          const inContext = detectPriceMentions(prefix + base + suffix, { date });
          for (const mention of alone) {
            const same = inContext.find((other) => other.start === mention.start + prefix.length);
            expect(same).toEqual({
              ...mention,
              start: mention.start + prefix.length,
              end: mention.end + prefix.length,
            });
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
