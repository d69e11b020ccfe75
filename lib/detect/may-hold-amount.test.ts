import { describe, expect, test } from 'vitest';
import { loadRealSnippets, splitOf } from '../../test/support/generalization-corpus';
import { findAmounts } from './find-amounts';
import { mayHoldAmount } from './may-hold-amount';

describe('mayHoldAmount', () => {
  test('yes for currency signs, codes and words that can end or start an amount', () => {
    for (const text of [
      '$70,000',
      '70 000 €',
      '£5',
      '¥1m',
      'USD 70,000',
      '70,000 USD.',
      'EUR1bn',
      '5 dollars',
      'dollari',
      '3 dólares',
      '10 euros',
      '100 yen',
      'Dollar',
    ])
      expect(mayHoldAmount(text), text).toBe(true);
  });

  test('no for text without one, and for words that only begin like one', () => {
    for (const text of [
      'Hashrate rose 4 %',
      'Regulators in Europe',
      'European funds',
      'Cheyenne',
      'USDT and USDC',
      'dollarization',
      'EURC',
    ])
      expect(mayHoldAmount(text), text).toBe(false);
  });

  // A bare number read as dollars after a dollar amount of its sentence (`10.000 dollari … a quota 11.000`) holds no
  // anchor itself: the stretch from that amount does, and a text block is read whole when one of its nodes has one.
  test('yes for every amount (with the range it ends, or from the amount a bare number follows) that find-amounts reads in the tune split', () => {
    let amounts = 0;
    for (const snippet of loadRealSnippets().filter((s) => splitOf(s) === 'tune')) {
      let anchoredFrom = 0;
      for (const found of findAmounts(snippet.text)) {
        amounts++;
        const text = snippet.text.slice(found.groupStart, found.groupEnd);
        if (mayHoldAmount(text)) anchoredFrom = found.groupStart;
        const stretch = snippet.text.slice(anchoredFrom, found.groupEnd);
        expect(mayHoldAmount(stretch), `${snippet.id}: ${text}`).toBe(true);
      }
    }
    expect(amounts).toBeGreaterThan(500);
  });
});
