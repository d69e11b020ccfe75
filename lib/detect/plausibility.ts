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
  target: { low: 0.1, high: 250 },
  cost: { low: 0.25, high: 4 },
};

const WIDEST_BAND = {
  low: Math.min(...Object.values(PLAUSIBLE_BANDS).map((band) => band.low)),
  high: Math.max(...Object.values(PLAUSIBLE_BANDS).map((band) => band.high)),
};

/** False when `usd` fits no kind against any of the references: whatever its sentence says, it is no bitcoin figure. */
export function plausibleAsAny(usd: number, references: readonly ReferenceRange[]): boolean {
  return references.some(
    (range) => usd >= range.lowUsd * WIDEST_BAND.low && usd <= range.highUsd * WIDEST_BAND.high,
  );
}

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

// A page is read block by block at one or two dates: look each up once.
const dateRanges = new Map<number, ReferenceRange>();
const DATE_RANGE_CACHE_LIMIT = 1_000;

/** The price at the article's date. */
export function dateRange(date: Date): ReferenceRange {
  const time = date.getTime();
  let range = dateRanges.get(time);
  if (range === undefined) {
    const price = priceAt(date);
    range = { lowUsd: price.usd, highUsd: price.usd, label: price.month };
    if (dateRanges.size >= DATE_RANGE_CACHE_LIMIT) dateRanges.clear();
    dateRanges.set(time, range);
  }
  return range;
}

const YEAR = /(?<![\w.,$])(20[0-4]\d)(?![\w])/g;
/** A month's name or abbreviation (group 1: its first three letters); not `market` or `decline`. */
const MONTH_NAME =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\\.?(?![a-z])';
const MONTH = new RegExp(
  `\\b(?:in|since|from|of|during|early|late|mid|back in|last)[^\\S\\r\\n]+${MONTH_NAME}`,
  'gi',
);
/** Text without a match names no past time: no year from 2000 on, no month. */
const MAY_NAME_PAST_TIME = new RegExp(`20[0-4]\\d|\\b${MONTH_NAME}`, 'i');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Past times named in `text[start, end)`, as price ranges: years up to the article's (`in 2018`, `since 2021`; future
 * years such as `by 2030` are forecasts and left out) and months without a year (`in January`: the latest such month
 * up to the article's date). An amount next to them may be that time's price.
 */
export function pastTimesIn(text: string, start: number, end: number, date: Date): ReferenceRange[] {
  const ranges: ReferenceRange[] = [];
  // Matching on the slice bounds the search to the sentence.
  const sentence = text.slice(start, end);
  if (!MAY_NAME_PAST_TIME.test(sentence)) return ranges;
  const articleYear = date.getUTCFullYear();
  YEAR.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = YEAR.exec(sentence)) !== null) {
    const year = Number(match[1]);
    if (year >= 2010 && year <= articleYear) ranges.push(yearRange(year));
  }
  MONTH.lastIndex = 0;
  while ((match = MONTH.exec(sentence)) !== null) {
    const month = MONTHS.indexOf((match[1] ?? '').toLowerCase());
    const year = month <= date.getUTCMonth() ? articleYear : articleYear - 1;
    ranges.push(dateRange(new Date(Date.UTC(year, month, 15))));
  }
  return ranges;
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
