import { describe, expect, it } from 'vitest';
import { explainPriceMentions } from './index';
import { DETECTOR_WARM_UP_STEPS, WARM_UP_DATE, WARM_UP_TEXT } from './warm-up';

describe('detector warm-up', () => {
  it('takes every kind and the main rules, so every pattern has run before a page is scanned', () => {
    const found = explainPriceMentions(WARM_UP_TEXT, { date: WARM_UP_DATE });
    const kinds = new Set(found.map((mention) => mention.kind));
    expect(kinds).toEqual(new Set(['btc-price', 'btc-cost', 'btc-target', 'other']));
    const reasons = found.map((mention) => mention.reason.split(';')[0]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'a change in price, not a level',
        'the price of another asset',
        'a sum of money (cap, flow, revenue, fee...)',
        'priced per a unit other than a bitcoin',
      ]),
    );
  });

  it('runs its steps without throwing', () => {
    for (const step of DETECTOR_WARM_UP_STEPS) expect(step).not.toThrow();
  });
});
