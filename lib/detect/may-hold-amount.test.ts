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

  test('yes for every amount (with the range it ends) that find-amounts reads in the tune split', () => {
    let amounts = 0;
    for (const snippet of loadRealSnippets().filter((s) => splitOf(s) === 'tune')) {
      for (const found of findAmounts(snippet.text)) {
        amounts++;
        const text = snippet.text.slice(found.groupStart, found.groupEnd);
        expect(mayHoldAmount(text), `${snippet.id}: ${text}`).toBe(true);
      }
    }
    expect(amounts).toBeGreaterThan(500);
  });
});
