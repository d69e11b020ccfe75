import { describe, expect, it } from 'vitest';
import { anchorStart, findAmounts } from './find-amounts';
import { CURRENCY_ANCHOR } from './may-hold-amount';

const read = (text: string) =>
  findAmounts(text).map((amount) => ({
    text: text.slice(amount.start, amount.end),
    value: amount.value,
    currency: amount.currency,
  }));

describe('findAmounts', () => {
  it.each([
    ['$70,000', 70_000],
    ['$70,000.50', 70_000.5],
    ['$70K', 70_000],
    ['$70k', 70_000],
    ['$70.5K', 70_500],
    ['US$70,000', 70_000],
    ['USD 70,000', 70_000],
    ['USD70,000', 70_000],
    ['70,000 USD', 70_000],
    ['70,000 dollars', 70_000],
    ['80,150 US dollars', 80_150],
    ['80 250 US$', 80_250],
    ['$1.2 million', 1_200_000],
    ['$1.2 billion', 1_200_000_000],
    ['$1.2bn', 1_200_000_000],
    ['$1.2M', 1_200_000],
    ['$2.9 trillion', 2_900_000_000_000],
    ['70 thousand dollars', 70_000],
    ['70.000 $', 70_000],
    ['70 000 $', 70_000],
    ['70\u00a0000 $', 70_000],
    ['70\u202f000\u00a0$', 70_000],
    ['70.000,50 $', 70_000.5],
    ['$1.250 billion', 1_250_000_000],
  ] as const)('reads %j as %d US dollars', (text, usd) => {
    expect(read(text)).toEqual([{ text, value: usd, currency: 'USD' }]);
  });

  it.each([
    ['€60,000', 'EUR'],
    ['EUR 68,000', 'EUR'],
    ['60,000 euros', 'EUR'],
    ['€70.000', 'EUR'],
    ['£51,500', 'GBP'],
    ['¥12 million', 'JPY'],
    ['C$110,000', 'other-dollar'],
    ['A$123,000', 'other-dollar'],
    ['$256,000 pesos', 'other-dollar'],
    ['$95,000 Canadian dollars', 'other-dollar'],
    ['$2 millones de pesos', 'other-dollar'],
  ] as const)('keeps %j in its own currency (%s)', (text, currency) => {
    expect(read(text)).toMatchObject([{ text, currency }]);
  });

  it.each([
    ['$68,000-$70,000', ['$68,000', 68_000], ['$70,000', 70_000]],
    ['$68,000 to $70,000', ['$68,000', 68_000], ['$70,000', 70_000]],
    ['$68K–70K', ['$68K', 68_000], ['70K', 70_000]],
    ['$68–70K', ['$68', 68_000], ['70K', 70_000]],
    ['$1.2-1.5 billion', ['$1.2', 1.2e9], ['1.5 billion', 1.5e9]],
    ['between $65,000 and $75,000', ['$65,000', 65_000], ['$75,000', 75_000]],
  ] as const)('splits the range %j into its two ends', (text, first, second) => {
    const amounts = findAmounts(text);
    expect(amounts.map((amount) => [text.slice(amount.start, amount.end), amount.value])).toEqual([
      first,
      second,
    ]);
    expect(amounts[0]!.groupStart).toBe(amounts[1]!.groupStart);
    expect(amounts[0]!.groupEnd).toBe(amounts[1]!.groupEnd);
  });

  it.each([
    ['between $5 and 6 billionaires', 5, 6],
    ['$60 to 70 thousandfold', 60, 70],
  ])("reads no magnitude word in a longer word at a range's second end: %j", (text, first, second) => {
    expect(findAmounts(text).map((amount) => amount.value)).toEqual([first, second]);
  });

  it('does not read a change and a level as a range', () => {
    const amounts = findAmounts('rose $3,000 to $91,000');
    expect(amounts.map((amount) => [amount.value, amount.groupStart === amount.start])).toEqual([
      [3_000, true],
      [91_000, true],
    ]);
  });

  it('does not join two amounts with "and" unless "between" comes first', () => {
    expect(findAmounts('I have $5 and $6').map((amount) => amount.groupEnd - amount.groupStart)).toEqual([
      2, 2,
    ]);
  });

  it.each(['1,200 BTC', '₿0.5', 'in 2024', '5%', '$BTC and $MSTR', 'buy 500 $BTC'])(
    'finds no amount in %j',
    (text) => {
      expect(findAmounts(text)).toEqual([]);
    },
  );

  it('marks amounts priced per unit', () => {
    expect(findAmounts('$45/PH/day')[0]!.perUnit).toBe('other');
    expect(findAmounts('$0.05 per kWh')[0]!.perUnit).toBe('other');
    expect(findAmounts('$5,100 an ounce')[0]!.perUnit).toBe('other');
    expect(findAmounts('$70,000 per bitcoin')[0]!.perUnit).toBe('bitcoin');
    expect(findAmounts('$70,000 a day after')[0]!.perUnit).toBeNull();
  });

  it('flags sums written with million, billion or trillion', () => {
    expect(findAmounts('$1.2 billion')[0]!.largeMagnitude).toBe(true);
    expect(findAmounts('$70K')[0]!.largeMagnitude).toBe(false);
  });
});

describe('anchorStart', () => {
  it('tells where each form of the currency anchor starts from where it ends', () => {
    const text =
      'a $1 b €2 c £3 d ¥4 USD5 EUR6 GBP7 JPY8 Dollar dollar Dólar dólar Euro euro Euros euros yen. ' +
      'US$1, dollars, dólares, euro5, Yen yen$';
    const pattern = new RegExp(CURRENCY_ANCHOR.source, 'g');
    const starts: number[] = [];
    for (let match; (match = pattern.exec(text)) !== null;) {
      expect(anchorStart(text, pattern.lastIndex), match[0]).toBe(match.index);
      starts.push(match.index);
    }
    expect(starts).toHaveLength(23);
  });
});
