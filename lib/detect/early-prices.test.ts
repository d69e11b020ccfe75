import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEarlyPrices } from './scripts/early-prices-builder';
import { explainPriceMentions } from './index';

describe('the early bitcoin prices (2010-07 … 2015-12)', () => {
  it('are what the builder makes of the Coin Metrics inputs', () => {
    const shipped = JSON.parse(readFileSync(new URL('./early-prices.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(buildEarlyPrices(new URL('../economics/data/', import.meta.url).pathname));
    expect(shipped.ranges).toHaveLength(66);
  });

  it.each([
    ['On Jan. 3, 2015, it fell to $270.', '2015-06-01', '$270'],
    ['Bitcoin topped $1,000 in November 2013.', '2017-01-10', '$1,000'],
    ['In June 2011 bitcoin traded above $31 on Mt. Gox.', '2014-02-01', '$31'],
  ])('reads %j as a price at the time it names', (text, date, amount) => {
    const mention = explainPriceMentions(text, { date: new Date(date) }).find(
      (found) => found.text === amount,
    );
    expect(mention?.kind).toBe('btc-price');
  });

  it('still rejects an amount no time in the sentence makes plausible', () => {
    const [mention] = explainPriceMentions('Bitcoin traded at $31 in 2021.', {
      date: new Date('2021-06-01'),
    });
    expect(mention?.kind).toBe('other');
  });
});
