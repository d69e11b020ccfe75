import { priceAt } from '../economics';

/** What an amount is being checked as. */
export type PlausibleAs = 'price' | 'target' | 'cost';

/**
 * How far from the bundled bitcoin price an amount may be and still be read as each kind, as multiples of the
 * reference price. Prices are monthly means, and articles cite recent highs and lows, hence the width of the price
 * band; targets reach from crash calls to million-dollar calls; costs stay near the price over time.
 */
export const PLAUSIBLE_BANDS: Record<PlausibleAs, { low: number; high: number }> = {
  price: { low: 0.3, high: 3 },
  target: { low: 0.1, high: 100 },
  cost: { low: 0.25, high: 4 },
};

/** A range of bitcoin prices an amount is compared with. */
export interface ReferenceRange {
  lowUsd: number;
  highUsd: number;
  /** Where it comes from, for explanations: `2026-03` or `year 2018`. */
  label: string;
}

const yearRanges = new Map<number, ReferenceRange>();

/** The lowest and highest monthly price of a calendar year in the bundled series. */
export function yearRange(year: number): ReferenceRange {
  let range = yearRanges.get(year);
  if (range === undefined) {
    let lowUsd = Number.POSITIVE_INFINITY;
    let highUsd = 0;
    for (let month = 0; month < 12; month++) {
      const usd = priceAt(new Date(Date.UTC(year, month, 15))).usd;
      if (usd < lowUsd) lowUsd = usd;
      if (usd > highUsd) highUsd = usd;
    }
    range = { lowUsd, highUsd, label: `year ${year}` };
    yearRanges.set(year, range);
  }
  return range;
}

/** The price at the article's date. */
export function dateRange(date: Date): ReferenceRange {
  const price = priceAt(date);
  return { lowUsd: price.usd, highUsd: price.usd, label: price.month };
}

const YEAR = /(?<![\w.,$])(20[0-4]\d)(?![\w,])/g;

/**
 * Past years named in `text[start, end)` (`in 2018`, `since 2021`), up to the article's year: an amount next to
 * them may be that year's price. Future years (`by 2030`) are forecasts and are left out.
 */
export function pastYearsIn(text: string, start: number, end: number, articleYear: number): number[] {
  const years: number[] = [];
  // Matching on the slice bounds the search to the sentence.
  const sentence = text.slice(start, end);
  YEAR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = YEAR.exec(sentence)) !== null) {
    const year = Number(match[1]);
    if (year >= 2010 && year <= articleYear && !years.includes(year)) years.push(year);
  }
  return years;
}

/** The first reference range `usd` fits as `kind`, or undefined when it fits none. */
export function plausibleAgainst(
  usd: number,
  kind: PlausibleAs,
  references: readonly ReferenceRange[],
): ReferenceRange | undefined {
  const band = PLAUSIBLE_BANDS[kind];
  return references.find((range) => usd >= range.lowUsd * band.low && usd <= range.highUsd * band.high);
}
