// The rules added to generalize beyond the examples they were written from, one category each, on sentences
// written for these tests (not taken from any corpus).
import { describe, expect, it } from 'vitest';
import { explainPriceMentions } from './index';
import type { MentionKind } from './types';

const date = new Date('2026-03-10');
const kindsIn = (text: string, at = date) =>
  explainPriceMentions(text, { date: at }).map((mention) => [mention.text, mention.kind]);
const lastKind = (text: string, at = date) => kindsIn(text, at).at(-1)?.[1];

describe('production costs', () => {
  it.each<[string, string]>([
    ['a cost noun with its qualifier', 'Le coût moyen de production atteint désormais 90 000 dollars.'],
    [
      'the cost word, not the coin it is the cost of',
      'El costo de producción de un bitcoin ronda los 50.000 dólares.',
    ],
    ['… in Italian', 'Il costo di produzione di un bitcoin è salito a 60.000 dollari.'],
    ['… in Portuguese', 'O custo de produção de um bitcoin subiu para US$ 70 mil.'],
    ['… in Dutch', 'De productiekosten van een bitcoin liggen rond de 40.000 dollar.'],
    ['… after an adjective', "Le coût de production moyen d'un bitcoin est estimé à 35 000 dollars."],
    ['mining one coin as the subject', 'Mining a single bitcoin now costs about $90,000, the report says.'],
    ['… in German', 'Das Schürfen eines Bitcoins kostet derzeit etwa 90.000 Dollar.'],
    ['… in Italian', 'Estrarre un bitcoin costa oggi circa 70.000 dollari.'],
    ['… in Dutch', "Het kost miners nu zo'n 80.000 dollar om één bitcoin te delven."],
    ['a cost verb with an amount per coin', 'At 13 cents a kilowatt-hour this costs $110,000 per bitcoin.'],
    ['… in German', 'Bei diesem Strompreis kostet das rund 95.000 Dollar pro Bitcoin.'],
    [
      'a relative clause after the amount',
      'The price is below the $95,000 it costs a miner to produce a coin.',
    ],
    [
      'a participle that puts a figure on the cost',
      'The price is under the cost of mining it, estimated at $82,000.',
    ],
    [
      'an aside between the cost and its figure',
      'Production cost, which acted as a floor, is about $38,000.',
    ],
    [
      'what the price needs to reach to break even',
      'To break even, the price would need to rise to $58,000 for one rig, $61,000 for another.',
    ],
    ['what miners need to stay profitable', 'Older rigs need bitcoin above $75,000 to stay profitable.'],
  ])('%s', (_rule, text) => {
    expect(lastKind(text)).toBe('btc-cost');
  });

  it.each<[string, string, MentionKind]>([
    [
      'bitcoin as the subject of a cost verb is its price',
      'One bitcoin costs $70,000 per coin today.',
      'btc-price',
    ],
    [
      'a purchase per coin is a price, whatever the verb',
      'The purchase cost the firm $57,146 per bitcoin it bought.',
      'btc-price',
    ],
    ['a need without a break-even is a price level', 'Bitcoin must hold $65,000, traders said.', 'btc-price'],
    [
      'an introductory phrase is no aside',
      'At current prices, the all-in cost of mining a coin, about $71,000, still leaves a margin.',
      'btc-cost',
    ],
  ])('%s', (_rule, text, kind) => {
    expect(lastKind(text)).toBe(kind);
  });
});

describe('assets named in an aside', () => {
  it('reads past an aside about another asset to the subject', () => {
    expect(
      kindsIn('Bitcoin, long seen as a hedge like gold, held steady, changing hands at $70,000 on Monday.'),
    ).toEqual([['$70,000', 'btc-price']]);
  });

  it('keeps the asset that is the subject', () => {
    expect(kindsIn('Ether, which tracks bitcoin, fell to $3,000.')).toEqual([['$3,000', 'other']]);
  });
});
