import { describe, expect, it } from 'vitest';
import { priceAt } from '../economics';
import {
  PLAUSIBLE_BANDS,
  dateRange,
  laterYearsIn,
  pastTimesIn,
  plausibleAgainst,
  yearRange,
} from './plausibility';

const reference = { lowUsd: 70_000, highUsd: 70_000, label: 'test' };

describe('plausibility', () => {
  it('accepts a price inside the band and rejects one outside it', () => {
    expect(plausibleAgainst(68_000, 'price', [reference])).toBe(reference);
    expect(plausibleAgainst(70_000 * PLAUSIBLE_BANDS.price.low - 1, 'price', [reference])).toBeUndefined();
    expect(plausibleAgainst(70_000 * PLAUSIBLE_BANDS.price.high + 1, 'price', [reference])).toBeUndefined();
  });

  it('gives targets a wider band than prices', () => {
    expect(plausibleAgainst(1_000_000, 'price', [reference])).toBeUndefined();
    expect(plausibleAgainst(1_000_000, 'target', [reference])).toBe(reference);
  });

  it('compares with the bundled price at the date', () => {
    const date = new Date('2018-12-15');
    expect(dateRange(date).lowUsd).toBe(priceAt(date).usd);
  });

  it('spans the lowest to the highest month of a year', () => {
    const range = yearRange(2018);
    expect(range.lowUsd).toBeLessThan(range.highUsd);
    expect(range.lowUsd).toBe(
      Math.min(...Array.from({ length: 12 }, (_, m) => priceAt(new Date(Date.UTC(2018, m, 15))).usd)),
    );
  });

  it('finds past years and months in a sentence, but not future years', () => {
    const text = 'It traded at $3,000 in late 2018 and in January, and could hit $1 million by 2030.';
    const labels = pastTimesIn(text, 0, text.length, new Date('2026-03-10')).map((range) => range.label);
    expect(labels).toEqual(['year 2018', '2026-01']);
  });

  it('reads month names and abbreviations, not words that start like one', () => {
    const read = (text: string) =>
      pastTimesIn(text, 0, text.length, new Date('2026-03-10')).map((range) => range.label);
    expect(read('back in Sept. and since Dec')).toEqual(['2025-09', '2025-12']);
    expect(read('the rally in markets; of decline; during mayhem; since junk bonds')).toEqual([]);
  });

  it('takes a month after the article date to be last year', () => {
    const text = 'since November';
    expect(pastTimesIn(text, 0, text.length, new Date('2026-03-10')).map((range) => range.label)).toEqual([
      '2025-11',
    ]);
  });
});

describe('laterYearsIn', () => {
  it('finds the years after the article’s, not its own, past ones or digits of a number', () => {
    const text = 'From $62,030 in 2024 to 2026 and then $500,000 by 2030.';
    expect(laterYearsIn(text, 0, text.length, new Date('2026-03-10'))).toEqual([text.indexOf('2030.')]);
  });
});
