import { describe, expect, it } from 'vitest';
import {
  CHANGE_BEFORE_OTHER_LANGUAGES,
  GERMAN_INFINITIVE,
  INFINITIVE_ENDING,
  mayBeChangeInOtherLanguages,
} from './classify';
import { explainPriceMentions } from './index';
import type { MentionKind } from './types';

const date = new Date('2026-03-10');
const kindsIn = (text: string, at = date) =>
  explainPriceMentions(text, { date: at }).map((mention) => [mention.text, mention.kind]);

describe('classification rules', () => {
  it.each<[string, string, MentionKind]>([
    ['€ amounts are never dollars', 'Bitcoin fell to €60,000.', 'other'],
    ['amounts per other units are not prices', 'Hashprice fell to $45/PH/day.', 'other'],
    ['another asset named before the amount wins', 'Ether traded at $3,000.', 'other'],
    ['bitcoin named before the amount', 'Bitcoin traded at $70,000.', 'btc-price'],
    ['a bitcoin name right after the amount', 'A $70,000 bitcoin looks cheap to some.', 'btc-price'],
    ['a cost phrase before the amount', 'The cost to mine one bitcoin rose to $87,000.', 'btc-cost'],
    ['a cost phrase right after the amount', 'Bitcoin fell below the $87,000 production cost.', 'btc-cost'],
    ['a breakeven', 'Miners need bitcoin above $80,000 to break even.', 'btc-cost'],
    ['a sum of money before the amount', 'Bitcoin ETFs drew inflows of $500 million.', 'other'],
    ['a sum of money right after the amount', 'Bitcoin’s $1.4 trillion market cap grew.', 'other'],
    ['a forecast verb in the clause', 'Bitcoin could hit $150,000, analysts say.', 'btc-target'],
    ['a target phrase right after the amount', 'Bitcoin at $150,000 by December?', 'btc-target'],
    [
      'a target word after the bitcoin name',
      'She repeated her $1.5 million bitcoin call for 2030.',
      'btc-target',
    ],
    ['need to cancels a forecast', 'Bitcoin will need to hold $65,000.', 'btc-price'],
    ['a change is not a level', 'Bitcoin rose $3,000 on the day.', 'other'],

    ['a swing is not a level', 'A $3,000 swing in bitcoin is routine.', 'other'],
    ['no bitcoin and no price word', 'The house sold for $700,000.', 'other'],
    ['a price word stands in for the asset', 'Prices slid to $68,000 on Sunday.', 'btc-price'],
    ['a price implausible for the date', 'Bitcoin fell to $3,000.', 'other'],
    ['a past year makes an old price plausible', 'Bitcoin traded at $3,000 in late 2018.', 'btc-price'],
    ['a target implausible for the date', 'Bitcoin could see $1 billion.', 'other'],
    ['an asset above its ceiling is skipped', 'Bitcoin outpaced ether, rising to $70,000.', 'btc-price'],
  ])('%s', (_rule, text, kind) => {
    expect(kindsIn(text).at(-1)?.[1]).toBe(kind);
  });

  it('reads the value of a quantity of coins, whatever stands between them but a sentence end', () => {
    const ruleOf = (text: string) => explainPriceMentions(text, { date }).map((mention) => mention.reason);
    const valueOfCoins = 'the value of a quantity of coins';
    expect(ruleOf('The 0.5 BTC reward, worth about $35,000, went to a pool.')).toEqual([valueOfCoins]);
    expect(ruleOf('He sold 0.5 BTC = $35,000 of coins.')).toEqual([valueOfCoins]);
    expect(ruleOf('He holds 0.5 BTC (about $35,000).')).toEqual([valueOfCoins]);
    expect(ruleOf('A wallet with 0.5 bitcoins: valued at $35,000.')).toEqual([valueOfCoins]);
    expect(kindsIn('He holds 0.5 BTC. Bitcoin is worth $70,000.')).toEqual([['$70,000', 'btc-price']]);
  });

  it('classifies each asset in a sentence naming two', () => {
    expect(kindsIn('Ether traded at $3,000 while bitcoin held $70,000.')).toEqual([
      ['$3,000', 'other'],
      ['$70,000', 'btc-price'],
    ]);
  });

  it('keeps a forecast in its own clause', () => {
    expect(kindsIn('Bitcoin rose to $70,000 and could reach $80,000.')).toEqual([
      ['$70,000', 'btc-price'],
      ['$80,000', 'btc-target'],
    ]);
  });

  it('gives both ends of a range the same kind', () => {
    expect(kindsIn('Bitcoin traded between $65,000 and $75,000.')).toEqual([
      ['$65,000', 'btc-price'],
      ['$75,000', 'btc-price'],
    ]);
  });

  it('reads the same sentence as a price in 2018 and as something else in 2026', () => {
    const text = 'The coin fell to $3,000 overnight.';
    expect(kindsIn(text, new Date('2018-12-15'))).toEqual([['$3,000', 'btc-price']]);
    expect(kindsIn(text, new Date('2026-01-20'))).toEqual([['$3,000', 'other']]);
  });

  it('explains each decision', () => {
    const [mention] = explainPriceMentions('Bitcoin could hit $150,000 by December.', { date });
    expect(mention?.reason).toBe('a forecast; asset "Bitcoin"; forecast "by December"; vs 2026-03');
  });
});

describe('rules read in the lower case', () => {
  it.each<[string, MentionKind]>([
    ['MINERS FACE A $87,000 AVERAGE PRODUCTION COST.', 'btc-cost'],
    ['Bitcoin Hits $70,000 On Heavy Volume', 'btc-price'],
    ['Bitcoin WIRD auf 150.000 Dollar STEIGEN.', 'btc-target'],
    ['Bitcoin Kan Naar 150.000 Dollar Stijgen', 'btc-target'],
    ['Dass Bitcoin auf 150.000 Dollar STEIGEN KÖNNTE, glauben viele.', 'btc-target'],
  ])('%s', (text, kind) => {
    expect(kindsIn(text).map(([, found]) => found)).toEqual([kind]);
  });

  it('names the cue as the text writes it', () => {
    const [mention] = explainPriceMentions('Bitcoin WIRD auf 150.000 Dollar STEIGEN.', { date });
    expect(mention?.reason).toContain('forecast "WIRD"');
  });
});

describe('the infinitive guard', () => {
  it('passes every infinitive the German and Dutch future reads', () => {
    const words = /\(\?:([^()]+)\)\(\?!\[\\p\{L\}\]\)$/.exec(GERMAN_INFINITIVE.source)![1]!.split('|');
    expect(words.length).toBeGreaterThan(10);
    // Both read the text's lower case.
    for (const word of words) expect(INFINITIVE_ENDING.test(word), word).toBe(true);
  });
});

describe("the guard of the other languages' change words", () => {
  const ending = (before: string) => mayBeChangeInOtherLanguages(before, before.length);

  it('holds wherever the pattern does: every word, word and qualifier of the pattern before an amount', () => {
    // Every word of the pattern's source (`zo’n` is written with a class there), alone, after a word, and after two.
    const tokens = [
      ...new Set(
        CHANGE_BEFORE_OTHER_LANGUAGES.source.match(/[\p{L}]{2,}/gu)!.filter((token) => token !== 'rund'),
      ),
      'rund',
      "zo'n",
      'zo’n',
      'kursanstieg',
    ];
    const holds = (before: string) => {
      CHANGE_BEFORE_OTHER_LANGUAGES.lastIndex = before.length;
      return CHANGE_BEFORE_OTHER_LANGUAGES.test(`${before}1`);
    };
    let held = 0;
    const firsts = tokens.filter((token) => holds(`x ${token} `));
    expect(firsts.length).toBeGreaterThan(25);
    for (const first of tokens)
      for (const second of tokens) {
        for (const before of [`x ${first} ${second} `, `x ${first} ${second}`]) {
          if (!holds(before)) continue;
          held++;
          expect(ending(before), before).toBe(true);
        }
      }
    for (const first of firsts)
      for (const second of tokens)
        for (const third of tokens) {
          const before = `x ${first} ${second} ${third}  `;
          if (!holds(before)) continue;
          held++;
          expect(ending(before), before).toBe(true);
        }
    expect(held).toBeGreaterThan(100);
  });

  it('turns away the text before most amounts', () => {
    for (const before of ['Bitcoin rose to ', 'trading at', 'the price of', 'Bitcoin a franchi les '])
      expect(ending(before), before).toBe(false);
  });
});
